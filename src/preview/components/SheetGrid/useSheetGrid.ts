import { useRef } from "react";
import { cellKey } from "../../memorySheet";
import { lowerBound, moved, addressOf } from "./gridNavigation";
import type { SheetGridProps, SheetGridState } from "./SheetGrid.types";
import { useGridEditing } from "./useGridEditing";
import { useGridKeyboard } from "./useGridKeyboard";
import { useGridLayout } from "./useGridLayout";
import { useGridViewport } from "./useGridViewport";

/** The grid's state: what it draws (layout), where it is scrolled (viewport), the edit and the keys. */
export function useSheetGrid(props: SheetGridProps): SheetGridState {
  const { workbook, sheet, version, selection, onSelect, t } = props;
  const table = useRef<HTMLTableElement>(null);
  const layout = useGridLayout(sheet, version, selection);
  const viewport = useGridViewport(sheet, layout, selection);
  const move = (dRow: number, dCol: number) => onSelect(moved(sheet, selection, dRow, dCol));
  const edit = useGridEditing(workbook, sheet, selection, move, table);
  const onGridKey = useGridKeyboard(workbook, sheet, selection, viewport.height, edit, move);

  const gridId = `grid-${sheet.name.replace(/[^A-Za-z0-9]/g, (ch) => ch.charCodeAt(0).toString(36))}`;
  const { body, frozenRows, frozenShown, cols, frozenCount, merges } = layout;
  const selectedIndex = lowerBound(body, selection.row);
  const selectedCol = lowerBound(cols, selection.col);
  const selectedRendered =
    !merges.covered.has(cellKey(selection.row, selection.col)) &&
    (selection.row <= frozenRows
      ? frozenShown.includes(selection.row)
      : body[selectedIndex] === selection.row &&
        selectedIndex >= viewport.first &&
        selectedIndex < viewport.last) &&
    cols[selectedCol] === selection.col &&
    (selectedCol < frozenCount ||
      (selectedCol >= viewport.firstCol && selectedCol < viewport.lastCol));

  return {
    ...layout,
    ...viewport,
    ...edit,
    workbook,
    sheet,
    selection,
    onSelect,
    t,
    table,
    onGridKey,
    followLink: (link) => {
      if (link !== undefined) workbook.select(link).catch(() => undefined);
    },
    cellId: (row, col) => `${gridId}-${addressOf(row, col)}`,
    selectedRendered,
  };
}
