import type { ApplySummary } from "../../../core/port";
import type { PaneT } from "../../i18n";

export interface ApplySummaryProps {
  summary: ApplySummary;
  /** Whether the run asked for the sample plan. */
  sample: boolean;
}

export interface SummaryLine {
  label: string;
  value: string;
}

export interface ApplySummaryState {
  t: PaneT;
  lines: SummaryLine[];
  conflicts: string[];
  /** A note under the summary: the sample's deliberate breaches, or why no sample rows were added. */
  sampleNote: string | null;
}
