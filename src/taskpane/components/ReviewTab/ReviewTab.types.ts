import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";
import type { OutputSheetActionProps } from "../OutputSheetAction/OutputSheetAction";
import type { ReviewViewModel } from "../../model/reviewView";

export interface ReviewTabProps {
  port: WorkbookPort;
  lang: Lang;
}

export interface ReviewTabState {
  t: PaneT;
  intro: string;
  /** The Write Review sheet button. */
  action: OutputSheetActionProps;
  /** null until the plan was read once. */
  view: ReviewViewModel | null;
  /** Shown instead of the review when the Sales sheet has no rows. */
  empty: string | null;
}
