import type { KeyboardEvent } from "react";
import type { Finding } from "../../../core/finding";
import type { PaneT } from "../../i18n";
import type { ListPosition } from "../FindingList/FindingList.types";

export interface FindingItemProps {
  finding: Finding;
  /** Show the rule's title too (in the waived list, which is not grouped by rule). */
  showRule?: boolean;
  /** Its row in the (virtualised) list. */
  position: ListPosition;
}

export interface FindingItemState {
  t: PaneT;
  finding: Finding;
  position: ListPosition;
  ruleTitle: string | null;
  selected: boolean;
  waived: boolean;
  /** Id of the "Related cells" caption, which labels their list. */
  relatedId: string;
  onActivate(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  goTo(address: string): void;
  waive(): void;
}
