/**
 * Files from public test corpora (test/corpus/README.md): workbooks Excel itself saved (XlsxWriter's comparison files,
 * BSD-2-Clause) and Apache POI's test data (Apache-2.0: Excel Strict, shared formulas, no shared-strings part). The
 * reader gives each cell as Excel and LibreOffice show it (the values below are from the scripts that made the files
 * and from LibreOffice's CSV export); none is a plan, so `validate` refuses each in one line.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { readWorkbook, type WorkbookRead } from "../../src/cli/xlsx/readWorkbook";
import type { CellValue } from "../../src/core/cells";
import { calculateFormulas } from "../../src/core/read/formulaCells";
import type { SheetInput } from "../../src/core/read/input";
import { tempDir } from "../cli/cliRun";
import { validateInProcess } from "../cli/validateInProcess";

// Files are written and the CLI is run (some spawned): slower than a unit test on a busy machine.
jest.setTimeout(60_000);

const EXTERNAL = join(__dirname, "external");
const all = (): boolean => true;

function cellOf(sheet: SheetInput | undefined, ref: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!sheet || !m) throw new Error(`no ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.rows[Number(m[2]) - 1]?.[col - 1];
}
const sheetOf = (wb: WorkbookRead, name: string) => wb.sheets.find((s) => s.name === name);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("external");
});
afterAll(() => tmp.cleanup());

/** The file with every formula's cached value removed, as generators that never calculate write formulas. */
async function withoutCachedValues(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(EXTERNAL, file)));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)?.async("string");
    if (xml === undefined) continue;
    zip.file(name, xml.replace(/(<f\b[^>]*(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v>/g, "$1"));
  }
  const out = join(tmp.dir, `stripped-${file}`);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

describe("files Excel saved (XlsxWriter's comparison files)", () => {
  it("a table with a total row (table10): the total row is known", async () => {
    const wb = await readWorkbook(join(EXTERNAL, "excel-table10.xlsx"), all);
    const s = sheetOf(wb, "Sheet1");
    expect(s?.totalRows).toEqual([6]);
    expect(cellOf(s, "B6")).toBe("Total");
    expect(cellOf(s, "B3")).toBe("Column1");
    expect(cellOf(s, "B4")).toBe(0);
  });

  it("the 1904 date system (date_1904_02)", async () => {
    const s = sheetOf(await readWorkbook(join(EXTERNAL, "excel-date_1904_02.xlsx"), all), "Sheet1");
    expect(["A1", "A2", "A3", "A4", "A5", "A6"].map((r) => cellOf(s, r))).toEqual([
      utc(1904, 1, 1),
      utc(1906, 9, 27),
      utc(1917, 9, 9),
      utc(1931, 5, 19),
      utc(2177, 10, 15),
      utc(4641, 11, 27),
    ]);
  });

  it("a control character Excel escapes as _x001B_ (escapes09)", async () => {
    const s = sheetOf(await readWorkbook(join(EXTERNAL, "excel-escapes09.xlsx"), all), "Sheet1");
    expect(cellOf(s, "A1")).toBe("Data\u001b[32m1");
    expect(cellOf(s, "A4")).toBe("Data\u001b[32m4");
    expect(cellOf(s, "B4")).toBe(30);
  });

  it("formulas' cached results keep their type: number, text, booleans, every error (formula_results01)", async () => {
    const s = sheetOf(
      await readWorkbook(join(EXTERNAL, "excel-formula_results01.xlsx"), all),
      "Sheet1"
    );
    expect(["A1", "A2", "A3", "A4"].map((r) => cellOf(s, r))).toEqual([2, "Foo", true, false]);
    const errors = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#DIV/0!"];
    expect(errors.map((_, i) => cellOf(s, `A${i + 5}`))).toEqual(
      errors.map((error) => ({ error }))
    );
    expect(s?.formulas).toBeUndefined();
  });

  it("a merged range (merge_range01)", async () => {
    const s = sheetOf(
      await readWorkbook(join(EXTERNAL, "excel-merge_range01.xlsx"), all),
      "Sheet1"
    );
    expect(s?.merges).toEqual(["B2:D2"]);
    expect(cellOf(s, "B2")).toBe("Foo");
  });

  it("an array formula: its cached value; without one, each cell it fills is uncalculated", async () => {
    const s = sheetOf(
      await readWorkbook(join(EXTERNAL, "excel-array_formula01.xlsx"), all),
      "Sheet1"
    );
    expect(cellOf(s, "A1")).toBe(0);
    const bare = sheetOf(
      await readWorkbook(await withoutCachedValues("excel-array_formula01.xlsx"), all),
      "Sheet1"
    );
    expect(bare?.formulas).toEqual([
      { row: 1, col: 1, formula: "SUM(B1:C1*B2:C2)" },
      { row: 2, col: 1, formula: "" },
      { row: 3, col: 1, formula: "" },
    ]);
  });

  it("Cyrillic text (utf8_01)", async () => {
    const s = sheetOf(await readWorkbook(join(EXTERNAL, "excel-utf8_01.xlsx"), all), "Sheet1");
    expect(cellOf(s, "A1")).toBe("Это фраза на русском!");
  });
});

describe("Apache POI's test data", () => {
  it("Excel Strict (SimpleStrict): purl.oclc.org namespaces and relationships, an ISO date cell", async () => {
    const wb = await readWorkbook(join(EXTERNAL, "poi-SimpleStrict.xlsx"), all);
    expect(wb.sheetNames).toEqual(["Sheet1", "Sheet Number 2"]);
    const s1 = sheetOf(wb, "Sheet1");
    expect([cellOf(s1, "A1"), cellOf(s1, "C1"), cellOf(s1, "A2"), cellOf(s1, "C6")]).toEqual([
      "test",
      1,
      "test 2",
      6,
    ]);
    const s2 = sheetOf(wb, "Sheet Number 2");
    expect(cellOf(s2, "A1")).toBe("This is sheet 2");
    expect(cellOf(s2, "A4")).toEqual(utc(1990, 1, 1)); // <c t="d"><v>1990-01-01</v>
    expect([cellOf(s2, "A7"), cellOf(s2, "C7")]).toEqual([10, 3]);
  });

  it("Excel Strict (sample.strict): three sheets, rich text", async () => {
    const wb = await readWorkbook(join(EXTERNAL, "poi-sample.strict.xlsx"), all);
    expect(wb.sheetNames).toEqual(["Sheet1", "rich test", "Sheet3"]);
    expect([cellOf(sheetOf(wb, "Sheet1"), "A10"), cellOf(sheetOf(wb, "Sheet1"), "B10")]).toEqual([
      "at",
      4995,
    ]);
    expect(cellOf(sheetOf(wb, "rich test"), "A1")).toBe(
      "The quick brown fox jumps over the lazy dog"
    );
    expect(cellOf(sheetOf(wb, "rich test"), "D6")).toBe("hello, xssf");
  });

  it("shared formulas: cached values, and without them the master's formula moved to each cell", async () => {
    const wb = await readWorkbook(join(EXTERNAL, "poi-shared_formulas.xlsx"), all);
    const s = sheetOf(wb, "Label");
    const pairs = (sheet: SheetInput | undefined) =>
      Array.from({ length: 40 }, (_, i) => [
        cellOf(sheet, `A${i + 2}`),
        cellOf(sheet, `B${i + 2}`),
      ]);
    for (const [a, b] of pairs(s)) expect(a).toBe(b);
    const bare = await readWorkbook(await withoutCachedValues("poi-shared_formulas.xlsx"), all);
    const label = sheetOf(bare, "Label");
    expect(label?.formulas?.slice(0, 3)).toEqual([
      { row: 2, col: 1, formula: "B2" },
      { row: 3, col: 1, formula: "B3" },
      { row: 4, col: 1, formula: "B4" },
    ]);
    const calculated = calculateFormulas(bare.sheets).find((x) => x.name === "Label");
    expect(calculated?.formulas).toEqual([]);
    expect(pairs(calculated)).toEqual(pairs(s));
  });

  it("Strict formulas without cached values: a reference is calculated, SUM is not", async () => {
    const bare = await readWorkbook(await withoutCachedValues("poi-SimpleStrict.xlsx"), all);
    const calculated = calculateFormulas(bare.sheets).find((x) => x.name === "Sheet Number 2");
    expect(cellOf(calculated, "C7")).toBe(3);
    expect(calculated?.formulas).toEqual([{ row: 7, col: 1, formula: "SUM(A3:D3)" }]);
  });

  it("no shared-strings part at all, and no cell that needs one (noSharedStringTable)", async () => {
    const s = sheetOf(
      await readWorkbook(join(EXTERNAL, "poi-noSharedStringTable.xlsx"), all),
      "Sheet1"
    );
    expect([cellOf(s, "A1"), cellOf(s, "B1")]).toEqual([utc(2006, 4, 12), 123]);
  });
});

it.each([
  "excel-array_formula01.xlsx",
  "excel-date_1904_02.xlsx",
  "excel-escapes09.xlsx",
  "excel-formula_results01.xlsx",
  "excel-merge_range01.xlsx",
  "excel-table10.xlsx",
  "excel-utf8_01.xlsx",
  "poi-SimpleStrict.xlsx",
  "poi-noSharedStringTable.xlsx",
  "poi-sample.strict.xlsx",
  "poi-shared_formulas.xlsx",
])("validate %s: no plan sheet, exit 2 in one line", async (file) => {
  const out = await validateInProcess(join(EXTERNAL, file));
  expect(out.code).toBe(2);
  expect(out.error).toMatch(/: no plan sheet \(expected one of .*; found: .+\)$/);
});
