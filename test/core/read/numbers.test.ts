import { parseNumber } from "../../../src/core/read/numbers";

const ok = (value: number) => ({ ok: true, value });
const NAN = { ok: false, rule: "DQ_NOT_A_NUMBER" };

describe("parseNumber", () => {
  test.each<[unknown, number]>([
    [1234.5, 1234.5],
    [-3, -3],
    [0, 0],
    ["1234.5", 1234.5],
    ["  42  ", 42],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["１，２３４．５", 1234.5],
    ["１２３", 123],
    ["¥1,299", 1299],
    ["￥1,299.00", 1299],
    ["$19.99", 19.99],
    ["1299元", 1299],
    ["¥ 1 299", 1299],
    ["5%", 0.05],
    ["12.3％", 0.123],
    ["5万", 50000],
    ["1.2万", 12000],
    ["５万", 50000],
    ["1.5万元", 15000],
    ["2亿", 200000000],
    ["-5", -5],
    ["-¥5", -5],
    ["¥-5", -5],
    ["－５", -5],
    ["\u22125", -5],
    ["(1,234)", -1234],
    [".5", 0.5],
    ["1e3", 1000],
    ["+7", 7],
  ])("%p → %p", (v, expected) => {
    expect(parseNumber(v as never)).toEqual(ok(expected));
  });

  test.each<[string, unknown]>([
    ["words", "abc"],
    ["number and words", "12 pcs"],
    ["bad grouping", "1,23"],
    ["two decimal points", "1.2.3"],
    ["blank", "  "],
    ["only a sign", "-"],
    ["only a currency sign", "¥"],
    ["only a percent sign", "%"],
    ["two scale suffixes", "5万%"],
    ["boolean true", true],
    ["boolean false", false],
    ["a Date", new Date(Date.UTC(2027, 5, 18))],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
    ["text overflowing to Infinity", "1e999"],
    ["null", null],
    ["undefined", undefined],
  ])("not a number: %s", (_label, v) => {
    expect(parseNumber(v as never)).toEqual(NAN);
  });

  test("error values", () => {
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({
      ok: false,
      rule: "DQ_ERROR_VALUE",
      code: "#DIV/0!",
    });
    expect(parseNumber(" #n/a ")).toEqual({ ok: false, rule: "DQ_ERROR_VALUE", code: "#N/A" });
  });

  describe("percent columns: 5% / 0.05 / 5 all mean 0.05", () => {
    test.each<[unknown, number]>([
      ["5%", 0.05],
      [0.05, 0.05],
      [5, 0.05],
      ["5", 0.05],
      ["0.05", 0.05],
      [1, 1],
      ["100%", 1],
      [30, 0.3],
      ["150%", 1.5],
      [0, 0],
    ])("%p → %p", (v, expected) => {
      const p = parseNumber(v as never, { percent: true });
      expect(p.ok).toBe(true);
      if (p.ok) expect(p.value).toBeCloseTo(expected, 12);
    });
  });
});
