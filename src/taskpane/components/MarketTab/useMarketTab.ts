import { useCallback, useEffect, useRef, useState } from "react";
import type { Plan } from "../../../core/plan";
import { readPlan } from "../../../core/read/readPlan";
import { useLiveValidation } from "../../hooks/useLiveValidation";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import type { MarketTabProps, MarketTabState } from "./MarketTab.types";

export function useMarketTab({ port, lang }: MarketTabProps): MarketTabState {
  const t = usePaneT();
  const { run, busy, error, setError } = usePortTask();
  const [plan, setPlan] = useState<Plan | null>(null);
  const lastRead = useRef(0);

  // The read started last is the one shown: a slow earlier read never replaces it.
  const load = useCallback(async (): Promise<Plan> => {
    const seq = ++lastRead.current;
    const fresh = readPlan({ sheets: await port.readSheets() });
    if (seq === lastRead.current) setPlan(fresh);
    return fresh;
  }, [port]);

  useEffect(() => {
    void run(load);
  }, [run, load]);

  // The tab follows the planner's edits, debounced as live validation is; a failed read keeps the last one shown.
  useLiveValidation(port, true, () => {
    load().catch(() => undefined);
  });

  return { t, lang, busy, error, dismissError: () => setError(null), plan };
}
