/**
 * The preview's reader against the CLI's: every value cell of every corpus workbook (Excel, LibreOffice, openpyxl,
 * XlsxWriter, SheetJS, POI files) decodes to the same value, and a file's structure (tables and Total rows, frozen
 * panes, widths, merges, names, dropdowns) comes across.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { packageContent } from "../../../src/core/xlsx/packageContent";
import { droppedLine } from "../../../src/preview/components/OpenWorkbook/openTexts";
import { hasDroppedContent } from "../../../src/preview/open/droppedContent";
import { createPreviewI18n, previewT } from "../../../src/preview/texts";
import { readWorkbook } from "../../../src/cli/xlsx/readWorkbook";
import { readXlsxBytes } from "../../../src/preview/open/readXlsxBytes";
import { OpenError } from "../../../src/preview/open/openProblem";
import { toMemoryWorkbook } from "../../../src/preview/open/toMemoryWorkbook";
import { xlsxBytes } from "../../../src/preview/xlsxDownload";

const CORPUS = join(__dirname, "..", "..", "corpus");
const FILES = [
  "libreoffice-plan.xlsx",
  "libreoffice-xlsxwriter-plan.xlsx",
  "openpyxl-plan.xlsx",
  "openpyxl-plan.zh-CN.xlsx",
  "sheetjs-plan.xlsx",
  "xlsxwriter-plan.xlsx",
  "external/excel-escapes09.xlsx",
  "external/excel-date_1904_02.xlsx",
  "external/excel-formula_results01.xlsx",
  "external/excel-table10.xlsx",
  "external/excel-utf8_01.xlsx",
  "external/poi-noSharedStringTable.xlsx",
  "external/poi-shared_formulas.xlsx",
];

const bytesOf = (file: string): ArrayBuffer => {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe.each(FILES)("%s", (name) => {
  it("decodes every value cell as the CLI does", async () => {
    const file = join(CORPUS, name);
    const cli = await readWorkbook(file, () => true);
    const opened = await readXlsxBytes(bytesOf(file));
    expect(opened.sheets.map((s) => s.name)).toEqual(cli.sheetNames);
    let compared = 0;
    for (const s of cli.sheets) {
      const mine = opened.sheets.find((x) => x.name === s.name);
      if (!mine) throw new Error(`no sheet ${s.name}`);
      const uncalculated = new Set((s.formulas ?? []).map((f) => `${f.row}:${f.col}`));
      s.rows.forEach((row, r) =>
        row?.forEach((v, c) => {
          const k = `${r + 1}:${c + 1}`;
          if (uncalculated.has(k)) return;
          expect([k, mine.cellAt(r + 1, c + 1)?.value]).toEqual([k, v]);
          compared++;
        })
      );
      expect(mine.totalRows ?? []).toEqual(s.totalRows ?? []);
      expect(mine.merges).toEqual(s.merges ?? []);
    }
    expect(compared).toBeGreaterThan(0);
  });
});

it("keeps formulas, number formats, tables, dropdowns, panes, widths, hidden rows and names", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Plan", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  ws.addTable({
    name: "Promos",
    ref: "A1",
    headerRow: true,
    totalsRow: true,
    columns: [{ name: "Qty", totalsRowFunction: "sum" }, { name: "Price" }],
    rows: [
      [2, 9.5],
      [3, 10],
    ],
  });
  ws.getCell("D2").value = { formula: "A2*B2", result: 19 };
  ws.getCell("D3").value = { formula: "_xlfn.XLOOKUP(1,A2:A3,B2:B3)", result: 9.5 };
  ws.getCell("B2").numFmt = "¥#,##0.00";
  ws.getColumn("C").width = 31;
  ws.getColumn("E").hidden = true;
  ws.getRow(6).hidden = true;
  ws.getCell("A6").value = "hidden";
  ws.mergeCells("F1:G1");
  ws.getCell("F1").value = "merged";
  (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } }).dataValidations.add(
    "C2:C3",
    { type: "list", allowBlank: true, formulae: ["Lists!$A$2:$A$5"] }
  );
  book.addWorksheet("Lists").getCell("A2").value = "Tmall";
  book.definedNames.add("Lists!$A$2:$A$5", "Platforms");
  const opened = await readXlsxBytes((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const plan = opened.sheets[0];
  expect(plan.cellAt(2, 4)).toMatchObject({ formula: "A2*B2", value: 19 });
  expect(plan.cellAt(3, 4)).toMatchObject({
    formula: "_xlfn.XLOOKUP(1,A2:A3,B2:B3)",
    value: 9.5,
  });
  expect(plan.cellAt(2, 2)?.numFmt).toBe("¥#,##0.00");
  expect(plan.tables).toEqual([{ name: "Promos", range: "A1:B4" }]);
  expect(plan.totalRows).toEqual([4]);
  expect([plan.frozenRows, plan.frozenColumns]).toEqual([1, 1]);
  expect(plan.widths.get("C")).toBe(31);
  expect(plan.hiddenColumns.has("E")).toBe(true);
  expect(plan.hiddenRows.has(6)).toBe(true);
  expect(plan.merges).toEqual(["F1:G1"]);
  expect(plan.validations).toEqual([{ range: "C2:C3", source: "=Lists!$A$2:$A$5" }]);
  expect(opened.names).toEqual([["Platforms", "Lists!$A$2:$A$5"]]);
});

it("refuses what is no workbook, and a damaged one, with the problem named", async () => {
  const text = new TextEncoder().encode("Product,Price\nA,1\n");
  await expect(readXlsxBytes(text.buffer as ArrayBuffer)).rejects.toMatchObject({
    problem: "damaged",
  });
  const good = readFileSync(join(CORPUS, "openpyxl-plan.xlsx"));
  const cut = good.subarray(0, Math.floor(good.length / 2));
  await expect(readXlsxBytes(bytesOf2(cut))).rejects.toBeInstanceOf(OpenError);
});

function bytesOf2(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

it("a table's Total row stays its total row through Download .xlsx", async () => {
  const file = join(CORPUS, "openpyxl-plan.xlsx");
  const opened = await readXlsxBytes(bytesOf(file));
  const withTotals = opened.sheets.filter((s) => (s.totalRows ?? []).length > 0);
  expect(withTotals.length).toBeGreaterThan(0);
  const wb = toMemoryWorkbook(opened, "en", "not recomputed");
  const again = await readXlsxBytes(await xlsxBytes(wb, "en"));
  for (const s of withTotals) {
    const back = again.sheets.find((x) => x.name === s.name);
    expect([s.name, back?.totalRows]).toEqual([s.name, s.totalRows]);
    expect(back?.tables).toEqual(s.tables);
  }
});

describe("what a file holds beside cells, named before it is lost", () => {
  test("slicers, links to other workbooks, threaded comments and connections are named in en and zh-CN", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(CORPUS, "openpyxl-plan.xlsx")));
    zip.file("xl/slicers/slicer1.xml", "<slicers/>");
    zip.file("xl/externalLinks/externalLink1.xml", "<externalLink/>");
    zip.file("xl/threadedComments/threadedComment1.xml", "<ThreadedComments/>");
    zip.file("xl/connections.xml", "<connections/>");
    const bytes = await zip.generateAsync({ type: "arraybuffer" });
    const opened = await readXlsxBytes(bytes, () => undefined);
    expect(opened.dropped.others).toEqual([
      "threadedComments",
      "slicers",
      "externalLinks",
      "connections",
    ]);
    expect(hasDroppedContent(opened.dropped)).toBe(true);
    expect(droppedLine(opened.dropped, previewT(createPreviewI18n("en")))).toContain(
      "threaded comments, slicers and timelines, links to other workbooks, data connections and queries"
    );
    expect(droppedLine(opened.dropped, previewT(createPreviewI18n("zh-CN")))).toContain(
      "指向其他工作簿的链接"
    );
  });

  test("the CLI's update names the same kinds (one table in src/core/xlsx)", () => {
    expect(
      packageContent([
        "/xl/Slicers/slicer1.xml",
        "xl/externalLinks/externalLink1.xml",
        "xl/worksheets/sheet1.xml",
      ])
    ).toEqual(["slicers", "externalLinks"]);
  });
});
