import { visitors } from "../../../src/core/metrics";

describe("visitors", () => {
  it("is budget / CPC rounded down", () => {
    expect(visitors(1000, 1.5)).toBe(666);
    expect(visitors(1000, 2)).toBe(500);
    expect(visitors(1, 3)).toBe(0);
  });

  it("counts a quotient that is whole up to float noise as that whole number", () => {
    expect(0.3 / 0.1).toBeLessThan(3);
    expect(visitors(0.3, 0.1)).toBe(3);
    expect(visitors(2.9999, 1)).toBe(2);
  });

  it("gives 0 for a zero or blank budget", () => {
    expect(visitors(0, 1.5)).toBe(0);
    expect(visitors(null, 1.5)).toBe(0);
  });

  it("is #DIV/0! on a zero or blank CPC", () => {
    expect(visitors(1000, 0)).toMatchObject({
      error: "#DIV/0!",
      message: "cpc is blank or 0: cannot divide by it.",
    });
    expect(visitors(1000, null)).toMatchObject({ error: "#DIV/0!" });
  });

  it("is #NUM! on a negative budget or CPC, #VALUE! on a non-number", () => {
    expect(visitors(-5, 1)).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("budget is negative (-5)"),
    });
    expect(visitors(5, -1)).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("cpc is negative (-1)"),
    });
    expect(visitors(Number.NaN, 1)).toMatchObject({
      error: "#VALUE!",
      message: "budget is not a number.",
    });
  });
});
