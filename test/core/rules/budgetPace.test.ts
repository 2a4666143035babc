import { budgetPace } from "../../../src/core/rules/budgetPace";
import type { DailyRow } from "../../../src/core/plan";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

/** `n` days of a channel's spend, one row per platform given. */
function spend(
  channel: string,
  n: number,
  perPlatform: Record<string, number>
): Partial<DailyRow>[] {
  const out: Partial<DailyRow>[] = [];
  for (let i = 0; i < n; i++)
    for (const [platform, adSpend] of Object.entries(perPlatform))
      out.push({ date: d("2027-06-01") + i, platform, channel, visitors: 100, adSpend });
  return out;
}

describe("BUDGET_PACE", () => {
  it("points at Amount when the last 7 recorded days' mean spend × 30 exceeds it by more than the share", () => {
    const plan = planOf({
      budget: [
        { channel: "CPC search ads", amount: 10000 },
        { channel: "Display ads", amount: 6000 },
      ],
      daily: [
        // Earlier days at 1,000 do not count: the last 7 recorded days spend 200 + 200 a day.
        ...spend("CPC search ads", 3, { Tmall: 1000 }),
        ...spend("CPC search ads", 10, { Tmall: 200, JD: 200 }).map((r) => ({
          ...r,
          date: (r.date ?? 0) + 10,
        })),
        ...spend("Display ads", 7, { Tmall: 220 }),
      ],
    });
    const hits = hitsOf(budgetPace, plan);
    expect(hits).toEqual([
      {
        address: "Budget!B2",
        related: [],
        sku: undefined,
        params: {
          channel: "CPC search ads",
          daily: "400",
          days: "7",
          projected: "12,000",
          amount: "10,000",
          over: "20%",
          share: "10%",
        },
      },
    ]);
    expect(render(budgetPace, hits[0].params)).toBe(
      "CPC search ads: spending 400 a day over its last 7 recorded days, a month costs 12,000, 20% over the Amount of 10,000 (more than 10% allowed). Slow the spend or raise the Amount."
    );
  });

  it("exactly at the share is fine; the share is a setting; an Amount of 0 with spend breaches", () => {
    const daily = spend("CPC search ads", 7, { Tmall: 110 });
    expect(
      hitsOf(budgetPace, planOf({ budget: [{ channel: "CPC search ads", amount: 3000 }], daily }))
    ).toEqual([]);
    expect(
      hitsOf(
        budgetPace,
        planOf({
          budget: [{ channel: "CPC search ads", amount: 3000 }],
          daily,
          settings: { budgetPaceShare: 0.05 },
        })
      ).map((h) => h.address)
    ).toEqual(["Budget!B2"]);
    const zero = hitsOf(
      budgetPace,
      planOf({ budget: [{ channel: "CPC search ads", amount: 0 }], daily })
    );
    expect(zero.map((h) => h.params?.over)).toEqual(["∞"]);
  });

  it("is quiet for a channel without Daily rows and for Daily rows without a channel", () => {
    const plan = planOf({
      budget: [{ channel: "Coupons", amount: 1 }],
      daily: spend("CPC search ads", 7, { Tmall: 999 }).map((r) => ({ ...r, channel: undefined })),
    });
    expect(hitsOf(budgetPace, plan)).toEqual([]);
  });
});
