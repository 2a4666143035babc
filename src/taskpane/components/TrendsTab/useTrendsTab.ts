import { useId } from "@fluentui/react-components";
import { useLivePlanRead } from "../../hooks/useLivePlanRead";
import { useOutputSheetWrite } from "../../hooks/useOutputSheetWrite";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import {
  dashboardSheetName,
  workbookDashboard,
  workbookSheetName,
} from "../../model/dashboardInputs";
import type { TrendsTabProps, TrendsTabState } from "./TrendsTab.types";

export function useTrendsTab({ port, lang }: TrendsTabProps): TrendsTabState {
  const t = usePaneT();
  const { run, busy, error, errorNext, setError } = usePortTask();
  const { read, load } = useLivePlanRead(port, run);
  const output = useOutputSheetWrite(run, t, "dashboardConflictNext");
  const refreshNoteId = useId("dashboard-note-");

  // Reads the plan again: the Daily rows may have changed since the last read.
  const refresh = () =>
    output.start(async (named) => {
      const fresh = (await load()).plan;
      if (fresh.daily.length === 0) return null; // the button is disabled now, its note says why
      const { layout, days } = workbookDashboard(fresh, lang);
      named(layout.name);
      await port.writeDashboard(layout);
      return t("dashboardRefreshed", { charts: layout.charts.length, days });
    });

  const plan = read?.plan ?? null;
  const hasDaily = plan !== null && plan.daily.length > 0;
  const names = plan ?? { sheetNames: {} };
  const daily = workbookSheetName(names, "daily", lang);
  return {
    t,
    lang,
    intro: t("trendsIntro", { daily }),
    busy,
    busyLabel: output.writing ? t("dashboardWriting") : t("budgetReading"),
    error,
    errorNext,
    dismissError: () => setError(null),
    plan,
    sheets: read?.sheets ?? null,
    port,
    reload: load,
    canRefresh: !busy && hasDaily,
    refreshNote:
      plan !== null && !hasDaily
        ? t("dashboardNoDaily", { sheet: daily })
        : t("dashboardNote", { sheet: dashboardSheetName(names, lang), daily }),
    refreshNoteId,
    refresh,
    status: output.status,
  };
}
