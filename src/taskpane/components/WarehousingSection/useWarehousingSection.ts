import { useMemo } from "react";
import { count, pct } from "../../../core/rules/messageParts";
import { warehousingSummary } from "../../../core/warehousing";
import { usePaneT } from "../../i18n";
import type { WarehousingSectionProps, WarehousingSectionState } from "./WarehousingSection.types";

export function useWarehousingSection({
  plan,
  lang,
}: WarehousingSectionProps): WarehousingSectionState {
  const t = usePaneT();
  const summary = useMemo(() => warehousingSummary(plan, { lang }), [plan, lang]);
  if (summary.regions.length === 0) return { t, message: null, rows: [], details: [] };
  return {
    t,
    message: summary.message,
    rows: summary.regions.map((r) => ({
      region: r.region,
      share: pct(r.share),
      daysSaved:
        r.daysSaved === null ? t("notAvailable") : count(Math.round(r.daysSaved * 10) / 10),
      tag: r.suggested
        ? t("warehousingSuggested")
        : r.servedLocally
          ? null
          : t("warehousingNotLocal"),
      suggested: r.suggested,
    })),
    details: summary.regions.filter((r) => r.suggested).map((r) => r.detail),
  };
}
