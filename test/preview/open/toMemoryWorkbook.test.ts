// A kept workbook (IndexedDB) carries the not-recomputed marks of the build that kept it: opened again, each formula
// is marked by what this build's engine can compute, and the note is in the language opened now.
import { MemorySheet } from "../../../src/preview/memorySheet";
import { toMemoryWorkbook } from "../../../src/preview/open/toMemoryWorkbook";

function keptSheet(): MemorySheet {
  const s = new MemorySheet("Sheet1");
  s.setCellAt(1, 1, { value: 2 });
  // Marked by an older build that could not compute SUM: this build can.
  s.setCellAt(2, 1, { value: 99, formula: "SUM(A1,1)", notRecomputed: true, message: "old note" });
  // A structured reference no build of the engine computes: stays marked, with today's note.
  s.setCellAt(3, 1, {
    value: 7,
    formula: "SUM(Table1[Qty])",
    notRecomputed: true,
    message: "old note",
  });
  return s;
}

test("a kept formula this build can compute is computed again; one it cannot keeps its saved value", () => {
  const wb = toMemoryWorkbook({ sheets: [keptSheet()], names: [] }, "en", "new note");
  const s = wb.sheet("Sheet1");
  expect(s?.cellAt(2, 1)).toEqual({ value: 3, formula: "SUM(A1,1)" });
  expect(s?.cellAt(3, 1)).toEqual({
    value: 7,
    formula: "SUM(Table1[Qty])",
    notRecomputed: true,
    message: "new note",
  });
});

test("marks the reader made as it read (this build's) are taken as they are", () => {
  const wb = toMemoryWorkbook({ sheets: [keptSheet()], names: [], marked: true }, "en", "new note");
  expect(wb.sheet("Sheet1")?.cellAt(2, 1)).toMatchObject({ value: 99, notRecomputed: true });
});
