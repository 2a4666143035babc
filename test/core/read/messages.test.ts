import { translator } from "../../../src/core/i18n";
import { DQ_RULES } from "../../../src/core/rules/dataQuality";
import { DQ_RULE_IDS, RULE_IDS } from "../../../src/core/rules/ruleIds";
import { hitsOf, PRODUCTS_HEADER, read, sheet } from "./helpers";

const en = translator("en");
const zh = translator("zh-CN");

/** Renders every read hit as validatePlan does: the rule id is the key, the params fill it. */
function rendered(plan: ReturnType<typeof read>, t: typeof en): string[] {
  return hitsOf(plan).map((h) => t(`rules:${h.rule}`, h.params ?? {}));
}

describe("DQ rules", () => {
  test("one rule per DQ id: errors, reported by the reader", () => {
    expect(DQ_RULES.map((r) => r.id)).toEqual([...DQ_RULE_IDS]);
    for (const r of DQ_RULES) {
      expect(r.severity).toBe("error");
      expect(r.reads).toEqual([]);
      expect(r.check({} as never)).toEqual([]);
      expect(r.message.en).toMatch(/\S/);
      expect(r.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("RULE_IDS holds every rule of spec §3 once", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    // 33 plan rules (three of issue 15, PRICE_PROTECTION and the five presale rules of issue 16, SERVICE_CONVERSION_LOW of
    // issue 17, CALENDAR_PAST_FORMULA_ROWS of issue 13), the data-quality ids (DQ_NOT_CALCULATED: issue 11; issue 15's
    // Sales checks; issue 17's Service and Market checks)
    expect(RULE_IDS).toHaveLength(49);
    expect(RULE_IDS).toContain("LOGISTICS_SHUTDOWN");
  });
});

describe("messages tell the planner how to fix the cell", () => {
  const plan = read(
    sheet("Products", [
      PRODUCTS_HEADER,
      ["A1", "", "", "superhero", "ten"],
      ["A2", "", "", "hero", 10, "", "", "", "6/7/2027"],
      ["A3", "", "", "hero", -5, "", "", "", "2027-02-30"],
      ["A4", "", "", "", { error: "#N/A" }],
      ["A3", "", "", "hero", 5],
    ]),
    sheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["A9", "Tmall", "2027-06-18", "2027-06-16", 9],
    ]),
    sheet("Calendar", [
      ["Event", "From", "To", "Kind"],
      ["x", 46556, 46556, "holiday"],
    ]),
    sheet("Waivers", [
      ["Rule", "Cell or SKU", "Reason"],
      ["TOO_CHEAP", "A1", "r"],
    ]),
    sheet("Budget", [["Channel"]])
  );

  test("English", () => {
    expect(rendered(plan, en).sort()).toEqual(
      [
        'Tier: "superhero" is not in the Tier list. Pick a value from the dropdown, or add it to the Tier column of the Lists sheet.',
        'List price: "ten" is not a number. Type a number such as 1234.5 (¥, %, thousands separators and 万 are fine).',
        'Launch date: "6/7/2027" could be 2027-07-06 or 2027-06-07. Type it as year-month-day, e.g. 2027-07-06.',
        "List price: -5 is negative. Amounts, prices and counts must be 0 or more.",
        'Launch date: "2027-02-30" is not a date. Type it as year-month-day, e.g. 2027-06-18.',
        "Tier is blank but required: fill it in, or delete the row.",
        "List price holds the error #N/A: fix the formula or type the value.",
        'SKU "A3" is already on row 4: each product has one row. Merge the two rows or delete this one.',
        'SKU "A9" is not on the Products sheet: add the product there, or correct the SKU.',
        "End 2027-06-16 is before Start 2027-06-18: swap or correct the dates.",
        'Kind: "holiday" is not allowed here. Use one of: festival, logistics shutdown, past festival.',
        'Rule: "TOO_CHEAP" is not a rule id. Copy the rule id from the Findings sheet, e.g. PROMO_TOO_LONG.',
        "Sheet Budget is missing the column(s) Amount: add these headers to its header row. Until then the sheet's rows are not read.",
      ].sort()
    );
  });

  test("简体中文", () => {
    const texts = rendered(plan, zh);
    expect(texts).toHaveLength(13);
    expect(texts).toContain(
      "Launch date：“6/7/2027”既可能是 2027-07-06，也可能是 2027-06-07。请按“年-月-日”输入，如 2027-07-06。"
    );
    expect(texts).toContain(
      "Kind：这里不能填“holiday”。请填写以下之一：festival, logistics shutdown, past festival。"
    );
    expect(texts).toContain(
      "工作表 Budget 缺少列：Amount。请在表头行补上这些列标题；补上之前，该表的数据行不会被读取。"
    );
    for (const t of texts) expect(t).not.toMatch(/\{\{|\}\}/);
  });
});
