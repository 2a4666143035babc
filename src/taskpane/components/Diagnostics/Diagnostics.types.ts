import type { DiagnosticCheckId, WorkbookPort } from "../../../core/port";
import type { PaneT } from "../../i18n";

export interface DiagnosticsProps {
  port: WorkbookPort;
}

export interface DiagnosticsRow {
  id: DiagnosticCheckId;
  name: string;
  ok: boolean;
  status: string;
  seen: string;
}

export interface DiagnosticsLine {
  label: string;
  value: string;
}

export interface DiagnosticsState {
  t: PaneT;
  /** False where the port has no Excel to check (the browser preview). */
  available: boolean;
  running: boolean;
  /** Why the run itself failed (each check's own failure is in its row). */
  error: string | null;
  rows: DiagnosticsRow[] | null;
  host: DiagnosticsLine[];
  sets: DiagnosticsLine[];
  /** The report as text, for the clipboard (and shown to copy by hand when the clipboard is not there). */
  report: string | null;
  /** The last copy: done, failed (the report is shown instead), or not tried. */
  copied: "done" | "failed" | null;
  run(): void;
  copy(): void;
  dismissError(): void;
}
