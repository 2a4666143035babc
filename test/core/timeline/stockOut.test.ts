import { readPlan } from "../../../src/core/read/readPlan";
import { timelineLayout } from "../../../src/core/timeline";
import { MAX_AREAS_ADDRESS } from "../../../src/core/presentation";
import { multiAreaRanges } from "../../../src/core/timeline/dressing";
import { d } from "../fixtures";
import { planOf, runningOutPlan } from "../fixtures";
import { sampleWorkbook } from "../sampleWorkbook";

describe("the Timeline marks each product's projected stock-out week (a value of the write, not a live formula)", () => {
  test("the sample: PC-206 runs out in the week of 10 December 2027; the others after the plan year", () => {
    const { sheets, today } = sampleWorkbook(2027, "en");
    const plan = readPlan({ sheets }, { today });
    const l = timelineLayout(plan, { lang: "en", year: 2027 });
    const marks = l.formats.filter((f) => f.kind === "stockOut");
    const week = l.weeks.find((w) => w.monday === d("2027-12-06"));
    const row = l.rows.findIndex((r) => r[0] === "PC-206") + 1;
    expect(marks.map((m) => [m.range, m.when])).toEqual([
      [`${week?.column}${row}`, { always: true }],
    ]);
    // First in priority, so the mark shows over the promotion's colour; and in the legend.
    expect(l.formats[0].kind).toBe("stockOut");
    expect(l.legend.map((e) => e.kind)).toContain("stockOut");
  });

  test("no Sales rows, no mark; a stock-out outside the plan year is not shown", () => {
    const sales = (units: number) => [
      { date: d("2027-06-30"), sku: "A", platform: "Tmall", units, revenue: 1 },
    ];
    const marks = (stock: number, units: number) =>
      timelineLayout(
        planOf({
          products: [{ sku: "A", stock }],
          sales: sales(units),
          settings: { planYear: 2027 },
        }),
        { lang: "en", year: 2027 }
      ).formats.filter((f) => f.kind === "stockOut");
    // 14 units in the 14-day window: 1 a day; 30 in stock run out on 30 July 2027.
    expect(marks(30, 14)).toHaveLength(1);
    expect(marks(3000, 14)).toEqual([]);
    expect(
      timelineLayout(planOf({ products: [{ sku: "A", stock: 1 }], settings: { planYear: 2027 } }), {
        lang: "en",
        year: 2027,
      }).formats.filter((f) => f.kind === "stockOut")
    ).toEqual([]);
  });
});

describe("the stock-out marks are one rule over a multi-area range, not a rule per cell", () => {
  test("every product's week cell in one rule while the areas fit MAX_AREAS_ADDRESS, then a few", () => {
    const small = timelineLayout(runningOutPlan(40, 5), { lang: "en", year: 2027 });
    const one = small.formats.filter((f) => f.kind === "stockOut");
    expect(one).toHaveLength(1);
    const cells = one[0].range.split(",");
    expect(cells).toHaveLength(40);
    expect(new Set(cells).size).toBe(40);
    for (const c of cells) expect(c).toMatch(/^[A-Z]{1,3}\d+$/);
    expect(small.formats[0]).toBe(one[0]);

    const big = timelineLayout(runningOutPlan(1200, 5), { lang: "en", year: 2027 });
    const rules = big.formats.filter((f) => f.kind === "stockOut");
    const all = rules.flatMap((f) => f.range.split(","));
    expect(all).toHaveLength(1200);
    expect(MAX_AREAS_ADDRESS).toBe(2000);
    for (const f of rules) expect(f.range.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    // As few as fit: each rule but the last could not take the next rule's first cell.
    rules
      .slice(0, -1)
      .forEach((f, i) =>
        expect(`${f.range},${rules[i + 1].range.split(",")[0]}`.length).toBeGreaterThan(
          MAX_AREAS_ADDRESS
        )
      );
  });

  test("multiAreaRanges keeps the order and never splits a cell", () => {
    expect(multiAreaRanges(["A1", "B22", "CC333"], 8)).toEqual(["A1,B22", "CC333"]);
    expect(multiAreaRanges(["A1", "B22", "CC333"])).toEqual(["A1,B22,CC333"]);
    expect(multiAreaRanges([])).toEqual([]);
  });
});
