import { useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { regionSuggestionFill, type RegionSuggestionFill } from "../../../core/regionSuggestions";
import { count, pct } from "../../../core/numberText";
import { warehousingSummary } from "../../../core/warehousing";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT, type PaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import type {
  WarehousingRowView,
  WarehousingSectionProps,
  WarehousingSectionState,
} from "./WarehousingSection.types";

/** How many kept cells the result names; the others are counted. */
const KEPT_SHOWN = 3;

/** Whether the button has anything to do: cells to write, or the planner's cells to report as kept. */
const hasRows = (f: RegionSuggestionFill): boolean => f.cells.length > 0 || f.kept.length > 0;

function fillNoteOf(t: PaneT, f: RegionSuggestionFill): string {
  if (f.sheet === null) return t("fillSuggestionsNoSheet");
  if (f.column === null || f.header === null)
    return t("fillSuggestionsNoColumn", { sheet: f.sheet });
  if (!hasRows(f)) return t("fillSuggestionsNoRows", { sheet: f.sheet });
  return t("fillSuggestionsNote", { sheet: f.sheet, header: f.header, column: f.column });
}

/** What a fill did: the regions given a suggestion, and the cells it left alone because the planner typed in them. */
function fillResult(t: PaneT, f: RegionSuggestionFill): string {
  const params = { suggested: f.suggested, regions: f.regions };
  if (f.kept.length === 0) return t("suggestionsFilled", params);
  const shown = f.kept
    .slice(0, KEPT_SHOWN)
    .map((k) => k.address)
    .join(t("listSeparator"));
  const more = f.kept.length - KEPT_SHOWN;
  const cells = more > 0 ? t("cellsAndMore", { cells: shown, more }) : shown;
  return f.kept.length === 1
    ? t("suggestionsFilledKeptOne", { ...params, cells })
    : t("suggestionsFilledKeptMany", { ...params, kept: f.kept.length, cells });
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
  const target = useMemo(() => regionSuggestionFill(sheets, plan), [sheets, plan]);

  // Reads the workbook again first: the planner may have edited Regions since the tab read it.
  const fill = () => {
    setStatus(null);
    void run(async () => {
      const fresh = await reload();
      const f = regionSuggestionFill(fresh.sheets, fresh.plan);
      if (!hasRows(f)) return null; // the button is disabled now, its note says why
      if (f.cells.length > 0)
        await port.writeCells(f.cells.map(({ address, value }) => ({ address, value })));
      return fillResult(t, f);
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
    empty: t("warehousingEmpty", { sheet: workbookSheetName(plan, "regions", lang) }),
    rows,
    details: summary.regions.filter((r) => r.suggested).map((r) => r.detail),
    canFill: !busy && hasRows(target),
    fillNote: fillNoteOf(t, target),
    fillNoteId,
    fill,
    busy,
    error,
    dismissError: () => setError(null),
    status,
  };
}
