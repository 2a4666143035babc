import {
  BUDGETCHECK,
  flagRules,
  PRICECHECK,
  PRODUCTCHECK,
  PROMOCHECK,
} from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import { invokeSingle, type FunctionDef, type Out } from "../../src/core/functions/runner";
import { d } from "../core/fixtures";

const call = (def: FunctionDef, ...args: unknown[]): Out => invokeSingle(def, args);
const codeOf = (v: Out) => (v instanceof FnError ? v.code : v);

describe("flag text", () => {
  test("rule ids come back out of a check's text", () => {
    expect(flagRules("")).toEqual([]);
    expect(flagRules("PROMO_TOO_LONG (5 days > 3); BELOW_FLOOR (1.00 < floor 2.00)")).toEqual([
      "PROMO_TOO_LONG",
      "BELOW_FLOOR",
    ]);
    expect(flagRules("BUDGET_FORBIDDEN")).toEqual(["BUDGET_FORBIDDEN"]);
  });
});

describe("PROMOCHECK(start, end, promoPrice, listPrice, [postPromoPrice], [floorPrice], [maxDays], [coupon], [unitCost])", () => {
  const S = d("2027-06-16");
  const promo = (
    over: Partial<
      Record<
        "start" | "end" | "promo" | "list" | "post" | "floor" | "max" | "coupon" | "cost",
        unknown
      >
    > = {}
  ) => {
    const v = {
      start: S,
      end: S + 2,
      promo: 80,
      list: 100,
      post: null,
      floor: 70,
      max: null,
      coupon: null,
      cost: 50,
      ...over,
    };
    return call(
      PROMOCHECK,
      v.start,
      v.end,
      v.promo,
      v.list,
      v.post,
      v.floor,
      v.max,
      v.coupon,
      v.cost
    );
  };

  test("a clean row is empty", () => {
    expect(promo()).toBe("");
    expect(call(PROMOCHECK, S, S, 80, 100)).toBe("");
  });

  test("PROMO_TOO_LONG: exactly Max promo days is fine, one more is not; default 3", () => {
    expect(promo({ end: S + 2 })).toBe("");
    expect(promo({ end: S + 3 })).toBe("PROMO_TOO_LONG (4 days > 3)");
    expect(promo({ end: S + 4, max: 5 })).toBe("");
    expect(promo({ end: S + 5, max: 5 })).toBe("PROMO_TOO_LONG (6 days > 5)");
    expect(promo({ end: S + 1, max: 1 })).toBe("PROMO_TOO_LONG (2 days > 1)");
  });

  test("PROMO_PRICE_REUSED: post-promo price at or below the effective promo price; blank means the list price", () => {
    expect(promo({ post: 80.01 })).toBe("");
    expect(promo({ post: 80 })).toBe("PROMO_PRICE_REUSED (post-promo 80.00 ≤ promo 80.00)");
    expect(promo({ post: 75, coupon: 10 })).toBe("");
    expect(promo({ post: 70, coupon: 10 })).toBe(
      "PROMO_PRICE_REUSED (post-promo 70.00 ≤ promo 70.00)"
    );
    expect(flagRules(promo({ list: 80, floor: null }) as string)).toEqual([
      "PROMO_PRICE_REUSED",
      "PROMO_NOT_DISCOUNT",
    ]);
  });

  test("PROMO_NOT_DISCOUNT: promo price ≥ list price (the coupon does not count)", () => {
    expect(promo({ promo: 99.99, post: 120 })).toBe("");
    expect(promo({ promo: 100, post: 120 })).toBe("PROMO_NOT_DISCOUNT (100.00 ≥ list 100.00)");
    expect(promo({ promo: 100, post: 120, coupon: 30 })).toBe(
      "PROMO_NOT_DISCOUNT (100.00 ≥ list 100.00)"
    );
  });

  test("BELOW_FLOOR on the effective price (promo − coupon); exactly the floor is fine", () => {
    expect(promo({ promo: 70 })).toBe("");
    expect(promo({ promo: 69.5 })).toBe("BELOW_FLOOR (69.50 < floor 70.00)");
    expect(promo({ promo: 80, coupon: 10 })).toBe("");
    expect(promo({ promo: 80, coupon: 15 })).toBe("BELOW_FLOOR (65.00 < floor 70.00)");
    expect(promo({ promo: 10, floor: null, cost: null })).toBe("");
  });

  test("BELOW_COST on the effective price; exactly the cost is fine; a coupon above the price is a free unit", () => {
    expect(promo({ promo: 50, floor: null })).toBe("");
    expect(promo({ promo: 49, floor: null })).toBe("BELOW_COST (49.00 < cost 50.00)");
    expect(promo({ promo: 60, coupon: 90, floor: null })).toBe("BELOW_COST (0.00 < cost 50.00)");
  });

  test("several breaches: in the check's rule order, joined by '; '", () => {
    expect(promo({ end: S + 4, promo: 40, post: 30 })).toBe(
      "PROMO_TOO_LONG (5 days > 3); PROMO_PRICE_REUSED (post-promo 30.00 ≤ promo 40.00); BELOW_FLOOR (40.00 < floor 70.00); BELOW_COST (40.00 < cost 50.00)"
    );
  });

  test("DQ_DATE_ORDER: End before Start, alone (the row is left out of the other rules), even with prices missing", () => {
    expect(promo({ end: S - 2, promo: 40 })).toBe(
      "DQ_DATE_ORDER (end 2027-06-14 before start 2027-06-16)"
    );
    expect(call(PROMOCHECK, S, S - 1, null, null)).toBe(
      "DQ_DATE_ORDER (end 2027-06-15 before start 2027-06-16)"
    );
  });

  test('a required argument blank is "" (a half-typed row is not checked yet), as a clean row is', () => {
    expect(promo({ start: null })).toBe("");
    expect(promo({ end: null })).toBe("");
    expect(promo({ list: "" })).toBe("");
    expect(promo({ promo: null })).toBe("");
  });

  test("text #VALUE! naming the argument, negative price #NUM!, an input error stays", () => {
    expect(promo({ coupon: "ten" })).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("coupon"),
    });
    expect(codeOf(promo({ promo: -1 }))).toBe("#NUM!");
    expect(codeOf(promo({ max: -1 }))).toBe("#NUM!");
    expect(codeOf(promo({ list: { error: "#N/A" } }))).toBe("#N/A");
    expect(codeOf(promo({ start: true }))).toBe("#VALUE!");
  });

  test("a range where one cell belongs is #VALUE!; a 1×1 range is its value", () => {
    expect(codeOf(promo({ promo: [[80, 90]] }))).toBe("#VALUE!");
    expect(promo({ promo: [[69]] })).toBe("BELOW_FLOOR (69.00 < floor 70.00)");
  });
});

