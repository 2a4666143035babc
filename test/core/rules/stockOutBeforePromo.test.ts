import { stockOutBeforePromo } from "../../../src/core/rules/stockOutBeforePromo";
import type { SaleRow } from "../../../src/core/plan";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const sales: Partial<SaleRow>[] = [];
for (let day = d("2027-06-17"); day <= d("2027-06-30"); day++)
  sales.push({ date: day, sku: "A", platform: "Tmall", units: 10, revenue: 1000 });

const promo = (start: string, expectedUnits?: number) => ({
  sku: "A",
  platform: "Tmall",
  start: d(start),
  end: d(start) + 2,
  promoPrice: 80,
  expectedUnits,
});

describe("STOCK_OUT_BEFORE_PROMO", () => {
  it("points at Expected units when the stock projected on Start is below it, with the shortfall and order-by date", () => {
    const plan = planOf({
      products: [{ sku: "A", stock: 1000 }],
      promotions: [promo("2027-07-10", 300), promo("2027-07-20", 600)],
      sales,
    });
    const hits = hitsOf(stockOutBeforePromo, plan);
    expect(hits).toEqual([
      {
        address: "Promotions!J3",
        related: ["Products!H2"],
        sku: "A",
        params: {
          sku: "A",
          pace: "10",
          projected: "510",
          start: "2027-07-20",
          expected: "600",
          shortfall: "90",
          restock: "90",
          orderBy: "2027-07-05",
        },
      },
    ]);
    expect(render(stockOutBeforePromo, hits[0].params)).toBe(
      "SKU A: selling 10 a day, it has about 510 in stock when this promotion starts on 2027-07-20, 90 short of the 600 expected. Order 90 more by 2027-07-05."
    );
    expect(render(stockOutBeforePromo, hits[0].params, "zh-CN")).toContain(
      "请在 2027-07-05 前补货 90 件"
    );
  });

  it("is quiet when the stock lasts, exactly at Expected units, without Stock, Expected units or recent Sales", () => {
    // 1,000 − 10 × 9 = 910 on 10 July: exactly the expected 910.
    expect(
      hitsOf(
        stockOutBeforePromo,
        planOf({
          products: [{ sku: "A", stock: 1000 }],
          promotions: [promo("2027-07-10", 910)],
          sales,
        })
      )
    ).toEqual([]);
    expect(
      hitsOf(
        stockOutBeforePromo,
        planOf({
          products: [{ sku: "A" }, { sku: "B", stock: 1 }],
          promotions: [
            promo("2027-07-10", 5000),
            promo("2027-07-12"),
            { ...promo("2027-07-10", 10), sku: "B" },
          ],
          sales,
        })
      )
    ).toEqual([]);
  });

  it("ignores promotions that started by the last Sales date (the review follows them)", () => {
    expect(
      hitsOf(
        stockOutBeforePromo,
        planOf({
          products: [{ sku: "A", stock: 10 }],
          promotions: [promo("2027-06-29", 5000)],
          sales,
        })
      )
    ).toEqual([]);
  });
});
