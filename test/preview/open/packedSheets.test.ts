// The reading worker's sheets packed for the trip to the page (src/preview/open/packedSheets.ts): after a structured
// clone, as postMessage makes it, they unpack to the sheets read — every cell, every other field.
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsxBytes } from "../../../src/preview/open/readXlsxBytes";
import { packWorkbook, unpackWorkbook } from "../../../src/preview/open/packedSheets";
import type { MemorySheet } from "../../../src/preview/memorySheet";

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
      cells += s.cellCount;
      const { cells: _a, ...fields } = s as unknown as Record<string, unknown>;
      const { cells: _b, ...gotFields } = got as unknown as Record<string, unknown>;
      expect(gotFields).toEqual(fields);
      expect(got.cellAt(1, 1)).toEqual(s.cellAt(1, 1));
    });
    expect(cells).toBeGreaterThan(20);
  }
);
