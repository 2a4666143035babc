/** A button that writes one of our output sheets (Review, Dashboard): its busy label, its result line, its conflict. */
import { useId } from "@fluentui/react-components";
import { useState } from "react";
import type { OutputSheetActionProps } from "../components/OutputSheetAction/OutputSheetAction";
import type { PaneT } from "../i18n";
import { outputSheetConflict } from "../model/portError";
import type { PortTask } from "./usePortTask";

type ConflictNext = Parameters<typeof outputSheetConflict>[2];

/** What a tab says of its button; the rest of the action (error, busy line, result) comes from the write. */
export interface OutputSheetButton {
  label: string;
  /** What the spinner says while this button's write runs (else: reading the plan). */
  writingLabel: string;
  enabled: boolean;
  note: string;
  onClick(): void;
}

export interface OutputSheetWrite {
  writing: boolean;
  /**
   * Runs `work`, which calls `named` with the sheet it writes as soon as it knows it (a refused write names it) and
   * resolves to the result line (null: nothing to say).
   */
  start(work: (named: (sheet: string) => void) => Promise<string | null>): void;
  /** The props of the tab's OutputSheetAction. */
  action(button: OutputSheetButton): OutputSheetActionProps;
}

export function useOutputSheetWrite(
  task: PortTask,
  t: PaneT,
  conflictNext: ConflictNext
): OutputSheetWrite {
  const [writing, setWriting] = useState(false);
  /** The last write's result line; null while writing or before the first. */
  const [status, setStatus] = useState<string | null>(null);
  const noteId = useId("output-note-");
  const start: OutputSheetWrite["start"] = (work) => {
    setStatus(null);
    setWriting(true);
    let sheet = "";
    void task
      .run(
        () =>
          work((name) => {
            sheet = name;
          }),
        (err) => outputSheetConflict(err, t, conflictNext, sheet)
      )
      .then((text) => {
        setWriting(false);
        if (text) setStatus(text);
      });
  };
  const action = ({ writingLabel, ...button }: OutputSheetButton): OutputSheetActionProps => ({
    ...button,
    noteId,
    error: task.error,
    errorNext: task.errorNext,
    onDismissError: () => task.setError(null),
    busy: task.busy,
    busyLabel: writing ? writingLabel : t("budgetReading"),
    status,
  });
  return { writing, start, action };
}
