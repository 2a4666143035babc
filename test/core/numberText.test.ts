/** The one module of number texts: messages' money and counts as Intl's en-US grouping gives them, row checks' fixed decimals. */
import fc from "fast-check";
import { count, fixedMoney, fixedPct, money, pct } from "../../src/core/numberText";

const INTL = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

describe("money and count", () => {
  it("group and round as Intl.NumberFormat en-US with at most two decimals, on any number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (n) => {
        expect(count(n)).toBe(INTL.format(n));
        expect(money(n)).toBe(`${n < 0 ? "-" : ""}${INTL.format(Math.abs(n))}`);
      }),
      { numRuns: 20_000 }
    );
  });

  it("on the cases that round: halves away from zero on the exact value, negative zero, huge numbers", () => {
    for (const n of [
      0.005, 1.005, 2.675, 1234.565, -0.001, -0, 0, 999.995, 1e21, 1.5e25, 123456789.125,
    ])
      expect(count(n)).toBe(INTL.format(n));
    expect(money(52_000, "CNY")).toBe("¥52,000");
    expect(money(-1234.5, "CNY")).toBe("-¥1,234.5");
    expect(money(1234.567)).toBe("1,234.57");
  });
});

describe("pct", () => {
  it("shows at most one decimal, unbounded as ∞", () => {
    expect(pct(0.305)).toBe("30.5%");
    expect(pct(0.05)).toBe("5%");
    expect(pct(-0.0001)).toBe("0%");
    expect(pct(Infinity)).toBe("∞");
    expect(pct(-Infinity)).toBe("-∞");
  });
});

describe("the row checks' fixed decimals", () => {
  it("money with two decimals always, grouped, no currency", () => {
    expect(fixedMoney(1234.5)).toBe("1,234.50");
    expect(fixedMoney(-1234567.891)).toBe("-1,234,567.89");
    expect(fixedMoney(0)).toBe("0.00");
  });

  it("percent with one decimal always", () => {
    expect(fixedPct(0.05)).toBe("5.0%");
    expect(fixedPct(Infinity)).toBe("∞");
  });
});
