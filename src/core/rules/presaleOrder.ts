/** PRESALE_ORDER: a presale product's Presale start must be given and come before its Launch date. */
import { cellOf, type Hit } from "../finding";
import type { Serial } from "../plan";
import { defineRule } from "./rule";
import { isoOfSerial } from "../read/dates";
import { registerContexts } from "./messageParts";
import { tierOf } from "./tierOf";

/**
 * "missing" (no Presale start), "notBefore" (on or after the Launch date), or null.
 * Without a Launch date only a missing Presale start breaches (LAUNCH_DATE_MISSING reports the launch date).
 */
export function presaleOrderBreach(
  tier: string | null | undefined,
  presaleStart: Serial | null | undefined,
  launchDate: Serial | null | undefined
): "missing" | "notBefore" | null {
  if (tierOf(tier) !== "presale") return null;
  if (presaleStart === null || presaleStart === undefined) return "missing";
  if (launchDate === null || launchDate === undefined) return null;
  return Math.floor(presaleStart) < Math.floor(launchDate) ? null : "notBefore";
}

registerContexts("PRESALE_ORDER", {
  missing: {
    en: "Presale SKU {{sku}} has no Presale start: enter the day presale opens, before the Launch date {{launchDate}}.",
    "zh-CN":
      "预售 SKU {{sku}} 没有预售开始日期：请填写预售开始日期，须早于首发日期 {{launchDate}}。",
  },
  missingNoLaunch: {
    en: "Presale SKU {{sku}} has no Presale start: enter the day presale opens, before the launch.",
    "zh-CN": "预售 SKU {{sku}} 没有预售开始日期：请填写预售开始日期，须早于首发。",
  },
});

export const presaleOrder = defineRule({
  id: "PRESALE_ORDER",
  severity: "error",
  reads: ["products.tier", "products.presaleStart", "products.launchDate"],
  message: {
    en: "Presale SKU {{sku}}: the Presale start {{presaleStart}} is not before the Launch date {{launchDate}}: presale must open before launch.",
    "zh-CN":
      "预售 SKU {{sku}}：预售开始日期 {{presaleStart}} 不早于首发日期 {{launchDate}}：预售必须在首发之前开始。",
  },
  check({ plan }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const { presaleStart, launchDate } = p.v;
      const breach = presaleOrderBreach(p.v.tier, presaleStart, launchDate);
      if (!breach) continue;
      hits.push({
        rule: "PRESALE_ORDER",
        at: cellOf(p, "presaleStart"),
        related: launchDate === undefined ? [] : [cellOf(p, "launchDate")],
        sku: p.v.sku,
        params:
          launchDate === undefined
            ? { sku: p.v.sku, context: "missingNoLaunch" }
            : presaleStart === undefined
              ? { sku: p.v.sku, launchDate: isoOfSerial(launchDate), context: "missing" }
              : {
                  sku: p.v.sku,
                  presaleStart: isoOfSerial(presaleStart),
                  launchDate: isoOfSerial(launchDate),
                },
      });
    }
    return hits;
  },
});
