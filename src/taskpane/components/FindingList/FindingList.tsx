/** A keyboard-navigable list of findings (arrow keys between items), shown a page at a time. */
import type { FindingListProps } from "./FindingList.types";
import { renderFindingList } from "./renderFindingList";
import { useFindingList } from "./useFindingList";
import { useFindingListStyles } from "./useFindingListStyles.styles";

export function FindingList(props: FindingListProps) {
  const state = useFindingList(props);
  return renderFindingList(state, useFindingListStyles());
}
