/** WAREHOUSE_LATE: goods must be in the warehouse a lead time before the launch or the first promotion, whichever is earlier. */
import { cellOf, type CellRef, type Hit } from "../finding";
import type { Serial } from "../plan";
import { registerContexts } from "./messageParts";
import { defineRule } from "./rule";
import { isoOfSerial } from "../read/dates";

type Opt<T> = T | null | undefined;

const known = (d: Opt<Serial>): d is Serial => typeof d === "number" && Number.isFinite(d);

/** The earlier of launch date and first promotion start, or undefined when neither is known. */
export function warehouseBasis(
  launchDate: Opt<Serial>,
  firstPromoStart: Opt<Serial>
): Serial | undefined {
  if (known(launchDate) && known(firstPromoStart))
    return Math.min(Math.floor(launchDate), Math.floor(firstPromoStart));
  if (known(launchDate)) return Math.floor(launchDate);
  if (known(firstPromoStart)) return Math.floor(firstPromoStart);
  return undefined;
}

/** The last day goods may enter the warehouse, or undefined when there is nothing to be in time for. */
export function warehouseDeadline(
  launchDate: Opt<Serial>,
  firstPromoStart: Opt<Serial>,
  leadDays: number
): Serial | undefined {
  const basis = warehouseBasis(launchDate, firstPromoStart);
  return basis === undefined ? undefined : basis - leadDays;
}

/** True when the entry is later than the deadline (exactly lead days before is in time). No entry is WAREHOUSE_MISSING's business. */
export function warehouseLateBreach(
  warehouseEntry: Opt<Serial>,
  launchDate: Opt<Serial>,
  firstPromoStart: Opt<Serial>,
  leadDays: number
): boolean {
  if (!known(warehouseEntry)) return false;
  const deadline = warehouseDeadline(launchDate, firstPromoStart, leadDays);
  return deadline !== undefined && Math.floor(warehouseEntry) > deadline;
}

registerContexts("WAREHOUSE_LATE", {
  promotion: {
    en:
      "SKU {{sku}}: Warehouse entry {{entry}} is {{lateDays}} day(s) too late. Goods must be in the warehouse by " +
      "{{deadline}}, {{leadDays}} days before its first promotion starts on {{basisDate}}.",
    "zh-CN":
      "SKU {{sku}}：入仓日期 {{entry}} 晚了 {{lateDays}} 天。货品须在 {{deadline}} 前入仓，即首个活动开始日 {{basisDate}} 之前 {{leadDays}} 天。",
  },
});

export const warehouseLate = defineRule({
  id: "WAREHOUSE_LATE",
  severity: "error",
  reads: [
    "products.warehouseEntry",
    "products.launchDate",
    "promotions.start",
    "settings.warehouseLeadDays",
  ],
  message: {
    en:
      "SKU {{sku}}: Warehouse entry {{entry}} is {{lateDays}} day(s) too late. Goods must be in the warehouse by " +
      "{{deadline}}, {{leadDays}} days before the launch on {{basisDate}}.",
    "zh-CN":
      "SKU {{sku}}：入仓日期 {{entry}} 晚了 {{lateDays}} 天。货品须在 {{deadline}} 前入仓，即首发日 {{basisDate}} 之前 {{leadDays}} 天。",
  },
  check({ plan, settings, index }) {
    const lead = settings.warehouseLeadDays;
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const entry = p.v.warehouseEntry;
      const launch = p.v.launchDate;
      const firstPromo = index.promotionsOf(p.v.sku)[0];
      if (!warehouseLateBreach(entry, launch, firstPromo?.v.start, lead) || entry === undefined)
        continue;
      const basis = warehouseBasis(launch, firstPromo?.v.start) as Serial;
      // A tie between launch date and first promotion points at the launch date.
      const byLaunch = launch !== undefined && Math.floor(launch) === basis;
      const basisRef: CellRef = byLaunch ? cellOf(p, "launchDate") : cellOf(firstPromo, "start");
      const deadline = basis - lead;
      hits.push({
        rule: "WAREHOUSE_LATE",
        at: cellOf(p, "warehouseEntry"),
        related: [basisRef],
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          entry: isoOfSerial(entry),
          deadline: isoOfSerial(deadline),
          basisDate: isoOfSerial(basis),
          leadDays: lead,
          lateDays: Math.floor(entry) - deadline,
          ...(byLaunch ? {} : { context: "promotion" }),
        },
      });
    }
    return hits;
  },
});
