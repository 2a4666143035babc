/** A tab's read of the plan: read on mount, again after the planner's edits; the read started last wins. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Plan } from "../../core/plan";
import type { WorkbookPort } from "../../core/port";
import { readPlan, type SheetInput } from "../../core/read/readPlan";
import type { PortTask } from "./usePortTask";
import { useLiveValidation } from "./useLiveValidation";

/** One read of the workbook: its sheets and the plan read from them. */
export interface PlanRead {
  plan: Plan;
  sheets: SheetInput[];
}

export interface LivePlanRead {
  /** The last read shown; null before the first read ends. */
  read: PlanRead | null;
  /** Reads the workbook again and shows it (unless a later read started meanwhile); rejects on a port failure. */
  load(): Promise<PlanRead>;
}

export function useLivePlanRead(port: WorkbookPort, run: PortTask["run"]): LivePlanRead {
  const [read, setRead] = useState<PlanRead | null>(null);
  const lastRead = useRef(0);

  // A slow earlier read never replaces a later one.
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

  // Rows typed with the tab open show at once, debounced as live validation is; a failed read keeps the last one shown.
  useLiveValidation(port, true, () => {
    load().catch(() => undefined);
  });

  return { read, load };
}
