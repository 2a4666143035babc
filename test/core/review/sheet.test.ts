import { buildIndex } from "../../../src/core/planIndex";
import { isReviewTitle, reviewInputsOf, reviewLayout } from "../../../src/core/review";
import type { SaleRow } from "../../../src/core/plan";
import { d, planOf, type PlanInput } from "../fixtures";

const layoutOf = (input: PlanInput, lang: "en" | "zh-CN" = "en") => {
  const plan = planOf(input);
  return reviewLayout(reviewInputsOf(plan, buildIndex(plan), lang));
};

const sales: Partial<SaleRow>[] = [];
for (let day = d("2027-06-09"); day <= d("2027-06-18"); day++)
  sales.push({
    date: day,
    sku: "A",
    platform: "Tmall",
    visitors: 100,
    buyers: 5,
    units: 5,
    revenue: 500,
  });

describe("the Review sheet's layout", () => {
  test("without Sales rows: the title and how to start; the title is recognised in both languages", () => {
    const l = layoutOf({});
    expect(l.rows).toEqual([
      ["Promotion review (复盘)"],
      [expect.stringMatching(/^No Sales rows yet/)],
    ]);
    expect(l.name).toBe("Review");
    expect(layoutOf({}, "zh-CN").name).toBe("复盘");
    expect(isReviewTitle("活动复盘")).toBe(true);
    expect(isReviewTitle(" Promotion review (复盘) ")).toBe(true);
    expect(isReviewTitle("Review")).toBe(false);
  });

  test("a promotion without sales has blank numbers and its status; a missing comparison is 'not enough data', never 0", () => {
    const l = layoutOf({
      products: [{ sku: "A", unitCost: 40, stock: 100 }],
      promotions: [
        {
          sku: "A",
          platform: "Tmall",
          start: d("2027-06-16"),
          end: d("2027-06-18"),
          promoPrice: 100,
        },
        {
          sku: "A",
          platform: "Tmall",
          start: d("2027-03-06"),
          end: d("2027-03-08"),
          promoPrice: 100,
        },
      ],
      sales,
    });
    const header = l.rows.findIndex((r) => r[0] === "SKU");
    const done = l.rows[header + 1];
    const none = l.rows[header + 2];
    expect(done.slice(0, 6)).toEqual([
      "A",
      "Tmall",
      null,
      d("2027-06-16"),
      d("2027-06-18"),
      "done",
    ]);
    // No Expected units: completion cannot be had; no days after the promotion yet: no change on after.
    expect(done[8]).toBe("not enough data");
    expect(done[22]).toBe("not enough data");
    expect(done[13]).toBeCloseTo(0); // units a day: 5 during, 5 before
    expect(none[5]).toBe("no sales recorded");
    expect(none.slice(6, 12)).toEqual([null, null, null, null, null, null]);
    expect(none.slice(13)).toEqual(new Array(12).fill(null));
    // Number formats cover the table's rows column by column.
    expect(l.numberFormats).toContainEqual({
      range: `D${header + 2}:D${header + 3}`,
      numFmt: "yyyy-mm-dd",
    });
  });
});
