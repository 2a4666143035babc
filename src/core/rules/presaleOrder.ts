/** PRESALE_ORDER: a presale product's Presale start must be given and come before its Launch date. */
import { cellOf, type Hit } from "../finding";
import type { Serial } from "../plan";
import { defineRule } from "./rule";
import { isoOfSerial } from "../read/dates";
import { NONE } from "./paramFormat";
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

export const presaleOrder = defineRule({
  id: "PRESALE_ORDER",
  severity: "error",
  reads: ["products.tier", "products.presaleStart", "products.launchDate"],
  message: {
    en: "Presale SKU {{sku}}: the Presale start ({{presaleStart}}) must be a date before the Launch date ({{launchDate}}).",
    "zh-CN":
      "预售 SKU {{sku}}：预售开始日期（{{presaleStart}}）必须早于首发日期（{{launchDate}}）。",
  },
  check({ plan }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const { presaleStart, launchDate } = p.v;
      if (!presaleOrderBreach(p.v.tier, presaleStart, launchDate)) continue;
      hits.push({
        rule: "PRESALE_ORDER",
        at: cellOf(p, "presaleStart"),
        related: launchDate === undefined ? [] : [cellOf(p, "launchDate")],
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          presaleStart: presaleStart === undefined ? NONE : isoOfSerial(presaleStart),
          launchDate: launchDate === undefined ? NONE : isoOfSerial(launchDate),
        },
      });
    }
    return hits;
  },
});
