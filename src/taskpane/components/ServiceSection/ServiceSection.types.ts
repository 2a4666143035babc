import type { Plan } from "../../../core/plan";
import type { Lang } from "../../../core/schema/types";
import type { PaneKey, PaneT } from "../../i18n";

export interface ServiceSectionProps {
  plan: Plan;
  lang: Lang;
}

export interface ServiceRowView {
  key: string;
  label: string;
  inquiries: string;
  rate: string;
  /** The gap to the expected rate (+3.1%), and the expected rate under it. */
  gap: string;
  expected: string;
  /** A note under the label: reported low, or too few inquiries to judge. */
  note: string | null;
  low: boolean;
}

export interface ServiceTableView {
  title: PaneKey;
  rows: ServiceRowView[];
  /** The spread between the lowest and highest rate, when two groups have one. */
  spread: string | null;
  /** Shown instead of the table (no shifts typed). */
  empty: string | null;
}

export interface ServiceSectionState {
  t: PaneT;
  /** null when the Service sheet has no rows. */
  summary: string | null;
  empty: string;
  tables: ServiceTableView[];
}
