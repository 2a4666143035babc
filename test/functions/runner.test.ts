import { FnError, inputError } from "../../src/core/functions/errors";
import { coerceCell, coerceRange } from "../../src/core/functions/params";
import {
  defineFunction,
  invoke,
  invokeGrid,
  invokeSingle,
  type Out,
} from "../../src/core/functions/runner";

describe("coercion", () => {
  const num = { name: "orders", type: "count" } as const;

  test("numbers pass, blank is null", () => {
    expect(coerceCell(num, 12)).toBe(12);
    expect(coerceCell(num, 0)).toBe(0);
    for (const blank of [null, undefined, "", "   "]) expect(coerceCell(num, blank)).toBeNull();
  });

  test("text where a number belongs is #VALUE! naming the argument", () => {
    const e = coerceCell(num, "abc");
    expect(e).toBeInstanceOf(FnError);
    expect(e).toMatchObject({ code: "#VALUE!" });
    expect((e as FnError).message).toContain("orders");
    expect((e as FnError).message).toContain('"abc"');
  });

  test("booleans are #VALUE!, not 1 or 0", () => {
    expect(coerceCell(num, true)).toMatchObject({
      code: "#VALUE!",
      message: "orders is TRUE: enter a number.",
    });
    expect(coerceCell({ name: "tier", type: "text" }, false)).toMatchObject({ code: "#VALUE!" });
  });

  test("a negative count or price is #NUM!, a negative number is fine", () => {
    expect(coerceCell(num, -1)).toMatchObject({ code: "#NUM!" });
    expect(coerceCell({ name: "spend", type: "price" }, -0.01)).toMatchObject({ code: "#NUM!" });
    expect(coerceCell({ name: "total", type: "number" }, -5)).toBe(-5);
    expect(coerceCell({ name: "start", type: "date" }, -1)).toMatchObject({ code: "#NUM!" });
  });

  test("text for a date is #VALUE! saying it is not a date", () => {
    expect(coerceCell({ name: "start", type: "date" }, "2027-06-18")).toMatchObject({
      code: "#VALUE!",
      message: 'start ("2027-06-18") is not a date.',
    });
  });

  test("non-finite numbers are #VALUE!", () => {
    expect(coerceCell(num, Number.NaN)).toMatchObject({ code: "#VALUE!" });
    expect(coerceCell(num, Infinity)).toMatchObject({ code: "#VALUE!" });
  });

  test("text parameters take text, numbers as text, blank as null", () => {
    const tier = { name: "tier", type: "text" } as const;
    expect(coerceCell(tier, "hero")).toBe("hero");
    expect(coerceCell(tier, 7)).toBe("7");
    expect(coerceCell(tier, "")).toBeNull();
  });

  test("error values stay that error, in every form a host passes them", () => {
    expect(coerceCell(num, { error: "#N/A" })).toMatchObject({
      code: "#N/A",
      message: "orders is #N/A.",
    });
    expect(coerceCell(num, { code: "#DIV/0!", message: "x" })).toMatchObject({
      code: "#DIV/0!",
      message: "orders: x",
    });
    expect(coerceCell(num, "#REF!")).toMatchObject({ code: "#REF!" });
    expect(coerceCell({ name: "tier", type: "text" }, "#NAME?")).toMatchObject({ code: "#NAME?" });
    const own = new FnError("#NUM!", "mine");
    expect(coerceCell(num, own)).toBe(own);
    expect(inputError({ code: "#WHAT" }, "a")).toMatchObject({
      code: "#VALUE!",
      message: "a is #WHAT.",
    });
    expect(inputError("#hashtag", "a")).toBeUndefined();
  });

  test("a whole range becomes a list, row by row, blanks kept", () => {
    const spec = { name: "spend", type: "numbers" } as const;
    expect(
      coerceRange(spec, [
        [1, 2],
        [null, 4],
      ])
    ).toEqual([1, 2, null, 4]);
    expect(coerceRange(spec, 5)).toEqual([5]);
    expect(coerceRange(spec, undefined)).toBeNull();
    expect(coerceRange(spec, [[1], ["x"]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("spend"),
    });
    expect(coerceRange(spec, [[1], [{ error: "#N/A" }]])).toMatchObject({ code: "#N/A" });
  });
});

const DIV = defineFunction({
  name: "DIV",
  shape: "elementwise",
  params: [
    { name: "a", type: "number" },
    { name: "b", type: "number" },
  ],
  body: (a, b) => (b === null || b === 0 ? new FnError("#DIV/0!", "b is 0") : (a ?? 0) / b),
});

describe("broadcasting", () => {
  const values = (g: Out[][]) => g.map((r) => r.map((v) => (v instanceof FnError ? v.code : v)));

  test("single values give a 1×1 result", () => {
    expect(invokeGrid(DIV, [6, 3])).toEqual([[2]]);
    expect(invokeGrid(DIV, [[[6]], [[3]]])).toEqual([[2]]);
  });

  test("equal-shaped ranges go cell by cell: 1×N, N×1, N×M", () => {
    expect(invokeGrid(DIV, [[[2, 4, 6]], [[1, 2, 3]]])).toEqual([[2, 2, 2]]);
    expect(
      invokeGrid(DIV, [
        [[2], [4], [6]],
        [[2], [2], [2]],
      ])
    ).toEqual([[1], [2], [3]]);
    expect(
      invokeGrid(DIV, [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 1],
          [1, 2],
        ],
      ])
    ).toEqual([
      [1, 2],
      [3, 2],
    ]);
  });

  test("a single value applies to every cell, on either side; the result has the range's shape", () => {
    expect(invokeGrid(DIV, [[[2], [4]], 2])).toEqual([[1], [2]]);
    expect(invokeGrid(DIV, [12, [[1, 2, 3]]])).toEqual([[12, 6, 4]]);
    expect(invokeGrid(DIV, [[[12]], [[1, 2, 3]]])).toEqual([[12, 6, 4]]);
  });

  test("shape mismatch is #VALUE! naming the ranges' sizes", () => {
    const [[e]] = invokeGrid(DIV, [[[1, 2, 3]], [[1], [2], [3]]]);
    expect(e).toMatchObject({ code: "#VALUE!" });
    expect((e as FnError).message).toContain("3×1");
    expect((e as FnError).message).toContain("1×3");
  });

  test("empty or ragged ranges are #VALUE!", () => {
    expect(invokeGrid(DIV, [[], 1])[0][0]).toMatchObject({ code: "#VALUE!" });
    expect(invokeGrid(DIV, [[[1, 2], [3]], 1])[0][0]).toMatchObject({ code: "#VALUE!" });
  });

  test("a bad cell errs alone; the others compute", () => {
    expect(values(invokeGrid(DIV, [[[1, "x", { error: "#N/A" }, 4]], [[1, 1, 1, 0]]]))).toEqual([
      [1, "#VALUE!", "#N/A", "#DIV/0!"],
    ]);
  });

  test("a 1-D list is taken as one row", () => {
    expect(invokeGrid(DIV, [[2, 4], 2])).toEqual([[1, 2]]);
  });
});

