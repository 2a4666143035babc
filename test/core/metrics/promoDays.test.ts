import { isMetricError, metricMessage, promoDays } from "../../../src/core/metrics";
import { d } from "../fixtures";

describe("promoDays", () => {
  it("is End − Start + 1", () => {
    expect(promoDays(d("2027-06-16"), d("2027-06-18"))).toBe(3);
    expect(promoDays(d("2027-06-18"), d("2027-06-18"))).toBe(1);
    expect(promoDays(d("2027-12-30"), d("2028-01-02"))).toBe(4);
  });

  it("counts a date with a time of day as its day", () => {
    expect(promoDays(d("2027-06-16") + 0.9, d("2027-06-18") + 0.1)).toBe(3);
  });

  it("is #NUM! when End is before Start, saying by how much", () => {
    const r = promoDays(d("2027-06-18"), d("2027-06-16"));
    expect(r).toMatchObject({
      error: "#NUM!",
      message: "end is 2 day(s) before start: a promotion cannot end before it starts.",
    });
    if (!isMetricError(r)) throw new Error("expected an error");
    expect(metricMessage(r, "zh-CN")).toBe("结束日期比开始日期早 2 天：活动不能在开始前结束。");
  });

  it("is #N/A on a blank date, #NUM! on a negative serial, #VALUE! on a non-number", () => {
    expect(promoDays(null, d("2027-06-18"))).toMatchObject({
      error: "#N/A",
      message: "start is blank: enter a date.",
    });
    expect(promoDays(d("2027-06-18"), null)).toMatchObject({
      error: "#N/A",
      message: "end is blank: enter a date.",
    });
    expect(promoDays(-3, 5)).toMatchObject({
      error: "#NUM!",
      message: "start (-3) is not a date.",
    });
    expect(promoDays(0, 0)).toBe(1);
    expect(promoDays(1, Number.NaN)).toMatchObject({
      error: "#VALUE!",
      message: "end is not a number.",
    });
  });
});
