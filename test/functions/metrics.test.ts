import {
  AOV,
  BREAKEVENCPC,
  BREAKEVENROAS,
  CONVERSION,
  CPC,
  DAYSOFCOVER,
  LIFT,
  PROMODAYS,
  ROAS,
  SATURATION,
  SELLTHROUGH,
  UVVALUE,
  VISITORS,
} from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import {
  invokeGrid,
  invokeSingle,
  type FunctionDef,
  type Out,
} from "../../src/core/functions/runner";
import { d } from "../core/fixtures";

/** Codes for errors, values otherwise: compact grid assertions. */
const shown = (g: Out[][]) => g.map((r) => r.map((v) => (v instanceof FnError ? v.code : v)));
const one = (def: FunctionDef, ...args: unknown[]) => invokeGrid(def, args);
const messageOf = (v: Out) => (v instanceof FnError ? v.message : "");

// [function, numerator name, denominator name]
const RATIOS: [string, FunctionDef, string, string][] = [
  ["CONVERSION", CONVERSION, "orders", "visitors"],
  ["CPC", CPC, "spend", "clicks"],
  ["AOV", AOV, "revenue", "orders"],
  ["ROAS", ROAS, "revenue", "spend"],
  ["UVVALUE", UVVALUE, "revenue", "visitors"],
  ["DAYSOFCOVER", DAYSOFCOVER, "stock", "unitsPerDay"],
  ["SELLTHROUGH", SELLTHROUGH, "sold", "received"],
];

describe.each(RATIOS)("%s", (_name, def, num, den) => {
  test("a single pair", () => {
    expect(one(def, 30, 1000)).toEqual([[0.03]]);
    expect(one(def, [[30]], [[1000]])).toEqual([[0.03]]);
  });

  test("ranges: 1×N, N×1, and a value with a range", () => {
    expect(one(def, [[1, 2, 3]], [[10, 10, 10]])).toEqual([[0.1, 0.2, 0.3]]);
    expect(one(def, [[1], [2]], [[4], [8]])).toEqual([[0.25], [0.25]]);
    expect(one(def, [[5], [10]], 10)).toEqual([[0.5], [1]]);
    expect(one(def, 12, [[3, 4, 6]])).toEqual([[4, 3, 2]]);
  });

  test("shape mismatch is #VALUE!", () => {
    expect(shown(one(def, [[1, 2]], [[1], [2]]))).toEqual([["#VALUE!"]]);
  });

  test("zero or blank denominator is #DIV/0!; a blank numerator counts as 0", () => {
    expect(shown(one(def, 5, 0))).toEqual([["#DIV/0!"]]);
    expect(shown(one(def, 5, null))).toEqual([["#DIV/0!"]]);
    expect(shown(one(def, 5, ""))).toEqual([["#DIV/0!"]]);
    expect(one(def, null, 5)).toEqual([[0]]);
    expect(messageOf(one(def, 5, 0)[0][0])).toContain(den);
  });

  test("text is #VALUE! naming the argument; a negative value #NUM!", () => {
    const [[t]] = one(def, "many", 5);
    expect(t).toMatchObject({ code: "#VALUE!" });
    expect(messageOf(t)).toContain(num);
    expect(messageOf(one(def, 5, "few")[0][0])).toContain(den);
    expect(shown(one(def, -1, 5))).toEqual([["#NUM!"]]);
    expect(shown(one(def, 1, -5))).toEqual([["#NUM!"]]);
  });

  test("an error value in an input stays that error", () => {
    expect(shown(one(def, { error: "#N/A" }, 5))).toEqual([["#N/A"]]);
    expect(shown(one(def, 5, { code: "#REF!" }))).toEqual([["#REF!"]]);
    expect(shown(one(def, [[1, { error: "#DIV/0!" }]], 2))).toEqual([[0.5, "#DIV/0!"]]);
  });
});

describe("LIFT", () => {
  test("during ÷ before − 1, cell by cell over ranges (spills)", () => {
    expect(one(LIFT, 150, 100)).toEqual([[0.5]]);
    expect(one(LIFT, 80, 100)[0][0]).toBeCloseTo(-0.2);
    expect(one(LIFT, [[100, 300]], [[100, 100]])).toEqual([[0, 2]]);
    expect(one(LIFT, [[30], [60]], 20)).toEqual([[0.5], [2]]);
  });
  test("before 0 or blank is #DIV/0! naming it; a blank during counts as 0 (−100 %); text #VALUE!; errors stay", () => {
    expect(shown(one(LIFT, [[5, 5, null, "x", { error: "#N/A" }]], [[0, null, 5, 5, 5]]))).toEqual([
      ["#DIV/0!", "#DIV/0!", -1, "#VALUE!", "#N/A"],
    ]);
    expect(messageOf(one(LIFT, 5, 0)[0][0])).toContain("before");
    expect(shown(one(LIFT, [[1, 2]], [[1], [2]]))).toEqual([["#VALUE!"]]);
  });
});

