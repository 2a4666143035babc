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
  const task = usePortTask();
  const { read, load } = useLivePlanRead(port, task.run);
  const output = useOutputSheetWrite(task, t, "dashboardConflictNext");

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
    lang,
    intro: t("trendsIntro", { daily }),
    action: output.action({
      label: t("refreshDashboard"),
      writingLabel: t("dashboardWriting"),
      enabled: !task.busy && hasDaily,
      note:
        plan !== null && !hasDaily
          ? t("dashboardNoDaily", { sheet: daily })
          : t("dashboardNote", { sheet: dashboardSheetName(names, lang), daily }),
      onClick: refresh,
    }),
    plan,
    sheets: read?.sheets ?? null,
    port,
    reload: load,
  };
}
