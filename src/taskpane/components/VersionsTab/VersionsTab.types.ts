import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { VersionInfo } from "../../../core/versions/versionsSheet";
import type { PaneT } from "../../i18n";
import type { ComparisonView } from "../../model/comparisonView";

export interface VersionsTabProps {
  port: WorkbookPort;
  lang: Lang;
}

/** A side of a comparison: the working plan, or a version by id. */
export type Side = "plan" | `${number}`;

export interface VersionView {
  info: VersionInfo;
  savedAt: string;
}

export interface RestoreDialog {
  version: VersionInfo;
  backup: string;
  /** What restoring changes in the working plan (undefined: nothing). */
  changes: ComparisonView | undefined;
}

export interface VersionsTabState {
  t: PaneT;
  busy: boolean;
  error: string | null;
  errorNext: string | undefined;
  dismissError(): void;
  status: string | null;
  name: string;
  setName(v: string): void;
  note: string;
  setNote(v: string): void;
  baseline: boolean;
  setBaseline(v: boolean): void;
  save(): void;
  loaded: boolean;
  versions: VersionView[];
  markBaseline(id: number): void;
  from: Side;
  to: Side;
  setFrom(v: string): void;
  setTo(v: string): void;
  sides: { value: Side; label: string }[];
  compare(): void;
  compareWithPlan(id: number): void;
  comparison: { title: string; view: ComparisonView } | null;
  writeChanges(): void;
  askRestore(v: VersionInfo): void;
  restoreDialog: RestoreDialog | null;
  closeRestore(): void;
  restore(): void;
}
