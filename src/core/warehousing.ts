/**
 * The "Warehousing" summary of the task pane: the share of orders per region, which regions are not served by a
 * warehouse of their own (SPLIT_WAREHOUSE's name matching, warehouseServesRegion), where SPLIT_WAREHOUSE suggests a
 * split warehouse, and the delivery days a local warehouse would save.
 *
 * Model: a region served from its own warehouse delivers in LOCAL_DELIVERY_DAYS (1: next-day delivery, the seed's
 * "本来发货三天到的、现在一天就到"). A region shipped from elsewhere saves (Delivery days − 1) days per order when it
 * gets a warehouse (never less than 0; unknown without Delivery days); weighted by its Orders share that is the days
 * saved per order of the whole store: Σ share × (Delivery days − 1), over the suggested regions, or over every region
 * not served locally.
 */
import { cellOf, type CellRef } from "./finding";
import { registerTexts, translator } from "./i18n";
import type { Plan, Region, Row } from "./plan";
import { count, pct } from "./numberText";
import { splitWarehouseBreach, warehouseServesRegion } from "./rules/splitWarehouse";
import type { Lang } from "./schema/types";

export const LOCAL_DELIVERY_DAYS = 1;

export interface RegionWarehousing {
  region: string;
  /** Regions sheet row, and the Suggestion cell a refresh fills. */
  row: number;
  suggestionCell: CellRef;
  /** Orders share, a fraction. */
  share: number;
  warehouse: string | null;
  servedLocally: boolean;
  deliveryDays: number | null;
  /** Days per order a warehouse of its own would save: 0 when served locally, null without Delivery days. */
  daysSaved: number | null;
  /** share × daysSaved. */
  weightedDaysSaved: number | null;
  /** SPLIT_WAREHOUSE breaches here: share ≥ Split-warehouse share and not served locally. */
  suggested: boolean;
  /** The Suggestion column's text ("" when nothing is suggested). */
  suggestion: string;
  /** The region in a sentence. */
  detail: string;
}

export interface WarehousingSummary {
  /** By Orders share, largest first (ties: sheet order). */
  regions: RegionWarehousing[];
  threshold: number;
  /** Sum of the shares (1 when the sheet is complete). */
  shareTotal: number;
  /** Share of orders from regions not served locally. */
  notLocalShare: number;
  /** Order-weighted mean Delivery days over the regions that have one. */
  meanDeliveryDays: number | null;
  /** Days saved per order of the store if the suggested split warehouses opened. */
  daysSavedBySuggested: number;
  /** … if every region had its own warehouse. */
  daysSavedIfAllLocal: number;
  message: string;
}

registerTexts("warehousing", {
  en: {
    // The Regions Suggestion text, as the template's computed column writes it (src/core/compute.ts).
    suggestion: "Open a split warehouse in {{region}}",
    unnamed: "no named warehouse",
    local: "{{region}} ({{share}} of orders) is served by its own warehouse, {{warehouse}}.",
    suggested:
      "{{region}} brings {{share}} of orders (split-warehouse share: {{threshold}}) but ships from {{from}}: open a split warehouse in {{region}}.",
    suggested_days:
      "{{region}} brings {{share}} of orders (split-warehouse share: {{threshold}}) and waits {{days}} days for delivery from {{from}}: " +
      "a warehouse in {{region}} would deliver in about {{local}} day, {{saved}} days sooner.",
    remote:
      "{{region}} ({{share}} of orders) ships from {{from}}, below the split-warehouse share of {{threshold}}.",
    remote_days:
      "{{region}} ({{share}} of orders) ships from {{from}} in {{days}} days, below the split-warehouse share of {{threshold}}.",
    summary:
      "{{notLocal}} of orders come from regions without a warehouse of their own. The suggested split warehouses would save " +
      "{{saved}} delivery days per order on average ({{savedAll}} if every region had its own).",
  },
  "zh-CN": {
    suggestion: "建议在{{region}}设分仓",
    unnamed: "未填写的仓库",
    local: "{{region}}（订单占比 {{share}}）由本地仓库“{{warehouse}}”发货。",
    suggested:
      "{{region}}贡献了 {{share}} 的订单（分仓订单占比：{{threshold}}），却从{{from}}发货：建议在{{region}}设分仓。",
    suggested_days:
      "{{region}}贡献了 {{share}} 的订单（分仓订单占比：{{threshold}}），从{{from}}发货需 {{days}} 天送达：在{{region}}设仓约 {{local}} 天可达，快 {{saved}} 天。",
    remote: "{{region}}（订单占比 {{share}}）从{{from}}发货，低于分仓订单占比 {{threshold}}。",
    remote_days:
      "{{region}}（订单占比 {{share}}）从{{from}}发货，需 {{days}} 天送达，低于分仓订单占比 {{threshold}}。",
    summary:
      "{{notLocal}} 的订单来自没有本地仓库的地区。按建议设分仓，平均每单可少等 {{saved}} 天（所有地区都设仓则少等 {{savedAll}} 天）。",
  },
});

