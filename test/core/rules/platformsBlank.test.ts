/**
 * Issue 16's promise: a plan whose Platforms sheet is blank or missing gives exactly the findings it gave before.
 * The oracle is the rules as they were (test/core/rules/legacy/, copied from main before the issue), run on random
 * plans beside today's rules; the platform-only rules must find nothing there.
 */
import fc from "fast-check";
import type { Hit } from "../../../src/core/finding";
import type { PlatformProfileRow, Plan } from "../../../src/core/plan";
import { buildIndex } from "../../../src/core/planIndex";
import { RULES } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules/rule";
import { d, planOf, rowsOf, type PlanInput } from "../fixtures";
import * as legacy from "./legacy";

const PLATFORMS = ["Tmall", "JD", "Pinduoduo", "Douyin"];
const SKUS = ["S1", "S2", "S3"];
const BASE = d("2027-05-01");

const product = fc.record({
  sku: fc.constantFrom(...SKUS),
  tier: fc.constantFrom("secondary", "hero", "offline-only"),
  listPrice: fc.integer({ min: 50, max: 150 }),
  platforms: fc.subarray([...PLATFORMS, "Offline"]),
});

const promotion = fc
  .record({
    sku: fc.constantFrom(...SKUS),
    platform: fc.constantFrom(...PLATFORMS),
    start: fc.integer({ min: 0, max: 90 }),
    length: fc.integer({ min: 1, max: 10 }),
    promoPrice: fc.integer({ min: 40, max: 150 }),
    coupon: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    postPromoPrice: fc.option(fc.integer({ min: 40, max: 160 }), { nil: undefined }),
  })
  .map(({ start, length, ...p }) => ({
    ...p,
    start: BASE + start,
    end: BASE + start + length - 1,
  }));

const price = fc
  .record({
    sku: fc.constantFrom(...SKUS),
    platform: fc.constantFrom(...PLATFORMS),
    price: fc.integer({ min: 40, max: 160 }),
    effectiveFrom: fc.integer({ min: -20, max: 120 }),
  })
  .map((p) => ({ ...p, effectiveFrom: BASE + p.effectiveFrom }));

const event = fc
  .record({
    event: fc.constant("618"),
    from: fc.integer({ min: 0, max: 90 }),
    length: fc.integer({ min: 1, max: 20 }),
    kind: fc.constantFrom("festival" as const, "shutdown" as const),
    maxPromoDays: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
  .map(({ from, length, ...e }) => ({ ...e, from: BASE + from, to: BASE + from + length - 1 }));

const settings = fc.record({
  maxPromoDays: fc.integer({ min: 1, max: 10 }),
  minDaysBetweenPromos: fc.integer({ min: 0, max: 40 }),
  protectionDays: fc.integer({ min: 0, max: 10 }),
  postPromoDays: fc.integer({ min: 0, max: 30 }),
  referencePriceDays: fc.integer({ min: 0, max: 30 }),
  priceSpreadTolerance: fc.constantFrom(0, 0.05, 0.1, 0.2),
});

/** A Platforms sheet that is missing, empty, or has rows naming platforms with every figure blank. */
const blankPlatforms = fc.oneof(
  fc.constant<"missing">("missing"),
  fc.constant<Partial<PlatformProfileRow>[]>([]),
  fc
    .subarray(PLATFORMS, { minLength: 1 })
    .map((names) => names.map((platform) => ({ platform, note: "check the year's announcement" })))
);

const plans = fc
  .record({
    products: fc.uniqueArray(product, { selector: (p) => p.sku, maxLength: 3 }),
    promotions: fc.array(promotion, { maxLength: 8 }),
    prices: fc.array(price, { maxLength: 10 }),
    calendar: fc.array(event, { maxLength: 3 }),
    settings,
    platforms: blankPlatforms,
  })
  .map(({ platforms, ...input }): Plan => {
    const plan = planOf(input as PlanInput);
    if (platforms === "missing") delete plan.platforms;
    else plan.platforms = rowsOf("platforms", platforms as PlatformProfileRow[]);
    return plan;
  });

const hits = (rule: Rule, plan: Plan): Hit[] =>
  rule.check({ plan, settings: plan.settings, index: buildIndex(plan) });

const ruleOf = (id: string): Rule => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

/** Today's rule beside the rule before issue 16. */
const PAIRS: [Rule, Rule][] = [
  [ruleOf("PROMO_TOO_LONG"), legacy.promoTooLong],
  [ruleOf("PROMO_TOO_FREQUENT"), legacy.promoTooFrequent],
  [ruleOf("PROMO_PRICE_REUSED"), legacy.promoPriceReused],
  [ruleOf("PROTECTION_UNDERCUT"), legacy.protectionUndercut],
  [ruleOf("PRICE_SPREAD"), legacy.priceSpread],
  [ruleOf("FAKE_DISCOUNT"), legacy.fakeDiscount],
  [ruleOf("LOGISTICS_SHUTDOWN"), legacy.logisticsShutdown],
];

/** Rules issue 16 added: with a blank Platforms sheet and no presale row they find nothing. */
const PLATFORM_ONLY_RULES = [
  "PRICE_PROTECTION",
  "PRESALE_WINDOWS",
  "PRESALE_DEPOSIT",
  "PRESALE_NOT_LOWEST",
  "SPOT_UNDERCUTS_PRESALE",
  "PRESALE_STOCK_LATE",
];

describe("a blank or missing Platforms sheet", () => {
  it("gives exactly the findings of the rules before issue 16", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        for (const [now, before] of PAIRS) expect(hits(now, plan)).toEqual(hits(before, plan));
        for (const id of PLATFORM_ONLY_RULES) expect(hits(ruleOf(id), plan)).toEqual([]);
      }),
      { numRuns: 300, seed: 16 }
    );
  });

  it("is a test that can fail: a Platforms figure changes what the same rules find", () => {
    const input: PlanInput = {
      products: [{ sku: "S1", platforms: ["Tmall", "JD"] }],
      promotions: [
        {
          sku: "S1",
          platform: "Tmall",
          start: d("2027-06-01"),
          end: d("2027-06-03"),
          promoPrice: 80,
        },
        { sku: "S1", platform: "JD", start: d("2027-06-20"), end: d("2027-06-21"), promoPrice: 80 },
      ],
    };
    const plan = planOf({ ...input, platforms: [{ platform: "JD", minDaysBetweenPromos: 10 }] });
    const [now, before] = PAIRS[1];
    expect(hits(before, plan)).toHaveLength(1);
    expect(hits(now, plan)).toEqual([]);
  });
});
