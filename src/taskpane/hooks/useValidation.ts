/** Reads the workbook through the port and validates it; the findings follow the pane's language without a re-read. */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Finding } from "../../core/finding";
import { planReadings } from "../../core/planReadings";
import type { WorkbookPort } from "../../core/port";
import type { Lang } from "../../core/schema/types";
import type { PlanReading } from "../../core/versions/compare/reading";
import { usePortTask } from "./usePortTask";

/**
 * User Timing measures of a validation (DevTools' Performance panel shows them; bench/preview.bench.ts reads them):
 * the read (the port's sheets and readPlan) and the rules (validatePlan). What follows them is the pane's rendering.
 */
export const READ_MEASURE = "ops-planner:read";
export const RULES_MEASURE = "ops-planner:rules";

function measure(name: string, start: number): void {
  if (typeof performance !== "undefined" && typeof performance.measure === "function")
    performance.measure(name, { start, end: performance.now() });
}

interface ReadResult {
  /** The working plan's reading, shared with the Versions tab (src/core/planReadings.ts). */
  reading: PlanReading;
  /** False when the workbook has none of Products, Promotions, Prices, Budget, Daily, Regions. */
  hasPlan: boolean;
}

export interface Validation {
  /** Null until the first validation finished. */
  findings: Finding[] | null;
  hasPlan: boolean;
  busy: boolean;
  error: string | null;
  setError(error: string | null): void;
  validate(): Promise<void>;
}

export function useValidation(port: WorkbookPort, lang: Lang): Validation {
  const task = usePortTask();
  const [read, setRead] = useState<ReadResult | null>(null);
  const latest = useRef(0);
  const { run } = task;

  const validate = useCallback(async () => {
    const id = ++latest.current;
    const result = await run(async () => {
      const start = performance.now();
      // The last reading while the workbook has not changed since (its change token, else its cells), else a new read.
      const reading = await planReadings(port).workingPlan();
      const read: ReadResult = { reading, hasPlan: reading.hasPlan };
      void reading.plan; // readPlan within the read's measure, as before
      measure(READ_MEASURE, start);
      return read;
    });
    // A later run (a click during live re-validation) wins.
    if (result && id === latest.current) setRead(result);
  }, [port, run]);

  const findings = useMemo(() => {
    if (!read) return null;
    const start = performance.now();
    const found = read.reading.findings(lang);
    measure(RULES_MEASURE, start);
    return found;
  }, [read, lang]);

  return {
    findings,
    hasPlan: read?.hasPlan ?? true,
    busy: task.busy,
    error: task.error,
    setError: task.setError,
    validate,
  };
}
