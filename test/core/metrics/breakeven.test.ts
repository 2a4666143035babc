import { breakevenCpc, breakevenRoas, isMetricError } from "../../../src/core/metrics";

describe("breakevenCpc", () => {
  it("is AOV × margin × conversion, with the margin as a fraction or a percent", () => {
    expect(breakevenCpc(200, 0.3, 0.02)).toBeCloseTo(1.2, 12);
    expect(breakevenCpc(200, 30, 0.02)).toBeCloseTo(1.2, 12);
    expect(breakevenCpc(200, 1, 0.02)).toBeCloseTo(4, 12);
  });

  it("treats zero or blank arguments as 0", () => {
    expect(breakevenCpc(0, 0.3, 0.02)).toBe(0);
    expect(breakevenCpc(null, 0.3, 0.02)).toBe(0);
    expect(breakevenCpc(200, null, 0.02)).toBe(0);
    expect(breakevenCpc(200, 0.3, null)).toBe(0);
  });

  it("is #NUM! on a negative argument and #VALUE! on a non-number, naming it", () => {
    expect(breakevenCpc(-1, 0.3, 0.02)).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("aov is negative"),
    });
    expect(breakevenCpc(200, -0.1, 0.02)).toMatchObject({
      error: "#NUM!",
      message: "margin is negative (-0.1): it must be 0 or more.",
    });
    expect(breakevenCpc(200, 0.3, -0.02)).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("conversion is negative"),
    });
    expect(breakevenCpc(200, Number.NaN, 0.02)).toMatchObject({
      error: "#VALUE!",
      message: "margin is not a number.",
    });
  });
});

describe("breakevenRoas", () => {
  it("is 1 / margin, with the margin as a fraction or a percent", () => {
    expect(breakevenRoas(0.25)).toBe(4);
    expect(breakevenRoas(25)).toBe(4);
    expect(breakevenRoas(1)).toBe(1);
  });

  it("is #DIV/0! on a zero or blank margin", () => {
    expect(breakevenRoas(0)).toMatchObject({
      error: "#DIV/0!",
      message: "margin is blank or 0: cannot divide by it.",
    });
    expect(breakevenRoas(null)).toMatchObject({ error: "#DIV/0!" });
  });

  it("is #NUM! on a negative margin, #VALUE! on a non-number", () => {
    expect(breakevenRoas(-0.2)).toMatchObject({ error: "#NUM!" });
    expect(isMetricError(breakevenRoas(Number.NEGATIVE_INFINITY))).toBe(true);
    expect(breakevenRoas(Number.NEGATIVE_INFINITY)).toMatchObject({ error: "#VALUE!" });
  });
});
