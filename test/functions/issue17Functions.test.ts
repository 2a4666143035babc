/** EXPECTEDRATE, PRICEBAND and SLOTVALUE through the runner, as Excel and the preview call them. */
import { EXPECTEDRATE, PRICEBAND, SLOTVALUE } from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import { invokeGrid, invokeSingle, type Out } from "../../src/core/functions/runner";

const code = (v: Out) => (v instanceof FnError ? v.code : v);
const messageOf = (v: Out) => (v instanceof FnError ? v.message : "");

describe("EXPECTEDRATE", () => {
  test("the store's weekday rates weighted by the group's inquiries (hand-worked)", () => {
    // 100 inquiries on Mondays (store 35 %), 100 on Saturdays (14 %): (35 + 14) / 200 = 24.5 %.
    const inquiries = [[100, 0, 0, 0, 0, 100, 0]];
    const rates = [[0.35, 0.3, 0.3, 0.3, 0.3, 0.14, 0.2]];
    expect(invokeSingle(EXPECTEDRATE, [inquiries, rates])).toBeCloseTo(0.245, 12);
    // A Saturday-only group is held to Saturdays.
    expect(invokeSingle(EXPECTEDRATE, [[[0, 0, 0, 0, 0, 80, 0]], rates])).toBeCloseTo(0.14, 12);
    // Columns work as rows do; blank inquiries weigh nothing, even where the rate is blank too.
    expect(
      invokeSingle(EXPECTEDRATE, [
        [[100], [null]],
        [[0.3], [null]],
      ])
    ).toBeCloseTo(0.3, 12);
  });

  test("bad input: an error with a message naming the argument, never a silent 0", () => {
    const r = invokeSingle(EXPECTEDRATE, [[[100, 50]], [[0.3, null]]]);
    expect(code(r)).toBe("#N/A");
    expect(messageOf(r)).toContain("position 2");
    expect(code(invokeSingle(EXPECTEDRATE, [[[0, 0]], [[0.3, 0.2]]]))).toBe("#DIV/0!");
    expect(code(invokeSingle(EXPECTEDRATE, [[[1, 2, 3]], [[0.3, 0.2]]]))).toBe("#VALUE!");
    expect(code(invokeSingle(EXPECTEDRATE, [[[-1, 2]], [[0.3, 0.2]]]))).toBe("#NUM!");
    expect(messageOf(invokeSingle(EXPECTEDRATE, [[[1, "x"]], [[0.3, 0.2]]]))).toContain(
      "inquiriesByWeekday"
    );
    expect(code(invokeSingle(EXPECTEDRATE, [[[1, 2]], [[0.3, { error: "#REF!" }]]]))).toBe("#REF!");
  });
});

describe("PRICEBAND", () => {
  const from = [[0], [100], [200], [300]];
  const to = [[99], [199], [299], [499]];
  test("the label of the band a price falls in; bounds belong to their band", () => {
    expect(invokeSingle(PRICEBAND, [149, from, to])).toBe("100–199");
    expect(invokeSingle(PRICEBAND, [100, from, to])).toBe("100–199");
    expect(invokeSingle(PRICEBAND, [199, from, to])).toBe("100–199");
    expect(invokeSingle(PRICEBAND, [0, from, to])).toBe("0–99");
    expect(invokeSingle(PRICEBAND, [349.5, from, to])).toBe("300–499");
    // Decimal bounds keep their decimals; shared bounds go to the band listed first.
    expect(invokeSingle(PRICEBAND, [99.5, [[0, 99.5]], [[99.5, 199.99]]])).toBe("0–99.5");
  });

  test("#N/A when no band holds it; bad bands name the band", () => {
    const none = invokeSingle(PRICEBAND, [99.5, from, to]);
    expect(code(none)).toBe("#N/A");
    expect(messageOf(none)).toContain("99.5");
    expect(code(invokeSingle(PRICEBAND, [600, from, to]))).toBe("#N/A");
    expect(code(invokeSingle(PRICEBAND, [null, from, to]))).toBe("#N/A");
    expect(code(invokeSingle(PRICEBAND, [-1, from, to]))).toBe("#NUM!");
    expect(code(invokeSingle(PRICEBAND, [150, [[200]], [[100]]]))).toBe("#NUM!");
    expect(messageOf(invokeSingle(PRICEBAND, [150, [[0, 100]], [[99, null]]]))).toContain("band 2");
    expect(code(invokeSingle(PRICEBAND, [150, [[0, 100]], [[99]]]))).toBe("#VALUE!");
    expect(code(invokeSingle(PRICEBAND, ["cheap", from, to]))).toBe("#VALUE!");
    // A range longer than the bands: blank pairs are skipped.
    expect(invokeSingle(PRICEBAND, [150, [[100], [null]], [[199], [null]]])).toBe("100–199");
  });
});

describe("SLOTVALUE", () => {
  // 20,000 visitors at 3 % buy 600; promo price 339, unit cost 165; the store's UV value is 8.4.
  const args = (objective: unknown) => [20000, 0.03, 339, 165, 8.4, objective];
  test("profit, revenue, traffic (hand-worked), named in English or Chinese", () => {
    expect(invokeGrid(SLOTVALUE, args("profit"))[0][0]).toBeCloseTo(600 * 174, 9);
    expect(invokeGrid(SLOTVALUE, args("利润"))[0][0]).toBeCloseTo(104400, 9);
    expect(invokeGrid(SLOTVALUE, args("Revenue"))[0][0]).toBeCloseTo(203400, 9);
    expect(invokeGrid(SLOTVALUE, args("销售额"))[0][0]).toBeCloseTo(203400, 9);
    expect(invokeGrid(SLOTVALUE, args(" TRAFFIC "))[0][0]).toBeCloseTo(168000, 9);
    expect(invokeGrid(SLOTVALUE, args("流量"))[0][0]).toBeCloseTo(168000, 9);
  });

  test("a range of candidates spills; only what the objective uses must be there", () => {
    const g = invokeGrid(SLOTVALUE, [
      [[20000], [20000]],
      [[0.03], [0.05]],
      [[339], [129]],
      [[165], [58]],
      8.4,
      "profit",
    ]);
    expect(g.map((r) => r.map(code))).toEqual([[104400], [71000]]);
    // Traffic needs no price or cost; profit needs the cost.
    expect(invokeGrid(SLOTVALUE, [20000, null, null, null, 8.4, "traffic"])[0][0]).toBe(168000);
    const noCost = invokeGrid(SLOTVALUE, [20000, 0.03, 339, null, 8.4, "profit"])[0][0];
    expect(code(noCost)).toBe("#N/A");
    expect(messageOf(noCost)).toContain("unitCost");
    // Below cost, the profit is a loss, shown as such.
    expect(invokeGrid(SLOTVALUE, [1000, 0.1, 39, 45, 8.4, "profit"])[0][0]).toBeCloseTo(-600, 9);
  });

  test("an objective it does not know is #VALUE! naming the three", () => {
    const e = invokeGrid(SLOTVALUE, args("margin"))[0][0];
    expect(code(e)).toBe("#VALUE!");
    expect(messageOf(e)).toContain("profit, revenue, traffic");
    expect(code(invokeGrid(SLOTVALUE, args(null))[0][0])).toBe("#N/A");
    expect(code(invokeGrid(SLOTVALUE, [-5, 0.03, 339, 165, 8.4, "profit"])[0][0])).toBe("#NUM!");
  });
});