describe("BREAKEVENCPC", () => {
  test("AOV × margin × conversion; a margin may be 30 or 0.3", () => {
    expect(one(BREAKEVENCPC, 200, 0.3, 0.02)[0][0]).toBeCloseTo(1.2);
    expect(one(BREAKEVENCPC, 200, 30, 0.02)[0][0]).toBeCloseTo(1.2);
    expect(one(BREAKEVENCPC, 200, 1, 0.02)[0][0]).toBeCloseTo(4);
  });
  test("broadcasts a margin over a range of AOVs", () => {
    const g = one(BREAKEVENCPC, [[100], [200]], 0.5, 0.1);
    expect(g.map((r) => (r[0] as number).toFixed(4))).toEqual(["5.0000", "10.0000"]);
  });
  test("errors: negative #NUM!, text #VALUE!, blanks count as 0", () => {
    expect(shown(one(BREAKEVENCPC, -1, 0.3, 0.02))).toEqual([["#NUM!"]]);
    expect(shown(one(BREAKEVENCPC, 100, -0.3, 0.02))).toEqual([["#NUM!"]]);
    expect(messageOf(one(BREAKEVENCPC, 100, 0.3, "x")[0][0])).toContain("conversion");
    expect(one(BREAKEVENCPC, 100, null, 0.02)).toEqual([[0]]);
  });
});

describe("BREAKEVENROAS", () => {
  test("1 / margin, as fraction or percent", () => {
    expect(one(BREAKEVENROAS, 0.25)).toEqual([[4]]);
    expect(one(BREAKEVENROAS, 25)).toEqual([[4]]);
    expect(one(BREAKEVENROAS, [[0.5, 0.25]])).toEqual([[2, 4]]);
  });
  test("zero or blank margin #DIV/0!, negative #NUM!, text #VALUE!", () => {
    expect(shown(one(BREAKEVENROAS, [[0], [null], [-0.1], ["a"], [{ error: "#N/A" }]]))).toEqual([
      ["#DIV/0!"],
      ["#DIV/0!"],
      ["#NUM!"],
      ["#VALUE!"],
      ["#N/A"],
    ]);
  });
});

describe("VISITORS", () => {
  test("budget / CPC rounded down, a whole quotient exact", () => {
    expect(one(VISITORS, 1000, 3)).toEqual([[333]]);
    expect(one(VISITORS, 0.3, 0.1)).toEqual([[3]]);
    expect(one(VISITORS, [[100, 200]], 0.5)).toEqual([[200, 400]]);
  });
  test("errors", () => {
    expect(shown(one(VISITORS, [[100, 100, -1, "x"]], [[0, null, 1, 1]]))).toEqual([
      ["#DIV/0!", "#DIV/0!", "#NUM!", "#VALUE!"],
    ]);
  });
});

describe("PROMODAYS", () => {
  test("End − Start + 1 on serial days", () => {
    expect(one(PROMODAYS, d("2027-06-16"), d("2027-06-18"))).toEqual([[3]]);
    expect(one(PROMODAYS, d("2027-06-18"), d("2027-06-18"))).toEqual([[1]]);
    expect(
      one(PROMODAYS, [[d("2027-06-01")], [d("2027-06-10")]], [[d("2027-06-03")], [d("2027-06-10")]])
    ).toEqual([[3], [1]]);
  });
  test("End before Start is #NUM!; a blank date #N/A; text #VALUE!", () => {
    const [[e]] = one(PROMODAYS, d("2027-06-18"), d("2027-06-17"));
    expect(e).toMatchObject({ code: "#NUM!" });
    expect(shown(one(PROMODAYS, null, d("2027-06-17")))).toEqual([["#N/A"]]);
    expect(shown(one(PROMODAYS, "June", d("2027-06-17")))).toEqual([["#VALUE!"]]);
    expect(shown(one(PROMODAYS, -3, d("2027-06-17")))).toEqual([["#NUM!"]]);
  });
});

describe("SATURATION", () => {
  const spend = [100, 200, 400, 800, 1600, 3200];
  const K = 500;
  const visitorsAt = (s: number) => (10000 * s) / (K + s);

  test("recovers K of an exact curve from column ranges", () => {
    const k = invokeSingle(SATURATION, [spend.map((s) => [s]), spend.map((s) => [visitorsAt(s)])]);
    expect(k).toBeCloseTo(K, 3);
  });

  test("blank pairs are skipped", () => {
    const k = invokeSingle(SATURATION, [[[...spend, null]], [[...spend.map(visitorsAt), 123]]]);
    expect(k).toBeCloseTo(K, 3);
  });

  test("fewer than 4 distinct spend levels: #N/A with a message", () => {
    const e = invokeSingle(SATURATION, [
      [[100], [100], [200], [300]],
      [[10], [11], [20], [25]],
    ]);
    expect(e).toMatchObject({ code: "#N/A" });
    expect(messageOf(e)).toContain("3 distinct spend level");
  });

  test("unequal lengths #VALUE!, text #VALUE! naming the range, an error stays", () => {
    expect(invokeSingle(SATURATION, [[[1, 2, 3, 4]], [[1, 2, 3]]])).toMatchObject({
      code: "#VALUE!",
    });
    expect(messageOf(invokeSingle(SATURATION, [[[1, "x"]], [[1, 2]]]))).toContain("spend");
    expect(invokeSingle(SATURATION, [[[1, 2]], [[1, { error: "#REF!" }]]])).toMatchObject({
      code: "#REF!",
    });
  });
});
