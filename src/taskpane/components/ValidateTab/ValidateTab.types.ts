import type { RefObject } from "react";
import type { Finding } from "../../../core/finding";
import type { WaiverInput, WorkbookPort } from "../../../core/port";
import type { Counts } from "../../../core/validate";
import type { FindingActions } from "../../hooks/findingActions";
import type { PaneT } from "../../i18n";
import type { FindingFilter, RuleGroup } from "../../model/findingGroups";

export interface ValidateTabProps {
  port: WorkbookPort;
}

export interface ValidateTabState {
  t: PaneT;
  validating: boolean;
  /** A highlight, clear, write or select is under way. */
  acting: boolean;
  error: string | null;
  dismissError(): void;
  /** What the last action did, for the status line. */
  notice: string | null;
  validate(): void;
  live: boolean;
  setLive(live: boolean): void;

  /** Null until the first validation. */
  findings: readonly Finding[] | null;
  hasPlan: boolean;
  counts: Counts;
  /** No unwaived error or warning. */
  allClear: boolean;
  filter: FindingFilter;
  setFilter(filter: FindingFilter): void;
  sheets: string[];
  groups: RuleGroup[];
  waived: Finding[];
  waivedHeadingId: string;
  waivedHeadingRef: RefObject<HTMLHeadingElement | null>;
  shown: number;
  total: number;

  highlight(): void;
  clearHighlights(): void;
  writeFindings(): void;

  actions: FindingActions;
  waiveTarget: Finding | null;
  closeWaiver(): void;
  submitWaiver(waiver: WaiverInput): Promise<void>;
}
