import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { readPlan } from "../../../core/read/readPlan";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import { dashboardSheetName, workbookDashboard } from "../../model/dashboardInputs";
import type { PlanRead } from "../WarehousingSection/WarehousingSection.types";
import type { TrendsTabProps, TrendsTabState } from "./TrendsTab.types";

export function useTrendsTab({ port, lang }: TrendsTabProps): TrendsTabState {
  const t = usePaneT();
  const { run, busy, error, setError } = usePortTask();
  const [read, setRead] = useState<PlanRead | null>(null);
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const refreshNoteId = useId("dashboard-note-");

  const load = useCallback(async (): Promise<PlanRead> => {
    const sheets = await port.readSheets();
    const fresh = { sheets, plan: readPlan({ sheets }) };
    setRead(fresh);
    return fresh;
  }, [port]);

  useEffect(() => {
    void run(load);
  }, [run, load]);

  // Reads the plan again: the Daily rows may have changed since the tab opened.
  const refresh = () => {
    setStatus(null);
    setWriting(true);
    void run(async () => {
      const fresh = (await load()).plan;
      if (fresh.daily.length === 0) return null; // the button is disabled now, its note says why
      const { layout, days } = workbookDashboard(fresh, lang);
      await port.writeDashboard(layout);
      return t("dashboardRefreshed", { charts: layout.charts.length, days });
    }).then((text) => {
      setWriting(false);
      if (text) setStatus(text);
    });
  };

  const plan = read?.plan ?? null;
  const hasDaily = plan !== null && plan.daily.length > 0;
  return {
    t,
    lang,
    busy,
    busyLabel: writing ? t("dashboardWriting") : t("budgetReading"),
    error,
    dismissError: () => setError(null),
    plan,
    sheets: read?.sheets ?? null,
    port,
    reload: load,
    canRefresh: !busy && hasDaily,
    refreshNote:
      plan !== null && !hasDaily
        ? t("dashboardNoDaily")
        : t("dashboardNote", { sheet: dashboardSheetName(plan ?? { sheetNames: {} }, lang) }),
    refreshNoteId,
    refresh,
    status,
  };
}
