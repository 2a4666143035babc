// The reading worker's sheets packed for the trip to the page and for IndexedDB (src/preview/open/packedSheets.ts):
// after a structured clone, as postMessage and IndexedDB make it, they unpack to the sheets read — every cell, every
// other field — in chunks of any size, and the formulas the engine cannot compute are marked as they are rebuilt.
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsxBytes } from "../../../src/preview/open/readXlsxBytes";
import {
  packSheet,
  packSheetInSlices,
  packWorkbook,
  revivedSheets,
  unpackSheet,
  unpackWorkbook,
} from "../../../src/preview/open/packedSheets";
import { MemorySheet } from "../../../src/preview/memorySheet";
import type { Slicer } from "../../../src/preview/slices";

const CORPUS = join(__dirname, "..", "..", "corpus");

const bytesOf = (file: string): ArrayBuffer => {
  const b = readFileSync(join(CORPUS, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

const cellsOf = (s: MemorySheet) => [...s.cellEntries()];

test.each(["openpyxl-plan.xlsx", "libreoffice-plan.xlsx", "external/excel-table10.xlsx"])(
  "%s: packed, cloned and unpacked, every sheet is the sheet read",
  async (file) => {
    const read = await readXlsxBytes(bytesOf(file), () => undefined);
    // A cell holding more than value, formula and format travels whole.
    read.sheets[0].setCellAt(1, 30, { value: "x", bold: true, link: "Sheet1!A1" });
    const back = await unpackWorkbook(structuredClone(packWorkbook(read)));
    expect(back.names).toEqual(read.names);
    expect(back.sheets.map((s) => s.name)).toEqual(read.sheets.map((s) => s.name));
    let cells = 0;
    read.sheets.forEach((s, i) => {
      const got = back.sheets[i];
      expect(cellsOf(got)).toEqual(cellsOf(s));
      expect(got.cellCount).toBe(s.cellCount);
      cells += s.cellCount;
      expect(got.fieldsWithoutCells()).toEqual(s.fieldsWithoutCells());
      expect(got.cellAt(1, 1)).toEqual(s.cellAt(1, 1));
    });
    expect(cells).toBeGreaterThan(20);
  }
);

function everyKind(): MemorySheet {
  const s = new MemorySheet("Kinds");
  s.hiddenRows.add(3);
  s.widths.set("B", 12);
  s.setCellAt(1, 1, { value: "SKU" });
  s.setCellAt(1, 2, { value: "" });
  s.setCellAt(2, 1, { value: 4.5, numFmt: "0.00" });
  s.setCellAt(2, 2, { value: new Date(Date.UTC(2027, 0, 31)), numFmt: "yyyy-mm-dd" });
  s.setCellAt(2, 3, { value: true });
  s.setCellAt(2, 4, { value: false, formula: "B2>C2", numFmt: "0.00" });
  s.setCellAt(3, 1, { value: null, formula: "A2*2" });
  s.setCellAt(3, 2, { value: { error: "#N/A" }, formula: "NA()" });
  s.setCellAt(3, 3, { value: 77, formula: "SUM(Promos[Qty])" });
  s.setCellAt(4, 16_384, { value: "édge ✓", formula: 'CONCAT("é","dge")' });
  return s;
}

test.each([1, 2, 3, 50_000])(
  "every kind of value, formula and format survives chunks of %i cells",
  async (chunkCells) => {
    const s = everyKind();
    const packed = structuredClone(packSheet(s, chunkCells));
    expect(packed.chunks).toHaveLength(Math.ceil(s.cellCount / chunkCells));
    const back = await unpackSheet(packed);
    expect(cellsOf(back)).toEqual(cellsOf(s));
    expect(back.hiddenRows).toEqual(new Set([3]));
    expect(back.widths.get("B")).toBe(12);
  }
);

test("packed in slices, a sheet is what packSheet makes of it; a sheet losing cells meanwhile is refused", async () => {
  const s = everyKind();
  let steps = 0;
  const slicer = { step: async () => void steps++ } as unknown as Slicer;
  const sliced = await packSheetInSlices(s, slicer, 2);
  expect(steps).toBe(Math.ceil(s.cellCount / 2));
  expect(sliced).toEqual(packSheet(s, 2));
  const shrinking = everyKind();
  const losing = { step: async () => shrinking.deleteCellAt(4, 16_384) } as unknown as Slicer;
  await expect(packSheetInSlices(shrinking, losing, 2)).rejects.toThrow("changed while packed");
  // A pack no longer wanted stops at the next step.
  let asked = 0;
  expect(await packSheetInSlices(everyKind(), slicer, 2, () => ++asked === 2)).toBeUndefined();
  expect(asked).toBe(2);
});

test("a formula the engine cannot compute, marked when packed, is noted as it is rebuilt; others are not", async () => {
  const checked = packSheet(everyKind(), 3, (f) => !f.includes("["));
  const back = await unpackSheet(structuredClone(checked), undefined, "kept");
  expect(back.cellAt(3, 3)).toEqual({
    value: 77,
    formula: "SUM(Promos[Qty])",
    notRecomputed: true,
    message: "kept",
  });
  expect(back.cellAt(3, 1)).toEqual({ value: null, formula: "A2*2" });
  // Packed without the check, nothing is marked.
  const unchecked = await unpackSheet(structuredClone(packSheet(everyKind())), undefined, "kept");
  expect(unchecked.cellAt(3, 3)).toEqual({ value: 77, formula: "SUM(Promos[Qty])" });
});

test("kept sheets come back whether packed or as the page held them (and as an earlier version kept them)", async () => {
  const s = everyKind();
  const old = {
    ...s.fieldsWithoutCells(),
    cells: new Map(cellsOf(s).map(([cell, r, c]) => [`${r}:${c}`, cell])),
  } as unknown as MemorySheet;
  const [packed, held, earlier] = await revivedSheets(structuredClone([packSheet(s), s, old]));
  for (const got of [packed, held, earlier]) {
    expect(got).toBeInstanceOf(MemorySheet);
    expect(cellsOf(got)).toEqual(cellsOf(s));
    expect(got.cellCount).toBe(s.cellCount);
  }
});
