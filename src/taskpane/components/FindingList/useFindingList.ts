import { useArrowNavigationGroup } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneT } from "../../i18n";
import type { FindingListProps, FindingListState } from "./FindingList.types";

/** Thousands of findings in one rule would make the pane sluggish: render a page at a time. */
export const FINDING_PAGE = 50;

export function useFindingList({
  findings,
  label,
  showRule = false,
}: FindingListProps): FindingListState {
  const t = usePaneT();
  const [limit, setLimit] = useState(FINDING_PAGE);
  const navigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const remaining = Math.max(0, findings.length - limit);
  return {
    t,
    label,
    showRule,
    visible: remaining > 0 ? findings.slice(0, limit) : findings,
    nextPage: Math.min(FINDING_PAGE, remaining),
    showMore: () => setLimit((n) => n + FINDING_PAGE),
    navigation,
  };
}