// The Suggestion column is computed (the Region model does not read it), but it is the cell a refresh fills.
type RegionRow = Row<Region & { suggestion?: string }>;

const days = (x: number): string => count(Math.round(x * 100) / 100);

export function warehousingSummary(
  plan: Pick<Plan, "regions" | "settings">,
  opts: { lang: Lang }
): WarehousingSummary {
  const t = translator(opts.lang);
  const threshold = plan.settings.splitWarehouseShare;
  const zh = opts.lang === "zh-CN";
  const regions: RegionWarehousing[] = (plan.regions as RegionRow[]).map((r) => {
    const { region, ordersShare: share, deliveryDays } = r.v;
    const warehouse =
      r.v.warehouse !== undefined && r.v.warehouse.trim() !== "" ? r.v.warehouse.trim() : null;
    const servedLocally = warehouse !== null && warehouseServesRegion(warehouse, region);
    const daysSaved = servedLocally
      ? 0
      : deliveryDays === undefined
        ? null
        : Math.max(0, deliveryDays - LOCAL_DELIVERY_DAYS);
    const suggested = splitWarehouseBreach(share, threshold, warehouse, region);
    const from =
      warehouse === null ? t("warehousing:unnamed") : zh ? `“${warehouse}”` : `"${warehouse}"`;
    const params = {
      region,
      share: pct(share),
      threshold: pct(threshold),
      warehouse: warehouse ?? "",
      from,
      days: deliveryDays === undefined ? "" : days(deliveryDays),
      local: LOCAL_DELIVERY_DAYS,
      saved: daysSaved === null ? "" : days(daysSaved),
    };
    const key = servedLocally
      ? "local"
      : `${suggested ? "suggested" : "remote"}${deliveryDays !== undefined ? "_days" : ""}`;
    return {
      region,
      row: r.row,
      suggestionCell: cellOf(r, "suggestion", "warehouse"),
      share,
      warehouse,
      servedLocally,
      deliveryDays: deliveryDays ?? null,
      daysSaved,
      weightedDaysSaved: daysSaved === null ? null : share * daysSaved,
      suggested,
      suggestion: suggested ? t("warehousing:suggestion", { region }) : "",
      detail: t(`warehousing:${key}`, params),
    };
  });
  regions.sort((a, b) => b.share - a.share || a.row - b.row);
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  const withDays = regions.filter((r) => r.deliveryDays !== null);
  const dayShare = sum(withDays.map((r) => r.share));
  const notLocalShare = sum(regions.filter((r) => !r.servedLocally).map((r) => r.share));
  const daysSavedBySuggested = sum(
    regions.filter((r) => r.suggested).map((r) => r.weightedDaysSaved ?? 0)
  );
  const daysSavedIfAllLocal = sum(regions.map((r) => r.weightedDaysSaved ?? 0));
  return {
    regions,
    threshold,
    shareTotal: sum(regions.map((r) => r.share)),
    notLocalShare,
    meanDeliveryDays:
      dayShare > 0
        ? sum(withDays.map((r) => r.share * (r.deliveryDays as number))) / dayShare
        : null,
    daysSavedBySuggested,
    daysSavedIfAllLocal,
    message: t("warehousing:summary", {
      notLocal: pct(notLocalShare),
      saved: days(daysSavedBySuggested),
      savedAll: days(daysSavedIfAllLocal),
    }),
  };
}
