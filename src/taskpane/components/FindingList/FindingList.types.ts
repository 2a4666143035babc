import type { FocusEvent, KeyboardEvent, RefObject } from "react";
import type { Finding } from "../../../core/finding";

export interface FindingListProps {
  findings: readonly Finding[];
  /** The list's accessible name (the group's rule title, or "Waived findings"). */
  label: string;
  showRule?: boolean;
}

/** Where a rendered finding sits in its list: what FindingItem needs to be one row of a virtualised list. */
export interface ListPosition {
  index: number;
  setSize: number;
  /** Its top, in px from the list's top. */
  start: number;
  /** The one row of the list in the Tab order (arrow keys move it). */
  tabbable: boolean;
  /** Measures the rendered row (its height may differ from the estimate: a selected finding shows more). */
  measure(element: HTMLLIElement | null): void;
}

export interface FindingListRow {
  key: string;
  finding: Finding;
  position: ListPosition;
}

export interface FindingListState {
  label: string;
  showRule: boolean;
  /** The rows rendered now: those in view, a few around them, and the row that has (or last had) the focus. */
  rows: FindingListRow[];
  /** The height of every row together, px. */
  totalHeight: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Arrow keys, Page Up / Down, Home and End move between rows (to rows not rendered yet too). */
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  /** A row focused by a click or Tab becomes the list's current row. */
  onFocus(e: FocusEvent<HTMLElement>): void;
}