describe("no exception escapes", () => {
  const BOOM = defineFunction({
    name: "BOOM",
    shape: "elementwise",
    params: [{ name: "a", type: "number" }],
    body: (a) => {
      if (a === 13) throw new Error("unlucky");
      return a ?? 0;
    },
  });
  const BOOM1 = defineFunction({
    name: "BOOM1",
    shape: "single",
    params: [{ name: "a", type: "number" }],
    body: () => {
      throw "not even an Error";
    },
  });

  test("a throwing body becomes #VALUE! with a message, per cell", () => {
    const g = invokeGrid(BOOM, [[[1, 13, 3]]]);
    expect(g[0][0]).toBe(1);
    expect(g[0][1]).toMatchObject({
      code: "#VALUE!",
      message: "BOOM failed unexpectedly: unlucky",
    });
    expect(g[0][2]).toBe(3);
    expect(invokeSingle(BOOM1, [1])).toMatchObject({
      code: "#VALUE!",
      message: "BOOM1 failed unexpectedly: not even an Error",
    });
  });

  test("hostile inputs (a throwing getter) do not escape", () => {
    const hostile = new Proxy([[1, 2]], {
      get(target, key) {
        if (key === "0") throw new Error("bad array");
        return Reflect.get(target, key);
      },
    });
    expect(() => invoke(BOOM, [hostile])).not.toThrow();
    expect(invokeGrid(BOOM, [hostile])[0][0]).toMatchObject({ code: "#VALUE!" });
  });

  test("non-finite results are #NUM!", () => {
    const INF = defineFunction({ name: "INF", shape: "single", params: [], body: () => Infinity });
    expect(invokeSingle(INF, [])).toMatchObject({ code: "#NUM!" });
  });
});

describe("single-result functions", () => {
  const SUMALL = defineFunction({
    name: "SUMALL",
    shape: "single",
    params: [
      { name: "values", type: "numbers" },
      { name: "scale", type: "number", optional: true },
    ],
    body: (values, scale) =>
      (values ?? []).reduce<number>((s, v) => s + (v ?? 0), 0) * (scale ?? 1),
  });

  test("a numbers parameter takes the whole range; a scalar one a single cell", () => {
    expect(
      invokeSingle(SUMALL, [
        [
          [1, 2],
          [3, null],
        ],
      ])
    ).toBe(6);
    expect(invokeSingle(SUMALL, [[[1, 2]], [[2]]])).toBe(6);
    expect(invokeSingle(SUMALL, [[[1, 2]], [[2, 3]]])).toMatchObject({
      code: "#VALUE!",
      message: "scale must be a single cell, not a range.",
    });
  });

  test("omitted and blank optional arguments reach the body as null", () => {
    expect(invokeSingle(SUMALL, [[[1]]])).toBe(1);
    expect(invokeSingle(SUMALL, [[[1]], ""])).toBe(1);
    expect(invokeSingle(SUMALL, [[[1]], null])).toBe(1);
  });

  test("an elementwise function may not declare a whole-range parameter", () => {
    expect(() =>
      defineFunction({
        name: "BAD",
        shape: "elementwise",
        params: [{ name: "x", type: "numbers" }],
        body: () => 0,
      })
    ).toThrow(/whole range/);
  });
});
