import type { Plan } from "../../../core/plan";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { SheetInput } from "../../../core/read/readPlan";
import type { OutputSheetActionProps } from "../OutputSheetAction/OutputSheetAction";
import type { PlanRead } from "../WarehousingSection/WarehousingSection.types";

export interface TrendsTabProps {
  port: WorkbookPort;
  lang: Lang;
}

export interface TrendsTabState {
  lang: Lang;
  /** What the tab shows, naming the workbook's own Daily sheet. */
  intro: string;
  /**
   * The Refresh Dashboard button: disabled while busy, before the plan was read, and when the Daily sheet has no rows
   * (the tab reads the plan again after each edit, so adding Daily rows turns it on); its note says why it is
   * disabled, else which sheet it rewrites.
   */
  action: OutputSheetActionProps;
  /** null until the plan was read once. */
  plan: Plan | null;
  /** The sheets that plan was read from (the Warehousing section finds the Regions Suggestion column in them). */
  sheets: SheetInput[] | null;
  port: WorkbookPort;
  /** Reads the workbook again and shows the fresh plan. */
  reload(): Promise<PlanRead>;
}
