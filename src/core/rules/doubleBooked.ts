import { cellOf, type Hit } from "../finding";
import type { Promotion, Row } from "../plan";
import { defineRule } from "./rule";
import { iso } from "./promoHelpers";

/**
 * Same SKU, overlapping promotions on two platforms: points at the Platform of the later-starting one. With equal
 * Starts, at the row further down the sheet (the higher row number): the booking entered first stands.
 * One sweep per SKU in Start order, keeping per platform the promotion seen so far that ends last.
 */
export const doubleBooked = defineRule({
  id: "DOUBLE_BOOKED",
  severity: "warning",
  reads: ["promotions.sku", "promotions.platform", "promotions.start", "promotions.end"],
  message: {
    en: "This SKU is also in a {{otherPlatform}} promotion from {{otherStart}} to {{otherEnd}}, overlapping this {{platform}} promotion ({{start}} to {{end}}).",
    "zh-CN":
      "该 SKU 在 {{otherPlatform}} 的活动（{{otherStart}} 至 {{otherEnd}}）与本 {{platform}} 活动（{{start}} 至 {{end}}）时间重叠。",
  },
  check({ plan, index }) {
    const hits: Hit[] = [];
    const skus = new Set(plan.promotions.map((p) => p.v.sku));
    for (const sku of skus) {
      const lastEnding = new Map<string, Row<Promotion>>();
      for (const p of index.promotionsOf(sku)) {
        const { platform, start, end } = p.v;
        const others = [...lastEnding.values()].filter(
          (o) => o.v.platform !== platform && o.v.end >= start
        );
        if (others.length > 0) {
          const o = others[0];
          hits.push({
            rule: "DOUBLE_BOOKED",
            at: cellOf(p, "platform"),
            params: {
              platform,
              start: iso(start),
              end: iso(end),
              otherPlatform: o.v.platform,
              otherStart: iso(o.v.start),
              otherEnd: iso(o.v.end),
            },
            related: others.map((x) => cellOf(x, "platform")),
            sku,
          });
        }
        const kept = lastEnding.get(platform);
        if (!kept || end > kept.v.end) lastEnding.set(platform, p);
      }
    }
    return hits;
  },
});
