/** HERO_UNSUPPORTED: a hero (main push) product should have at least one promotion starting in the plan year. */
import { cellOf, type Hit } from "../finding";
import type { Promotion, Row } from "../plan";
import { lastOnOrBefore } from "../planIndex";
import { defineRule } from "./rule";
import { yearBounds } from "./messageParts";
import { tierOf } from "./tierOf";

/** True for a hero whose promotions (sorted by Start) have none starting in the plan year. */
export function heroUnsupportedBreach(
  tier: string | null | undefined,
  promotionsByStart: readonly Row<Promotion>[],
  planYear: number
): boolean {
  if (tierOf(tier) !== "hero") return false;
  const { first, last } = yearBounds(planYear);
  const i = lastOnOrBefore(promotionsByStart, last, (r) => Math.floor(r.v.start));
  return i < 0 || Math.floor(promotionsByStart[i].v.start) < first;
}

export const heroUnsupported = defineRule({
  id: "HERO_UNSUPPORTED",
  severity: "warning",
  reads: ["products.tier", "promotions.start", "settings.planYear"],
  message: {
    en:
      "Hero SKU {{sku}} has no promotion starting in {{planYear}}: a main-push product needs promotions " +
      "(e.g. 618, Double 11) — add some, or change its Tier.",
    "zh-CN":
      "主推 SKU {{sku}} 在 {{planYear}} 年没有任何活动：主推产品需要活动资源（如 618、双11），请添加活动或修改层级。",
  },
  check({ plan, settings, index }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      if (!heroUnsupportedBreach(p.v.tier, index.promotionsOf(p.v.sku), settings.planYear))
        continue;
      hits.push({
        rule: "HERO_UNSUPPORTED",
        at: cellOf(p, "tier"),
        related: [],
        sku: p.v.sku,
        params: { sku: p.v.sku, planYear: settings.planYear },
      });
    }
    return hits;
  },
});
