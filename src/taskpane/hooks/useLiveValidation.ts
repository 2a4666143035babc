/** Re-validates, debounced, after a user's edit in a sheet the validator reads (not Findings, Timeline, Dashboard). */
import { useEffect, useRef } from "react";
import type { WorkbookPort } from "../../core/port";
import { identifySheet } from "../../core/read/readPlan";
import type { SheetId } from "../../core/schema/types";

export const LIVE_VALIDATION_DELAY_MS = 500;

const OUTPUT_SHEETS: readonly SheetId[] = ["findings", "timeline", "dashboard", "review"];

/** Whether an edit in this sheet can change the findings (an unknown sheet cannot: the reader skips it). */
export function isInputSheet(sheetName: string): boolean {
  const id = identifySheet(sheetName);
  return id !== undefined && !OUTPUT_SHEETS.includes(id);
}

export function useLiveValidation(
  port: WorkbookPort,
  active: boolean,
  revalidate: () => void,
  delayMs: number = LIVE_VALIDATION_DELAY_MS
): void {
  const latest = useRef(revalidate);
  latest.current = revalidate;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    const onChange = (sheetName: string): void => {
      if (cancelled || !isInputSheet(sheetName)) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!cancelled) latest.current();
      }, delayMs);
    };
    port.onChange(onChange).then(
      (off) => {
        if (cancelled) off();
        else unsubscribe = off;
      },
      () => {
        // No change events from this host: validation stays manual.
      }
    );
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, active, delayMs]);
}
