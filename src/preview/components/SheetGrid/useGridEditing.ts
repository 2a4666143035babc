import { useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { MemoryWorkbook } from "../../memoryWorkbook";
import type { MemorySheet } from "../../memorySheet";
import { editText, parseInput } from "../../numberFormat";
import { addressOf } from "./gridNavigation";
import type { Editing, GridEditing, GridSelection } from "./SheetGrid.types";

/**
 * Editing a cell in place: Enter commits and moves down (Shift: up), Tab commits and moves right (Shift: left), Escape
 * cancels, leaving the editor commits. A commit is `MemoryWorkbook.setCell`; the focus goes back to the grid.
 */
export function useGridEditing(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  selection: GridSelection,
  move: (dRow: number, dCol: number) => void,
  table: RefObject<HTMLTableElement | null>
): GridEditing {
  const [editing, setEditing] = useState<Editing | null>(null);
  // An edit ends once: Enter, then the editor's blur as it unmounts, must not commit twice.
  const done = useRef(false);

  const startEdit = (text?: string) => {
    const c = sheet.cellAt(selection.row, selection.col);
    const numFmt = workbook.numFmtOf(sheet.name, addressOf(selection.row, selection.col));
    const initial = editText(c?.value, c?.formula, numFmt);
    done.current = false;
    setEditing({ row: selection.row, col: selection.col, initial, text: text ?? initial });
  };

  const finishEdit = (commit: boolean, dRow = 0, dCol = 0) => {
    if (!editing || done.current) return;
    done.current = true;
    setEditing(null);
    if (commit && editing.text !== editing.initial)
      workbook.setCell(sheet.name, addressOf(editing.row, editing.col), parseInput(editing.text));
    if (dRow !== 0 || dCol !== 0) move(dRow, dCol);
    table.current?.focus({ preventScroll: true });
  };

  const setText = (text: string) => {
    if (editing) setEditing({ ...editing, text });
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      finishEdit(true, e.shiftKey ? -1 : 1, 0);
    } else if (e.key === "Tab") {
      e.preventDefault();
      finishEdit(true, 0, e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      finishEdit(false);
    }
  };

  return { editing, startEdit, finishEdit, setText, onEditorKey };
}
