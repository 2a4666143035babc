/**
 * OFFLINE_SOLD_ONLINE: an offline-only product must have no promotion or price on any platform but Offline.
 * Besides the Promotions and Prices rows, the product's own Platforms cell is checked: listing an online
 * platform there gives the SKU a price in force online (its List price), so it breaches too.
 */
import { cellOf, type Hit } from "../finding";
import { DEFAULT_PLATFORMS, OFFLINE_PLATFORM } from "../lists";
import type { Row } from "../plan";
import type { PlanIndex } from "../planIndex";
import { defineRule } from "./rule";
import { tierOf } from "./tierOf";

const RULE = "OFFLINE_SOLD_ONLINE";

/** True when an offline-only product is sold (priced or promoted) on `platform` (a canonical platform name). */
export function offlineSoldOnlineBreach(
  tier: string | null | undefined,
  platform: string
): boolean {
  return tierOf(tier) === "offline-only" && platform !== OFFLINE_PLATFORM;
}

/** The online platforms among an offline-only product's Platforms (empty for other tiers). */
export function onlineListings(
  tier: string | null | undefined,
  platforms: readonly string[]
): string[] {
  return platforms.filter((p) => offlineSoldOnlineBreach(tier, p));
}

const platformZh = (p: string): string => DEFAULT_PLATFORMS.find((e) => e.value === p)?.zh ?? p;

function rowHits(
  rows: readonly Row<{ sku: string; platform: string }>[],
  index: PlanIndex,
  hits: Hit[]
): void {
  for (const r of rows) {
    const product = index.product(r.v.sku);
    if (!product || !offlineSoldOnlineBreach(product.v.tier, r.v.platform)) continue;
    hits.push({
      rule: RULE,
      at: cellOf(r, "platform"),
      related: [cellOf(product, "tier")],
      sku: r.v.sku,
      params: { sku: r.v.sku, platform: r.v.platform, platformZh: platformZh(r.v.platform) },
    });
  }
}

export const offlineSoldOnline = defineRule({
  id: RULE,
  severity: "error",
  reads: ["products.tier", "products.platforms", "promotions.platform", "prices.platform"],
  message: {
    en:
      "Offline-only SKU {{sku}} must not be sold on {{platform}}: change the platform to Offline, remove it, " +
      "or change the SKU's Tier.",
    "zh-CN":
      "线下专供 SKU {{sku}} 不得在{{platformZh}}销售：请把平台改为线下、删除该平台，或修改该 SKU 的层级。",
  },
  check({ plan, index }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const online = onlineListings(p.v.tier, p.v.platforms);
      if (online.length === 0) continue;
      hits.push({
        rule: RULE,
        at: cellOf(p, "platforms"),
        related: [cellOf(p, "tier")],
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          platform: online.join(", "),
          platformZh: online.map(platformZh).join("、"),
        },
      });
    }
    rowHits(plan.promotions, index, hits);
    rowHits(plan.prices, index, hits);
    return hits;
  },
});
