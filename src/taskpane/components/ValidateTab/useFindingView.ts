/**
 * The Validate tab's view of a validation: its findings indexed once (grouped, searchable), filtered by the
 * filters. The search text is prepared in slices after the findings show, so the first keystroke finds it ready
 * and no slice blocks the pane; the list follows the filters as a deferred render (React's useDeferredValue), so
 * typing in the search box never waits for the list. No debounce: a filter answers within a frame or two.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import type { Finding } from "../../../core/finding";
import type { FindingFilter } from "../../model/findingGroups";
import {
  filterFindings,
  indexFindings,
  prepareSearch,
  type FindingIndex,
  type FindingView,
} from "../../model/findingIndex";

/** Findings whose search text one slice prepares (a few ms). */
export const SEARCH_SLICE = 10_000;

export interface FindingViewState {
  index: FindingIndex;
  view: FindingView;
  /** The filter the view shows (it follows the one typed a render later). */
  shownFilter: FindingFilter;
}

export function useFindingView(
  findings: readonly Finding[],
  filter: FindingFilter,
  title: (rule: string) => string
): FindingViewState {
  const index = useMemo(() => indexFindings(findings, title), [findings, title]);
  const shownFilter = useDeferredValue(filter);
  const previous = useRef<FindingView | undefined>(undefined);
  const view = useMemo(
    () => filterFindings(index, shownFilter, previous.current),
    [index, shownFilter]
  );
  useEffect(() => {
    previous.current = view;
  }, [view]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = (): void => {
      timer = prepareSearch(index, SEARCH_SLICE) ? undefined : setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [index]);

  return { index, view, shownFilter };
}
