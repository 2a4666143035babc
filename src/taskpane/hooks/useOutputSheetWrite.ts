/** A button that writes one of our output sheets (Review, Dashboard): its busy label, its result line, its conflict. */
import { useState } from "react";
import type { PaneT } from "../i18n";
import { outputSheetConflict } from "../model/portError";
import type { PortTask } from "./usePortTask";

type ConflictNext = Parameters<typeof outputSheetConflict>[2];

export interface OutputSheetWrite {
  writing: boolean;
  /** The last write's result line; null while writing or before the first. */
  status: string | null;
  /**
   * Runs `work`, which calls `named` with the sheet it writes as soon as it knows it (a refused write names it) and
   * resolves to the result line (null: nothing to say).
   */
  start(work: (named: (sheet: string) => void) => Promise<string | null>): void;
}

export function useOutputSheetWrite(
  run: PortTask["run"],
  t: PaneT,
  conflictNext: ConflictNext
): OutputSheetWrite {
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const start: OutputSheetWrite["start"] = (work) => {
    setStatus(null);
    setWriting(true);
    let sheet = "";
    void run(
      () =>
        work((name) => {
          sheet = name;
        }),
      (err) => outputSheetConflict(err, t, conflictNext, sheet)
    ).then((text) => {
      setWriting(false);
      if (text) setStatus(text);
    });
  };
  return { writing, status, start };
}
