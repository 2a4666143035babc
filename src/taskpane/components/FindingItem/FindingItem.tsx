/** One finding: its cell and message; selecting it (click, Enter, Space) selects the cell and shows related cells. */
import type { FindingItemProps } from "./FindingItem.types";
import { renderFindingItem } from "./renderFindingItem";
import { useFindingItem } from "./useFindingItem";
import { useFindingItemStyles } from "./useFindingItemStyles.styles";

export function FindingItem(props: FindingItemProps) {
  const state = useFindingItem(props);
  return renderFindingItem(state, useFindingItemStyles(state));
}
