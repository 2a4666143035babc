import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { cellKey, MemorySheet } from "../../src/preview/memorySheet";

describe("MemorySheet", () => {
  test("cellAt reads what setCellAt put, by 1-based row and column", () => {
    const s = new MemorySheet("S");
    expect(s.cellAt(2, 3)).toBeUndefined();
    s.setCellAt(2, 3, { value: 7 });
    s.setCellAt(3, 2, { value: "x" });
    expect(s.cellAt(2, 3)).toEqual({ value: 7 });
    expect(s.cellAt(3, 2)).toEqual({ value: "x" });
    expect(s.cellAt(23, 1)).toBeUndefined();
    expect(s.cellCount).toBe(2);
  });

  test("forEachCell gives each cell with its row and column, and may delete the cell it is given", () => {
    const s = new MemorySheet("S");
    s.setCellAt(12, 1, { value: 1 });
    s.setCellAt(1, 12, { value: 2 });
    s.setCellAt(5, 5, { value: null, highlight: "error" });
    const seen: [number, number, unknown][] = [];
    s.forEachCell((c, row, col) => {
      seen.push([row, col, c.value]);
      if (c.value === null) s.deleteCellAt(row, col);
    });
    expect(seen).toEqual([
      [12, 1, 1],
      [1, 12, 2],
      [5, 5, null],
    ]);
    expect(s.cellAt(5, 5)).toBeUndefined();
    expect([...s.cellValues()].map((c) => c.value)).toEqual([1, 2]);
  });

  test("the last row and column of a worksheet are cells of their own", () => {
    const s = new MemorySheet("S");
    s.setCellAt(1_048_576, 1, { value: "bottom" });
    s.setCellAt(1, 2, { value: "B1" });
    s.setCellAt(1, 16_384, { value: "right" });
    expect(s.cellAt(1_048_576, 1)?.value).toBe("bottom");
    expect(s.cellAt(1, 2)?.value).toBe("B1");
    expect([...s.cellEntries()].map(([c, r, col]) => [r, col, c.value])).toEqual([
      [1_048_576, 1, "bottom"],
      [1, 2, "B1"],
      [1, 16_384, "right"],
    ]);
  });

  test("revive takes a sheet kept with its cells in one Map by cellKey strings (an earlier version's form)", () => {
    const kept = {
      name: "Old",
      frozenRows: 1,
      cells: new Map([
        ["2:3", { value: 7 }],
        ["10:1", { value: "x" }],
      ]),
    };
    const s = MemorySheet.revive(kept);
    expect(s.cellAt(2, 3)).toEqual({ value: 7 });
    expect(s.cellAt(10, 1)).toEqual({ value: "x" });
    expect(s.frozenRows).toBe(1);
    const again = MemorySheet.revive(structuredClone({ ...s }));
    expect(again.cellAt(10, 1)).toEqual({ value: "x" });
  });

  test("the merge key is the cell's: one key per row and column", () => {
    expect(cellKey(1, 12)).not.toBe(cellKey(11, 2));
    expect(cellKey(3, 4)).toBe(cellKey(3, 4));
  });

  test("the workbook's cells are the sheet's: cell(address) and cellAt agree", () => {
    const wb = new MemoryWorkbook();
    const s = wb.addSheet(
      "S",
      [
        ["a", "b"],
        [1, 2],
      ],
      "B3"
    );
    wb.setCell("S", "D5", "=B4+C4");
    expect(s.cellAt(3, 2)?.value).toBe("a");
    expect(s.cellAt(4, 3)).toBe(wb.cell("S", "C4"));
    expect(s.cellAt(5, 4)?.formula).toBe("B4+C4");
  });
});