describe("PRICECHECK(price, [floorPrice], [platformPrices], [tolerance], [unitCost])", () => {
  test("clean, and only the rules whose inputs are given", () => {
    expect(call(PRICECHECK, 100)).toBe("");
    expect(call(PRICECHECK, 100, 90, [[100, 104]], 0.05, 60)).toBe("");
  });

  test("BELOW_FLOOR and BELOW_COST, exactly at the limit fine", () => {
    expect(call(PRICECHECK, 90, 90)).toBe("");
    expect(call(PRICECHECK, 89.99, 90)).toBe("BELOW_FLOOR (89.99 < floor 90.00)");
    expect(call(PRICECHECK, 60, null, null, null, 60)).toBe("");
    expect(call(PRICECHECK, 55, 60, null, null, 58)).toBe(
      "BELOW_FLOOR (55.00 < floor 60.00); BELOW_COST (55.00 < cost 58.00)"
    );
  });

  test("PRICE_SPREAD across the price and the platform prices: exactly the tolerance is fine; default 5 %", () => {
    expect(call(PRICECHECK, 100, null, [[100, 105, null]])).toBe("");
    expect(call(PRICECHECK, 100, null, [[100, 106]])).toBe("PRICE_SPREAD (6.0% > 5.0%)");
    expect(call(PRICECHECK, 100, null, [[100], [106]])).toBe("PRICE_SPREAD (6.0% > 5.0%)");
    expect(call(PRICECHECK, 100, null, 106, 0.1)).toBe("");
  });

  test("the tolerance may be typed 0.1, 10 or 10 %", () => {
    for (const t of [0.1, 10]) {
      expect(call(PRICECHECK, 100, null, [[110]], t)).toBe("");
      expect(call(PRICECHECK, 100, null, [[110.5]], t)).toBe("PRICE_SPREAD (10.5% > 10.0%)");
    }
  });

  test("a zero price beside a positive one is an unbounded spread", () => {
    expect(call(PRICECHECK, 0, null, [[10]])).toBe("PRICE_SPREAD (∞ > 5.0%)");
  });

  test('errors: blank price "" (half-typed), text in the range #VALUE!, a negative price #NUM!, an error in the range stays', () => {
    expect(call(PRICECHECK, null)).toBe("");
    expect(call(PRICECHECK, 100, null, [[100, "n/a"]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("platformPrices"),
    });
    expect(codeOf(call(PRICECHECK, 100, null, [[100, -1]]))).toBe("#NUM!");
    expect(codeOf(call(PRICECHECK, 100, null, [[100, { error: "#DIV/0!" }]]))).toBe("#DIV/0!");
    expect(codeOf(call(PRICECHECK, 100, null, [[100]], -0.05))).toBe("#NUM!");
  });
});

describe("PRODUCTCHECK(tier, [launchDate], [presaleStart], [warehouseEntry], [leadDays], [planYear], [firstPromoStart])", () => {
  const L = d("2027-06-18");

  test("a clean launch product, and tiers the rules do not concern", () => {
    expect(call(PRODUCTCHECK, "launch", L, null, L - 7, 7, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "secondary")).toBe("");
    expect(call(PRODUCTCHECK, "offline-only")).toBe("");
  });

  test("LAUNCH_DATE_MISSING: none, or outside the plan year (its first and last days inside)", () => {
    expect(call(PRODUCTCHECK, "launch", null, null, L, 7, 2027)).toBe(
      "LAUNCH_DATE_MISSING (no launch date)"
    );
    expect(call(PRODUCTCHECK, "launch", d("2027-01-01"), null, d("2026-12-01"), 7, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "launch", d("2027-12-31"), null, d("2027-12-01"), 7, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "launch", d("2028-01-01"), null, d("2027-12-01"), 7, 2027)).toBe(
      "LAUNCH_DATE_MISSING (2028-01-01 not in 2027)"
    );
  });

  test("tiers are matched as typed, in Chinese too", () => {
    expect(call(PRODUCTCHECK, "首发", null, null, L, 7, 2027)).toBe(
      "LAUNCH_DATE_MISSING (no launch date)"
    );
    expect(call(PRODUCTCHECK, "Hero")).toBe("WAREHOUSE_MISSING (no warehouse entry)");
  });

  test("PRESALE_ORDER: presale start missing, or not before the launch date", () => {
    expect(call(PRODUCTCHECK, "presale", L, L - 1, L - 10, 7, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "presale", L, null, L - 10, 7, 2027)).toBe(
      "PRESALE_ORDER (no presale start)"
    );
    expect(call(PRODUCTCHECK, "presale", L, L, L - 10, 7, 2027)).toBe(
      "PRESALE_ORDER (2027-06-18 not before launch 2027-06-18)"
    );
  });

  test("WAREHOUSE_MISSING for launch, hero and presale products", () => {
    expect(call(PRODUCTCHECK, "hero", null, null, null, 7, 2027)).toBe(
      "WAREHOUSE_MISSING (no warehouse entry)"
    );
    expect(call(PRODUCTCHECK, "secondary", L, null, null, 7, 2027)).toBe("");
  });

  test("WAREHOUSE_LATE: exactly lead days before launch is in time, a day later is late; default 7 days", () => {
    expect(call(PRODUCTCHECK, "launch", L, null, L - 7, null, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "launch", L, null, L - 6, null, 2027)).toBe(
      "WAREHOUSE_LATE (1 day(s) late: due 2027-06-11)"
    );
    expect(call(PRODUCTCHECK, "secondary", L, null, L - 3, 3, 2027)).toBe("");
    expect(call(PRODUCTCHECK, "secondary", L, null, L - 2, 5, 2027)).toBe(
      "WAREHOUSE_LATE (3 day(s) late: due 2027-06-13)"
    );
  });

  test("WAREHOUSE_LATE against the first promotion when it starts before the launch", () => {
    expect(call(PRODUCTCHECK, "hero", L, null, L - 7, 7, 2027, L - 3)).toBe(
      "WAREHOUSE_LATE (3 day(s) late: due 2027-06-08)"
    );
    expect(call(PRODUCTCHECK, "hero", null, null, L - 7, 7, 2027, L)).toBe("");
    expect(call(PRODUCTCHECK, "hero", L, null, L - 7, 7, 2027, L + 30)).toBe("");
  });

  test("the plan year defaults to next calendar year", () => {
    const next = new Date().getFullYear() + 1;
    expect(call(PRODUCTCHECK, "launch", d(`${next}-03-01`), null, d(`${next}-01-01`))).toBe("");
    expect(call(PRODUCTCHECK, "launch", d(`${next + 1}-03-01`), null, d(`${next}-01-01`))).toBe(
      `LAUNCH_DATE_MISSING (${next + 1}-03-01 not in ${next})`
    );
  });

  test('errors: blank tier "" (half-typed), a plan year that is not one #NUM!, a date as text #VALUE!', () => {
    expect(call(PRODUCTCHECK, null)).toBe("");
    expect(codeOf(call(PRODUCTCHECK, "launch", L, null, L, 7, 27.5))).toBe("#NUM!");
    expect(codeOf(call(PRODUCTCHECK, "launch", L, null, L, 7, 123456))).toBe("#NUM!");
    expect(call(PRODUCTCHECK, "launch", "2027-06-18")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("launchDate"),
    });
  });
});

