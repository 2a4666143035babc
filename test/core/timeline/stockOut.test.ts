import { readPlan } from "../../../src/core/read/readPlan";
import { timelineLayout } from "../../../src/core/timeline";
import { d } from "../fixtures";
import { planOf } from "../fixtures";
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
