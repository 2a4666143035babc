import type { Plan } from "../../../core/plan";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface WarehousingSectionProps {
  plan: Plan;
  lang: Lang;
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
  rows: WarehousingRowView[];
  /** The suggested regions' sentences. */
  details: string[];
}
