import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { readPlan } from "../../../core/read/readPlan";
import { useLiveValidation } from "../../hooks/useLiveValidation";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import {
  dashboardSheetName,
  workbookDashboard,
  workbookSheetName,
} from "../../model/dashboardInputs";
import { outputSheetConflict } from "../../model/portError";
import type { PlanRead } from "../WarehousingSection/WarehousingSection.types";
import type { TrendsTabProps, TrendsTabState } from "./TrendsTab.types";

export function useTrendsTab({ port, lang }: TrendsTabProps): TrendsTabState {
  const t = usePaneT();
  const { run, busy, error, errorNext, setError } = usePortTask();
  const [read, setRead] = useState<PlanRead | null>(null);
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const refreshNoteId = useId("dashboard-note-");
  const lastRead = useRef(0);

  // The read started last is the one shown: a slow earlier read never replaces it.
  const load = useCallback(async (): Promise<PlanRead> => {
    const seq = ++lastRead.current;
    const sheets = await port.readSheets();
    const fresh = { sheets, plan: readPlan({ sheets }) };
    if (seq === lastRead.current) setRead(fresh);
    return fresh;
  }, [port]);

  useEffect(() => {
    void run(load);
  }, [run, load]);

  // The planner edits the plan with the tab open (adds Daily rows, say): the tab reads it again, debounced as live
  // validation is, so the views and the buttons follow. A failed read keeps the last one shown.
  useLiveValidation(port, true, () => {
    load().catch(() => undefined);
  });

  // Reads the plan again: the Daily rows may have changed since the last read.
  const refresh = () => {
    setStatus(null);
    setWriting(true);
    let sheet = "";
    void run(
      async () => {
        const fresh = (await load()).plan;
        if (fresh.daily.length === 0) return null; // the button is disabled now, its note says why
        const { layout, days } = workbookDashboard(fresh, lang);
        sheet = layout.name;
        await port.writeDashboard(layout);
        return t("dashboardRefreshed", { charts: layout.charts.length, days });
      },
      (err) => outputSheetConflict(err, t, "dashboardConflictNext", sheet)
    ).then((text) => {
      setWriting(false);
      if (text) setStatus(text);
    });
  };

  const plan = read?.plan ?? null;
  const hasDaily = plan !== null && plan.daily.length > 0;
  const names = plan ?? { sheetNames: {} };
  const daily = workbookSheetName(names, "daily", lang);
  return {
    t,
    lang,
    intro: t("trendsIntro", { daily }),
    busy,
    busyLabel: writing ? t("dashboardWriting") : t("budgetReading"),
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
    status,
  };
}
