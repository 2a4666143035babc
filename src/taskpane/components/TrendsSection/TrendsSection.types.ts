import type { Plan } from "../../../core/plan";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface TrendsSectionProps {
  plan: Plan;
  lang: Lang;
}

/** One platform's latest week (or all platforms together), formatted. */
export interface WeekView {
  key: string;
  platform: string;
  week: string;
  rows: { label: string; value: string; change: string }[];
}

export interface TrendsSectionState {
  t: PaneT;
  weeks: WeekView[];
  /** Shown without weeks: the workbook's own Daily sheet has no rows. */
  empty: string;
  /** The weekday pattern sentences (the worst weekday's conversion), per platform then all together. */
  weekdayMessages: string[];
}
