import type { SlotObjective } from "../../../core/metrics/slotValue";
import type { Plan } from "../../../core/plan";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface SlotSectionProps {
  plan: Plan;
  lang: Lang;
}

export interface SlotCandidateView {
  sku: string;
  /** "#1 KA-102 可视空气炸锅 6L", or "Not ranked …". */
  title: string;
  value: string;
  lines: string[];
  ranked: boolean;
}

export interface SlotSectionState {
  t: PaneT;
  options: { sku: string; label: string }[];
  selected: string[];
  /** The selected products' labels, as the combobox shows them. */
  selectedText: string;
  toggle(skus: string[]): void;
  objective: SlotObjective;
  setObjective(o: SlotObjective): void;
  visitors: number;
  setVisitors(v: number): void;
  store: string;
  tie: string | null;
  candidates: SlotCandidateView[];
  empty: string | null;
}
