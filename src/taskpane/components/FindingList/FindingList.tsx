/**
 * A list of findings, virtualised: only the rows in view are rendered, so a rule with 40,000 findings opens and
 * scrolls as fast as one with four. One row is in the Tab order; arrow keys, Page Up / Down, Home and End move
 * between rows, rendered or not, and each row tells its position (aria-posinset of aria-setsize).
 */
import { memo } from "react";
import type { FindingListProps } from "./FindingList.types";
import { renderFindingList } from "./renderFindingList";
import { useFindingList } from "./useFindingList";
import { useFindingListStyles } from "./useFindingListStyles.styles";

export const FindingList = memo(function FindingList(props: FindingListProps) {
  const state = useFindingList(props);
  return renderFindingList(state, useFindingListStyles());
});
