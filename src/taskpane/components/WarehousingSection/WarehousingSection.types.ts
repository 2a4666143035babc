import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PlanRead } from "../../hooks/useLivePlanRead";
import type { PaneT } from "../../i18n";

export type { PlanRead };

export interface WarehousingSectionProps extends PlanRead {
  lang: Lang;
  port: WorkbookPort;
  /** Reads the workbook again; the tab shows the fresh plan, so the summary and the written suggestions agree. */
  reload(): Promise<PlanRead>;
}

export interface WarehousingRowView {
  region: string;
  share: string;
  daysSaved: string;
  /** "Not served locally" / "Split warehouse suggested", or null when served locally. */
  tag: string | null;
  suggested: boolean;
}

export interface WarehousingSectionState {
  t: PaneT;
  /** null when the Regions sheet has no rows. */
  message: string | null;
  /** Shown instead, naming the workbook's own Regions sheet. */
  empty: string;
  rows: WarehousingRowView[];
  /** The suggested regions' sentences. */
  details: string[];
  /**
   * "Fill Regions suggestions": false while busy, and without a Suggestion column or data rows. Disabled, the button
   * keeps its focus and its note.
   */
  canFill: boolean;
  /** Under the button: which cells it writes, or why it is disabled. */
  fillNote: string;
  fillNoteId: string;
  fill(): void;
  busy: boolean;
  error: string | null;
  dismissError(): void;
  /** What the last fill did. */
  status: string | null;
}
