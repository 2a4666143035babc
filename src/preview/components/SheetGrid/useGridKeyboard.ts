import type { KeyboardEvent } from "react";
import type { MemoryWorkbook } from "../../memoryWorkbook";
import type { MemorySheet } from "../../memorySheet";
import { ROW_HEIGHT } from "../../sheetModel";
import { addressOf } from "./gridNavigation";
import type { GridEditing, GridSelection } from "./SheetGrid.types";

/** The step a key moves the selection by (Page Up / Down: a screen less one row), or undefined. */
export function keyStep(key: string, viewportHeight: number): [number, number] | undefined {
  const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
  switch (key) {
    case "ArrowUp":
      return [-1, 0];
    case "ArrowDown":
      return [1, 0];
    case "ArrowLeft":
      return [0, -1];
    case "ArrowRight":
      return [0, 1];
    case "PageUp":
      return [-page, 0];
    case "PageDown":
      return [page, 0];
    default:
      return undefined;
  }
}

/** The grid's keys (not the editor's): arrows and pages move; Enter, F2 or typing edits; Delete clears. */
export function useGridKeyboard(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  selection: GridSelection,
  viewportHeight: number,
  edit: GridEditing,
  move: (dRow: number, dCol: number) => void
): (e: KeyboardEvent<HTMLTableElement>) => void {
  return (e) => {
    if (edit.editing) return;
    const step = keyStep(e.key, viewportHeight);
    if (step) {
      e.preventDefault();
      move(step[0], step[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      edit.startEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const c = sheet.cellAt(selection.row, selection.col);
      if (c && (c.formula !== undefined || (c.value !== null && c.value !== undefined)))
        workbook.setCell(sheet.name, addressOf(selection.row, selection.col), null);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      edit.startEdit(e.key);
    }
  };
}
