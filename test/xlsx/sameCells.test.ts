/**
 * The shared worksheet scanner (src/core/xlsx/worksheetScanner.ts) against the readers it replaced: on every workbook
 * of the test tree that another program wrote (openpyxl, XlsxWriter, LibreOffice, SheetJS, Excel, POI) and on the
 * messy plan fixture, the CLI's reader and the preview's give exactly the cells, formulas and structure the
 * saxes-based readers gave (fixtures/cells-before-scanner.json.gz, written by them at commit 383dfbb with
 * WRITE_CELLS_GOLDEN=1).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { gunzipSync, gzipSync } from "zlib";
import { cliCells, previewCells } from "./readCells";

jest.setTimeout(120_000);

const TEST = join(__dirname, "..");
const GOLDEN = join(__dirname, "fixtures", "cells-before-scanner.json.gz");
const FILES = [
  "corpus/libreoffice-plan.xlsx",
  "corpus/libreoffice-xlsxwriter-plan.xlsx",
  "corpus/openpyxl-plan.xlsx",
  "corpus/openpyxl-plan.zh-CN.xlsx",
  "corpus/sheetjs-plan.xlsx",
  "corpus/xlsxwriter-plan.xlsx",
  "corpus/external/excel-array_formula01.xlsx",
  "corpus/external/excel-date_1904_02.xlsx",
  "corpus/external/excel-escapes09.xlsx",
  "corpus/external/excel-formula_results01.xlsx",
  "corpus/external/excel-merge_range01.xlsx",
  "corpus/external/excel-table10.xlsx",
  "corpus/external/excel-utf8_01.xlsx",
  "corpus/external/poi-SimpleStrict.xlsx",
  "corpus/external/poi-noSharedStringTable.xlsx",
  "corpus/external/poi-sample.strict.xlsx",
  "corpus/external/poi-shared_formulas.xlsx",
  "cli/fixtures/messy-plan.xlsx",
];

async function cellsOf(file: string): Promise<unknown> {
  const path = join(TEST, file);
  // Through JSON, as the golden file was: undefined fields dropped alike.
  return JSON.parse(
    JSON.stringify({ cli: await cliCells(path), preview: await previewCells(path) })
  );
}

if (process.env.WRITE_CELLS_GOLDEN === "1") {
  test("writes the golden cells", async () => {
    const all: Record<string, unknown> = {};
    for (const f of FILES) all[f] = await cellsOf(f);
    writeFileSync(GOLDEN, gzipSync(JSON.stringify(all)));
    expect(existsSync(GOLDEN)).toBe(true);
  });
} else {
  const golden = JSON.parse(gunzipSync(readFileSync(GOLDEN)).toString("utf8")) as Record<
    string,
    unknown
  >;

  test("the golden file covers every workbook listed", () => {
    expect(Object.keys(golden).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)("%s: the same cells as the saxes-based readers", async (file) => {
    const now = (await cellsOf(file)) as { cli: unknown; preview: unknown };
    const before = golden[file] as { cli: unknown; preview: unknown };
    expect(now.cli).toEqual(before.cli);
    expect(now.preview).toEqual(before.preview);
    expect(relative(TEST, join(TEST, file))).toBe(file);
  });
}