describe("BUDGETCHECK(channel, amount, [runningTotal], [cap])", () => {
  test("a clean line", () => {
    expect(call(BUDGETCHECK, "CPC search ads", 10000, 10000, 50000)).toBe("");
  });

  test("BUDGET_FORBIDDEN: money on fake orders, by name or alias; 0 is fine", () => {
    expect(call(BUDGETCHECK, "Fake orders", 500)).toBe("BUDGET_FORBIDDEN (500.00 on fake orders)");
    expect(call(BUDGETCHECK, "刷单", 500)).toBe("BUDGET_FORBIDDEN (500.00 on fake orders)");
    expect(call(BUDGETCHECK, "fake  ORDERS", 1)).toBe("BUDGET_FORBIDDEN (1.00 on fake orders)");
    expect(call(BUDGETCHECK, "Fake orders", 0)).toBe("");
  });

  test("BUDGET_OVER_CAP on the line where the running total first exceeds the cap; exactly the cap is fine", () => {
    expect(call(BUDGETCHECK, "Coupons", 20000, 50000, 50000)).toBe("");
    expect(call(BUDGETCHECK, "Coupons", 20000, 50001, 50000)).toBe(
      "BUDGET_OVER_CAP (total 50,001.00 > cap 50,000.00)"
    );
    expect(call(BUDGETCHECK, "Coupons", 5000, 60000, 50000)).toBe("");
    expect(call(BUDGETCHECK, "Coupons", 0.1, 0.30000000000000004, 0.3)).toBe("");
  });

  test("defaults: the line alone against a cap of 50000", () => {
    expect(call(BUDGETCHECK, "Coupons", 50000)).toBe("");
    expect(call(BUDGETCHECK, "Coupons", 50000.5)).toBe(
      "BUDGET_OVER_CAP (total 50,000.50 > cap 50,000.00)"
    );
  });

  test("DQ_NEGATIVE: a negative amount, alone", () => {
    expect(call(BUDGETCHECK, "Fake orders", -500, 60000, 50000)).toBe(
      "DQ_NEGATIVE (amount -500.00)"
    );
  });

  test("both breaches together", () => {
    expect(call(BUDGETCHECK, "刷单", 60000)).toBe(
      "BUDGET_FORBIDDEN (60,000.00 on fake orders); BUDGET_OVER_CAP (total 60,000.00 > cap 50,000.00)"
    );
  });

  test('errors: blank channel or amount "" (half-typed), text amount #VALUE!, negative cap #NUM!', () => {
    expect(call(BUDGETCHECK, "", 5)).toBe("");
    expect(call(BUDGETCHECK, "Coupons", null)).toBe("");
    expect(call(BUDGETCHECK, "Coupons", "5千")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("amount"),
    });
    expect(codeOf(call(BUDGETCHECK, "Coupons", 5, 5, -1))).toBe("#NUM!");
  });
});
