import type { Plan } from "../../../core/plan";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { SheetInput } from "../../../core/read/readPlan";
import type { PaneT } from "../../i18n";
import type { PlanRead } from "../WarehousingSection/WarehousingSection.types";

export interface TrendsTabProps {
  port: WorkbookPort;
  lang: Lang;
}

export interface TrendsTabState {
  t: PaneT;
  lang: Lang;
  /** What the tab shows, naming the workbook's own Daily sheet. */
  intro: string;
  busy: boolean;
  /** What the spinner says while busy: reading the plan, or writing the charts. */
  busyLabel: string;
  error: string | null;
  /** What to do about `error` when the usual advice does not fit (a planner's own sheet named Dashboard). */
  errorNext: string | undefined;
  dismissError(): void;
  /** null until the plan was read once. */
  plan: Plan | null;
  /** The sheets that plan was read from (the Warehousing section finds the Regions Suggestion column in them). */
  sheets: SheetInput[] | null;
  port: WorkbookPort;
  /** Reads the workbook again and shows the fresh plan. */
  reload(): Promise<PlanRead>;
  /**
   * False while busy, before the plan was read, and when the Daily sheet has no rows. The tab reads the plan again
   * after each edit, so adding Daily rows turns it on. Disabled, the button keeps its focus and its note.
   */
  canRefresh: boolean;
  /** Under the button: why it is disabled (no Daily rows), else which sheet it rewrites. */
  refreshNote: string;
  refreshNoteId: string;
  refresh(): void;
  /** What the last refresh did. */
  status: string | null;
}
