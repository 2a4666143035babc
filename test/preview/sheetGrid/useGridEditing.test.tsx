/**
 * @jest-environment jsdom
 */
// Editing a cell in place, through the hook alone: the text a cell edits as, commit on Enter (and move), Escape
// cancels, an edit ends once.
import { act, renderHook } from "@testing-library/react";
import type { KeyboardEvent } from "react";
import { useGridEditing } from "../../../src/preview/components/SheetGrid/useGridEditing";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";

const key = (k: string, shiftKey = false) =>
  ({ key: k, shiftKey, preventDefault: () => undefined }) as KeyboardEvent<HTMLInputElement>;

function setup() {
  const wb = new MemoryWorkbook();
  wb.addSheet("S", [[1, "a"]]);
  const sheet = wb.sheet("S");
  if (!sheet) throw new Error("no sheet");
  const moves: [number, number][] = [];
  const table = { current: null };
  const hook = renderHook(() =>
    useGridEditing(wb, sheet, { row: 1, col: 1 }, (r, c) => moves.push([r, c]), table)
  );
  return { wb, moves, hook };
}

test("starts from the cell's content, commits a changed text on Enter and moves down", () => {
  const { wb, moves, hook } = setup();
  act(() => hook.result.current.startEdit());
  expect(hook.result.current.editing).toEqual({ row: 1, col: 1, initial: "1", text: "1" });
  act(() => hook.result.current.setText("42"));
  act(() => hook.result.current.onEditorKey(key("Enter")));
  expect(hook.result.current.editing).toBeNull();
  expect(wb.cell("S", "A1")?.value).toBe(42);
  expect(moves).toEqual([[1, 0]]);
});

test("a typed key starts the edit with that text; Escape cancels without writing or moving", () => {
  const { wb, moves, hook } = setup();
  act(() => hook.result.current.startEdit("7"));
  expect(hook.result.current.editing?.text).toBe("7");
  act(() => hook.result.current.onEditorKey(key("Escape")));
  expect(hook.result.current.editing).toBeNull();
  expect(wb.cell("S", "A1")?.value).toBe(1);
  expect(moves).toEqual([]);
});

test("an edit ends once: Shift+Tab commits and moves left; the editor's blur after it does nothing", () => {
  const { wb, moves, hook } = setup();
  act(() => hook.result.current.startEdit("5"));
  const finish = hook.result.current.finishEdit;
  act(() => hook.result.current.onEditorKey(key("Tab", true)));
  act(() => finish(true));
  expect(wb.cell("S", "A1")?.value).toBe(5);
  expect(moves).toEqual([[0, -1]]);
});
