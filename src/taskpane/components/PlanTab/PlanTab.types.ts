import type { ApplySummary, WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface PlanTabProps {
  port: WorkbookPort;
  lang: Lang;
  onLangChange(lang: Lang): void;
}

export interface LangOption {
  value: Lang;
  label: string;
}

export interface PlanTabState {
  t: PaneT;
  /** The workbook, for the Diagnostics at the bottom. */
  port: WorkbookPort;
  yearText: string;
  /** The year typed, when it is a plan year. */
  year: number | null;
  /** Why the typed year cannot be used, or why the sample cannot be written for it. */
  yearError: string | null;
  onYearText(text: string): void;
  onYearStep(year: number): void;
  lang: Lang;
  langOptions: LangOption[];
  onLangChange(lang: Lang): void;
  busy: boolean;
  /** A long write under way: what it writes and the fraction done (0…1), once the port reports any. */
  progress: { label: string; fraction: number } | null;
  error: string | null;
  /** What to do about `error` when the usual advice does not fit (a planner's own sheet named Timeline). */
  errorNext: string | undefined;
  dismissError(): void;
  /** The last run's summary, and whether that run added the sample. */
  result: { summary: ApplySummary; sample: boolean } | null;
  create(): void;
  addSample(): void;
  writeTimeline(): void;
  /** "Fill platform figures": the published figures into the Platforms sheet's blank cells. */
  fillPlatformFigures(): void;
  /** The note under "Fill platform figures". */
  platformNoteId: string;
  /** What the last "Fill platform figures" did. */
  platformResult: string | null;
  /** The note under "Write Timeline sheet", which describes the button. */
  timelineNoteId: string;
  /** What the last "Write Timeline sheet" did. */
  timelineResult: string | null;
}
