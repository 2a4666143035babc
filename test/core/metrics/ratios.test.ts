import {
  aov,
  conversion,
  cpc,
  isMetricError,
  metricMessage,
  roas,
  uvValue,
  type MetricResult,
} from "../../../src/core/metrics";

const ratios = [
  { name: "conversion", fn: conversion, num: "orders", den: "visitors" },
  { name: "cpc", fn: cpc, num: "spend", den: "clicks" },
  { name: "aov", fn: aov, num: "revenue", den: "orders" },
  { name: "roas", fn: roas, num: "revenue", den: "spend" },
  { name: "uvValue", fn: uvValue, num: "revenue", den: "visitors" },
] as const;

function errorOf(r: MetricResult): { error: string; message: string } {
  if (!isMetricError(r)) throw new Error(`expected an error, got ${r}`);
  return { error: r.error, message: r.message };
}

describe("ratio metrics", () => {
  it("compute the spec's quotients", () => {
    expect(conversion(25, 1000)).toBeCloseTo(0.025, 12);
    expect(cpc(1500, 1200)).toBeCloseTo(1.25, 12);
    expect(aov(12500, 100)).toBe(125);
    expect(roas(12500, 2500)).toBe(5);
    expect(uvValue(12500, 5000)).toBe(2.5);
  });

  it("UV value equals conversion × AOV", () => {
    const c = conversion(40, 2000) as number;
    const a = aov(6000, 40) as number;
    expect(uvValue(6000, 2000)).toBeCloseTo(c * a, 12);
  });

  describe.each(ratios)("$name", ({ fn, num, den }) => {
    it("gives 0 for a zero or blank numerator, as Excel arithmetic does", () => {
      expect(fn(0, 10)).toBe(0);
      expect(fn(null, 10)).toBe(0);
    });

    it("is #DIV/0! on a zero or blank denominator, naming it", () => {
      expect(errorOf(fn(10, 0))).toEqual({
        error: "#DIV/0!",
        message: `${den} is blank or 0: cannot divide by it.`,
      });
      expect(errorOf(fn(10, null)).error).toBe("#DIV/0!");
      expect(errorOf(fn(null, null)).error).toBe("#DIV/0!");
    });

    it("is #NUM! on a negative value, naming it", () => {
      expect(errorOf(fn(-1, 10))).toEqual({
        error: "#NUM!",
        message: `${num} is negative (-1): a count, price or amount cannot be below 0.`,
      });
      expect(errorOf(fn(10, -2)).message).toContain(`${den} is negative (-2)`);
      // A negative value is reported before a zero denominator.
      expect(errorOf(fn(-1, 0)).error).toBe("#NUM!");
    });

    it("is #VALUE! on a value that is not a finite number", () => {
      expect(errorOf(fn(Number.NaN, 10))).toEqual({
        error: "#VALUE!",
        message: `${num} is not a number.`,
      });
      expect(errorOf(fn(10, Number.POSITIVE_INFINITY)).message).toBe(`${den} is not a number.`);
    });
  });

  it("renders an error's message in Chinese", () => {
    const e = conversion(5, 0);
    if (!isMetricError(e)) throw new Error("expected an error");
    expect(metricMessage(e, "zh-CN")).toBe("visitors 为空或为 0，不能作除数。");
    expect(metricMessage(e, "en")).toBe(e.message);
  });
});
