/**
 * The engine's bulk content travels packed (src/preview/formulaEngine.ts): what the engine worker makes of it
 * (engineRows) is what the page made of each cell before (contentRows, engineContent), formula rewrites included.
 */
import { engineRows, contentRows, packedContentRows } from "../../src/preview/formulaEngine";
import { MemorySheet } from "../../src/preview/memorySheet";

function sheet(): MemorySheet {
  const s = new MemorySheet("Data");
  s.setCellAt(1, 1, { value: 12 });
  s.setCellAt(1, 2, { value: "12" });
  s.setCellAt(1, 3, { value: "" });
  s.setCellAt(1, 5, { value: true });
  s.setCellAt(2, 1, { value: new Date(Date.UTC(2027, 0, 31)) });
  s.setCellAt(2, 2, { value: { error: "#N/A" } });
  s.setCellAt(2, 3, { value: 3, formula: "SUM(A1,1)" });
  s.setCellAt(2, 4, { value: 0, formula: '_xlfn.MINIFS(产品!$E:$E,产品!$A:$A,"x")' });
  s.setCellAt(2, 5, { value: "kept", formula: "Table1[@Qty]", notRecomputed: true });
  s.setCellAt(4, 2, { value: null, numFmt: "0.00" });
  s.setCellAt(4, 3, { value: "年货节", bold: true });
  s.setCellAt(5, 6, { value: false });
  s.deleteCellAt(5, 6);
  return s;
}

describe("the engine's packed content", () => {
  test("is the content the page made of each cell", () => {
    const s = sheet();
    const { rows, cols } = s.extent();
    expect({ rows, cols }).toEqual({ rows: 4, cols: 5 });
    const packed = engineRows(structuredClone(packedContentRows(s, 0, rows, cols)));
    expect(packed).toEqual(contentRows(s, 0, rows, cols));
    expect(packed[1][3]).toBe("=MINIFS('产品'!$E:$E,'产品'!$A:$A,\"x\")");
    expect(packed[0][1]).toBe("'12");
    // A part of the rows, as the client posts them in slices.
    expect(engineRows(packedContentRows(s, 1, 3, cols))).toEqual(contentRows(s, 1, 3, cols));
  });

  test("a sheet's extent is its last row and column holding a cell", () => {
    const s = new MemorySheet("Empty");
    expect(s.extent()).toEqual({ rows: 0, cols: 0 });
    s.setCellAt(3, 7, { value: 1 });
    s.setCellAt(9, 2, { value: 1 });
    expect(s.extent()).toEqual({ rows: 9, cols: 7 });
    s.deleteCellAt(3, 7);
    s.deleteCellAt(9, 2);
    expect(s.extent()).toEqual({ rows: 0, cols: 0 });
    expect(s.rowCells(3)?.[7]).toBeUndefined();
  });
});
