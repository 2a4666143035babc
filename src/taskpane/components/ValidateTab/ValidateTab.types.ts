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
  sheets: readonly string[];
  groups: readonly RuleGroup[];
  waived: readonly Finding[];
  /** Every group open: a search narrowed the list to a few findings (SEARCH_OPENS_ALL), all should be in view. */
  expandAll: boolean;
  waivedHeadingId: string;
  waivedHeadingRef: RefObject<HTMLHeadingElement | null>;
  /** Findings the filters let through (the list may follow the filters a render later: it shows these). */
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
