import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../../core/finding";
import { findingKey } from "../../model/findingGroups";
import type { FindingListProps, FindingListState } from "./FindingList.types";

/** A finding's row before it is measured: its address and two lines of message (px). */
export const ROW_ESTIMATE = 64;
/** A waived finding's row: its rule's title and the waiver's reason too. */
export const WAIVED_ROW_ESTIMATE = 100;
/** The list's height when it has no layout yet (jsdom has none): the tallest it is drawn (useFindingListStyles). */
export const VIEWPORT_FALLBACK = 480;
const GAP = 2;
const OVERSCAN = 6;

/** The attribute marking a row's focusable element, the one that selects the finding (renderFindingItem sets it). */
export const ROW_ATTRIBUTE = "data-finding-row";

type ListVirtualizer = Virtualizer<HTMLDivElement, HTMLLIElement>;

/** Each list's row keys, kept while its findings are: a group that a filter hid and brought back reuses them. */
const KEYS = new WeakMap<readonly Finding[], string[]>();

function keysOf(findings: readonly Finding[]): string[] {
  let keys = KEYS.get(findings);
  if (!keys) {
    keys = findings.map(findingKey);
    KEYS.set(findings, keys);
  }
  return keys;
}

/** The row index of the element a key or focus event came from, when it is a row's focusable element. */
function rowIndexOf(target: EventTarget): number | undefined {
  if (!(target instanceof HTMLElement) || !target.hasAttribute(ROW_ATTRIBUTE)) return undefined;
  const index = Number(target.closest("li")?.dataset.index);
  return Number.isInteger(index) ? index : undefined;
}

/** Where a key moves the focus from row `from` of `count`, or undefined for keys the list leaves alone. */
function target(key: string, from: number, count: number, page: number): number | undefined {
  let to: number;
  switch (key) {
    case "ArrowDown":
      to = from + 1;
      break;
    case "ArrowUp":
      to = from - 1;
      break;
    case "PageDown":
      to = from + page;
      break;
    case "PageUp":
      to = from - page;
      break;
    case "Home":
      to = 0;
      break;
    case "End":
      to = count - 1;
      break;
    default:
      return undefined;
  }
  return Math.max(0, Math.min(count - 1, to));
}

/**
 * The rows in view and around them (tanstack's virtualizer), always with the current row: the focused row stays
 * rendered (and focused) while the list scrolls away from it.
 */
export function useFindingList({
  findings,
  label,
  showRule = false,
}: FindingListProps): FindingListState {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const count = findings.length;
  const active = Math.min(current, Math.max(0, count - 1));
  const focusNext = useRef(false);
  const estimate = showRule ? WAIVED_ROW_ESTIMATE : ROW_ESTIMATE;

  // The virtualizer recomputes every row's position whenever getItemKey changes: it must change only with the
  // findings (a new function at each render cost a pass over 40,000 rows at every frame of a scroll).
  const keys = useMemo(() => keysOf(findings), [findings]);
  const getItemKey = useCallback((i: number) => keys[i], [keys]);

  const virtualizer: ListVirtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    gap: GAP,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor: (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (active >= count || rows.includes(active)) return rows;
      return [...rows, active].sort((a, b) => a - b);
    },
    // Without layout (jsdom, a panel still collapsing) sizes read 0: keep the estimates instead.
    measureElement: (el, entry, v) => measureElement(el, entry, v) || estimate,
    observeElementRect: (v, cb) =>
      observeElementRect(v, (rect: Rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: VIEWPORT_FALLBACK })
      ),
  });

  const moveTo = useCallback(
    (index: number) => {
      focusNext.current = true;
      setCurrent(index);
      virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [virtualizer]
  );

  // After a key moved the current row: focus it (it is rendered, being the current row).
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    scrollRef.current
      ?.querySelector<HTMLElement>(`li[data-index="${active}"] [${ROW_ATTRIBUTE}]`)
      ?.focus();
  });

  const items = virtualizer.getVirtualItems();
  return {
    label,
    showRule,
    totalHeight: virtualizer.getTotalSize(),
    scrollRef,
    rows: items.map((item) => ({
      key: keys[item.index],
      finding: findings[item.index],
      position: {
        index: item.index,
        setSize: count,
        start: item.start,
        tabbable: item.index === active,
        measure: virtualizer.measureElement,
      },
    })),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const from = rowIndexOf(e.target);
      if (from === undefined) return;
      const viewport = scrollRef.current?.clientHeight || VIEWPORT_FALLBACK;
      const page = Math.max(1, Math.floor(viewport / (estimate + GAP)) - 1);
      const to = target(e.key, from, count, page);
      if (to === undefined) return;
      e.preventDefault(); // the page does not scroll: the list does
      if (to !== from) moveTo(to);
    },
    onFocus: (e) => {
      const index = rowIndexOf(e.target);
      if (index !== undefined && index !== active) setCurrent(index);
    },
  };
}
