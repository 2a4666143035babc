/** LAUNCH_DATE_MISSING: a launch or presale product needs a Launch date inside the plan year. */
import { cellOf, type Hit } from "../finding";
import type { Serial } from "../plan";
import { defineRule } from "./rule";
import { isoOfSerial } from "../read/dates";
import { registerContexts, tierZh, yearBounds } from "./messageParts";
import { tierOf } from "./tierOf";

const NEEDS_LAUNCH = new Set(["launch", "presale"]);

/** True when the serial day falls in the calendar year. */
export function inYear(date: Serial, year: number): boolean {
  const { first, last } = yearBounds(year);
  const day = Math.floor(date);
  return day >= first && day <= last;
}

/** "missing" (no date), "outsideYear", or null when the product is fine (or its tier needs no launch date). */
export function launchDateMissingBreach(
  tier: string | null | undefined,
  launchDate: Serial | null | undefined,
  planYear: number
): "missing" | "outsideYear" | null {
  if (!NEEDS_LAUNCH.has(tierOf(tier))) return null;
  if (launchDate === null || launchDate === undefined) return "missing";
  return inYear(launchDate, planYear) ? null : "outsideYear";
}

registerContexts("LAUNCH_DATE_MISSING", {
  outsideYear: {
    en:
      "SKU {{sku}} is a {{tier}} product whose Launch date {{launchDate}} is outside plan year {{planYear}}: " +
      "correct the date, or the Plan year in Settings.",
    "zh-CN":
      "SKU {{sku}} 是{{tierZh}}产品，其首发日期 {{launchDate}} 不在计划年度 {{planYear}} 内：请更正日期或设置中的计划年度。",
  },
});

export const launchDateMissing = defineRule({
  id: "LAUNCH_DATE_MISSING",
  severity: "error",
  reads: ["products.tier", "products.launchDate", "settings.planYear"],
  message: {
    en: "SKU {{sku}} is a {{tier}} product without a Launch date: enter its first-sale date in plan year {{planYear}}.",
    "zh-CN":
      "SKU {{sku}} 是{{tierZh}}产品，但没有首发日期：请填写计划年度 {{planYear}} 内的首发日期。",
  },
  check({ plan, settings }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const breach = launchDateMissingBreach(p.v.tier, p.v.launchDate, settings.planYear);
      if (!breach) continue;
      hits.push({
        rule: "LAUNCH_DATE_MISSING",
        at: cellOf(p, "launchDate"),
        related: [cellOf(p, "tier")],
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          tier: p.v.tier,
          tierZh: tierZh(p.v.tier),
          planYear: settings.planYear,
          ...(breach === "outsideYear" && p.v.launchDate !== undefined
            ? { launchDate: isoOfSerial(p.v.launchDate), context: "outsideYear" }
            : {}),
        },
      });
    }
    return hits;
  },
});
