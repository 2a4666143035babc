import { useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { regionSuggestionFill, type RegionSuggestionFill } from "../../../core/regionSuggestions";
import { count, pct } from "../../../core/rules/messageParts";
import { warehousingSummary } from "../../../core/warehousing";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT, type PaneT } from "../../i18n";
import type {
  WarehousingRowView,
  WarehousingSectionProps,
  WarehousingSectionState,
} from "./WarehousingSection.types";

function fillNoteOf(t: PaneT, f: RegionSuggestionFill): string {
  if (f.sheet === null) return t("fillSuggestionsNoSheet");
  if (f.column === null || f.header === null)
    return t("fillSuggestionsNoColumn", { sheet: f.sheet });
  if (f.cells.length === 0) return t("fillSuggestionsNoRows", { sheet: f.sheet });
  return t("fillSuggestionsNote", { sheet: f.sheet, header: f.header, column: f.column });
}

export function useWarehousingSection({
  plan,
  sheets,
  lang,
  port,
  reload,
}: WarehousingSectionProps): WarehousingSectionState {
  const t = usePaneT();
  const { run, busy, error, setError } = usePortTask();
  const [status, setStatus] = useState<string | null>(null);
  const fillNoteId = useId("suggestions-note-");
  const summary = useMemo(() => warehousingSummary(plan, { lang }), [plan, lang]);
  const target = useMemo(() => regionSuggestionFill(sheets, plan, { lang }), [sheets, plan, lang]);

  // Reads the workbook again first: the planner may have edited Regions since the tab read it.
  const fill = () => {
    setStatus(null);
    void run(async () => {
      const fresh = await reload();
      const f = regionSuggestionFill(fresh.sheets, fresh.plan, { lang });
      if (f.cells.length === 0) return null; // the button is disabled now, its note says why
      await port.writeCells(f.cells.map(({ address, value }) => ({ address, value })));
      return t("suggestionsFilled", { suggested: f.suggested, regions: f.cells.length });
    }).then((text) => {
      if (text) setStatus(text);
    });
  };

  const rows: WarehousingRowView[] = summary.regions.map((r) => ({
    region: r.region,
    share: pct(r.share),
    daysSaved: r.daysSaved === null ? t("notAvailable") : count(Math.round(r.daysSaved * 10) / 10),
    tag: r.suggested
      ? t("warehousingSuggested")
      : r.servedLocally
        ? null
        : t("warehousingNotLocal"),
    suggested: r.suggested,
  }));
  return {
    t,
    message: summary.regions.length === 0 ? null : summary.message,
    rows,
    details: summary.regions.filter((r) => r.suggested).map((r) => r.detail),
    canFill: !busy && target.cells.length > 0,
    fillNote: fillNoteOf(t, target),
    fillNoteId,
    fill,
    busy,
    error,
    dismissError: () => setError(null),
    status,
  };
}
