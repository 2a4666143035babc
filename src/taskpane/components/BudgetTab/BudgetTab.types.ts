import type { Objective, PlanBudget } from "../../../core/budget";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";
import type { AmountChange } from "../../model/budgetChanges";

export interface BudgetTabProps {
  port: WorkbookPort;
  lang: Lang;
}

/** One channel's card: labels and numbers already formatted for the pane. */
export interface ChannelView {
  channel: string;
  label: string;
  /** null when optimised; otherwise why the amount is not the optimiser's. */
  status: string | null;
  rows: { label: string; now: string; proposed: string }[];
  gain: string;
}

export interface BudgetTabState {
  t: PaneT;
  busy: boolean;
  error: string | null;
  dismissError(): void;
  /** False until the plan was read once. */
  loaded: boolean;
  intro: string;
  objective: Objective;
  onObjective(objective: Objective): void;
  recalculate(): void;
  budget: PlanBudget | null;
  channels: ChannelView[];
  total: ChannelView | null;
  notes: string[];
  advice: string[];
  changes: AmountChange[];
  formatChange(change: AmountChange): string;
  confirmOpen: boolean;
  openConfirm(): void;
  closeConfirm(): void;
  apply(): void;
  canUndo: boolean;
  undo(): void;
  /** What the last Apply or Undo did. */
  status: string | null;
}
