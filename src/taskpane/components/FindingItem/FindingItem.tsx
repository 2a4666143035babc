/** One finding: its cell and message; selecting it (click, Enter, Space) selects the cell and shows related cells. */
import { memo } from "react";
import type { FindingItemProps } from "./FindingItem.types";
import { renderFindingItem } from "./renderFindingItem";
import { useFindingItem } from "./useFindingItem";
import { useFindingItemStyles } from "./useFindingItemStyles.styles";

function FindingItemView(props: FindingItemProps) {
  const state = useFindingItem(props);
  return renderFindingItem(state, useFindingItemStyles(state));
}

/** A row the list scrolled past but still shows is not rendered again (the selection still re-renders it). */
function sameRow(a: FindingItemProps, b: FindingItemProps): boolean {
  const p = a.position;
  const q = b.position;
  return (
    a.finding === b.finding &&
    a.showRule === b.showRule &&
    p.index === q.index &&
    p.setSize === q.setSize &&
    p.start === q.start &&
    p.tabbable === q.tabbable &&
    p.measure === q.measure
  );
}

export const FindingItem = memo(FindingItemView, sameRow);
