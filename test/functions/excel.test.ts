/**
 * The Excel registration layer: what each function hands back to Excel. Outside Office there is no
 * `CustomFunctions` global, so a faithful stand-in (the enum's real values, an Error class with code and message)
 * is installed first.
 */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;
Object.assign(globalThis, { CustomFunctions: { Error: StubError, ErrorCode } });

import * as fns from "../../src/functions/functions";
import { FnError } from "../../src/core/functions/errors";
import { d } from "../core/fixtures";

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
};

describe("metric functions return matrices, errors in place", () => {
  test("a single cell ([[v]]) gives [[result]]; a range spills its shape", () => {
    expect(fns.conversionFn([[30]], [[1000]])).toEqual([[0.03]]);
    expect(fns.cpcFn([[10], [20]], [[5]])).toEqual([[2], [4]]);
    expect(fns.aovFn([[100, 300]], [[1, 3]])).toEqual([[100, 100]]);
    expect(fns.roasFn([[500]], [[100]])).toEqual([[5]]);
    expect(fns.uvValueFn([[500]], [[100]])).toEqual([[5]]);
    expect(fns.breakevenCpcFn([[200]], [[30]], [[0.02]])[0][0]).toBeCloseTo(1.2);
    expect(fns.breakevenRoasFn([[0.25, 50]])).toEqual([[4, 2]]);
    expect(fns.visitorsFn([[1000]], [[3]])).toEqual([[333]]);
    expect(fns.promoDaysFn([[d("2027-06-16")]], [[d("2027-06-18")]])).toEqual([[3]]);
  });

  test("error cells are CustomFunctions.Error; #VALUE! and #N/A carry the message, #DIV/0! and #NUM! cannot", () => {
    const [[a, b, c]] = fns.conversionFn([[1, "x", -1]], [[0, 5, 5]]);
    expect(a).toEqual(new StubError("#DIV/0!"));
    expect(b).toEqual(new StubError("#VALUE!", 'orders is text ("x"), not a number.'));
    expect(c).toEqual(new StubError("#NUM!"));
  });

  test("an input error Excel cannot return (#REF!, #NAME?) comes back as #VALUE! naming it", () => {
    expect(fns.cpcFn([[new StubError("#REF!")]], [[1]])).toEqual([
      [new StubError("#VALUE!", "spend is #REF!.")],
    ]);
    expect(fns.cpcFn([[new StubError("#N/A", "lookup failed")]], [[1]])).toEqual([
      [new StubError("#N/A", "spend: lookup failed")],
    ]);
  });

  test("shape mismatch: one #VALUE! with the reason", () => {
    const [[e]] = fns.roasFn([[1, 2]], [[1], [2]]);
    expect(e).toBeInstanceOf(StubError);
    expect((e as StubError).code).toBe("#VALUE!");
  });
});

describe("single-result functions return a value or throw a CustomFunctions.Error", () => {
  test('row checks: text, "" when clean', () => {
    const S = d("2027-06-16");
    expect(fns.promoCheckFn(S, S + 4, 80, 100)).toBe("PROMO_TOO_LONG (5 days > 3)");
    expect(fns.promoCheckFn(S, S + 1, 80, 100, null, null, null, null, null)).toBe("");
    expect(fns.priceCheckFn(80, 90)).toBe("BELOW_FLOOR (80.00 < floor 90.00)");
    expect(fns.priceCheckFn(100, null, [[100, 120]])).toBe("PRICE_SPREAD (20.0% > 5.0%)");
    expect(fns.productCheckFn("hero")).toBe("WAREHOUSE_MISSING (no warehouse entry)");
    expect(fns.budgetCheckFn("刷单", 100, "", "")).toBe("BUDGET_FORBIDDEN (100.00 on fake orders)");
  });

  test('their errors are thrown as CustomFunctions.Error; a half-typed row is ""', () => {
    expect(fns.promoCheckFn(null, 1, 2, 3)).toBe("");
    expect(thrown(() => fns.promoCheckFn("soon", 1, 2, 3))).toEqual(
      new StubError("#VALUE!", 'start ("soon") is not a date.')
    );
    expect(thrown(() => fns.budgetCheckFn("Coupons", 5, 5, -1))).toEqual(new StubError("#NUM!"));
  });

  test("SATURATION returns K, or throws #N/A with the reason", () => {
    const spend = [100, 200, 400, 800, 1600];
    const k = fns.saturationFn(
      spend.map((s) => [s]),
      spend.map((s) => [(1000 * s) / (300 + s)])
    );
    expect(k).toBeCloseTo(300, 3);
    const e = thrown(() => fns.saturationFn([[1], [1], [2]], [[1], [1], [2]]));
    expect(e).toEqual(
      new StubError("#N/A", "only 2 distinct spend level(s): the saturation fit needs at least 4.")
    );
  });

  test("toExcelError maps every code", () => {
    expect(fns.toExcelError(new FnError("#NULL!", "x"))).toEqual(new StubError("#NULL!"));
    expect(fns.toExcelError(new FnError("#SPILL!", "y"))).toEqual(new StubError("#VALUE!", "y"));
  });

  test("VERSION is the package version", () => {
    expect(fns.version()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
