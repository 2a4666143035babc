// "Download .xlsx": the preview's workbook as an .xlsx built with the CLI writer's pieces. ExcelJS reads it back with
// the same values, formulas (with the engine's results cached), formats, tables, dropdowns, colouring, names, links
// and highlights.
import ExcelJS from "exceljs";
import { columnLetter, isCellError, type CellValue } from "../../src/core/cells";
import { dateToSerial } from "../../src/core/read/dates";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { HIGHLIGHT_FORMULA } from "../../src/excel/highlight";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { xlsxBytes } from "../../src/preview/xlsxDownload";
import { fileFormula } from "../../src/xlsx/renderParts";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

interface Loaded {
  wb: MemoryWorkbook;
  book: ExcelJS.Workbook;
  editedRow: number;
}

async function downloaded(): Promise<Loaded> {
  const wb = newPreviewWorkbook("en");
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  // An edit: its Flags are the engine's result, not a result the core stored.
  const promotions = wb.sheet("Promotions");
  let editedRow = 0;
  for (let r = 2; r < 100 && !editedRow; r++)
    if (promotions?.cellAt(r, 6)?.value === 3 && promotions.cellAt(r, 11)?.value === "")
      editedRow = r;
  const start = Number(wb.cell("Promotions", `D${editedRow}`)?.value);
  wb.setCell("Promotions", `E${editedRow}`, start + 30);
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  const findings = validatePlan(plan, plan.settings, { lang: "en", today: TODAY });
  await wb.highlight(
    findings.filter((f) => !f.waived).map((f) => ({ address: f.address, severity: f.severity }))
  );
  await wb.writeFindings(findings, "en");

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await xlsxBytes(wb, "en"));
  return { wb, book, editedRow };
}

/** A read-back ExcelJS value in the preview's terms (dates as serials). */
function plain(v: unknown): CellValue {
  if (v instanceof Date) return dateToSerial(v);
  if (v === undefined || v === "") return null;
  return v as CellValue;
}

describe("Download .xlsx", () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await downloaded();
  });

  test("holds every sheet, in order, with every cell's value and formula", () => {
    const { wb, book } = loaded;
    expect(book.worksheets.map((w) => w.name)).toEqual(wb.sheets.map((s) => s.name));
    let formulas = 0;
    let links = 0;
    for (const s of wb.sheets) {
      const ws = book.getWorksheet(s.name);
      expect(ws).toBeDefined();
      s.forEachCell((c, row, col) => {
        const where = `${s.name}!${columnLetter(col)}${row}`;
        const x = ws?.getCell(row, col);
        if (c.formula !== undefined) {
          formulas++;
          expect([where, x?.formula]).toEqual([where, fileFormula(c.formula)]);
          const result = plain(x?.result);
          const want = c.value === "" ? null : c.value;
          if (typeof want === "number") expect(result).toBeCloseTo(want, 9);
          else if (isCellError(want)) expect(x?.result).toEqual(want);
          else expect([where, result]).toEqual([where, want]);
        } else if (c.link !== undefined) {
          links++;
          expect(x?.formula).toBe(`HYPERLINK("#${c.link}","${c.value}")`);
          expect(x?.result).toBe(c.value);
        } else {
          expect([where, plain(x?.value)]).toEqual([
            where,
            c.value === "" ? null : (c.value ?? null),
          ]);
        }
      });
    }
    expect(formulas).toBeGreaterThan(1000);
    expect(links).toBeGreaterThan(10);
  });

  test("caches the engine's result of an edited row, not the template's", () => {
    const { book, wb, editedRow } = loaded;
    const x = book.getWorksheet("Promotions")?.getCell(`K${editedRow}`);
    expect(String(x?.result)).toMatch(/^PROMO_TOO_LONG \(31 days > \d+\)/);
    expect(x?.result).toBe(wb.cell("Promotions", `K${editedRow}`)?.value);
  });

  test("keeps number formats, widths, frozen headers and bold header cells", () => {
    const ws = loaded.book.getWorksheet("Promotions");
    expect(ws?.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(ws?.getCell("G2").numFmt).toBe('"¥"#,##0.00');
    expect(ws?.getCell("A1").font?.bold).toBe(true);
    expect(ws?.getColumn("B").width).toBe(12);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(loaded.book.getWorksheet("Budget")?.getCell("G2").numFmt).toBe("0.0%");
  });

  test("keeps the tables, the dropdowns, the flagged-row colouring, the highlights and the workbook names", () => {
    const { book, wb } = loaded;
    const ws = book.getWorksheet("Promotions") as ExcelJS.Worksheet & {
      tables: Record<string, { table: { tableRef: string } }>;
      conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
      dataValidations: { model: Record<string, { formulae: string[] }> };
    };
    expect(Object.values(ws.tables).map((t) => t.table.tableRef)).toEqual([
      wb.sheet("Promotions")?.tables[0].range,
    ]);
    const lists = Object.values(ws.dataValidations.model).map((v) => v.formulae[0]);
    expect(lists).toContain("Lists!$A$2:$A$200");
    const rules = ws.conditionalFormattings.flatMap((c) =>
      c.rules.flatMap((r) => r.formulae ?? [])
    );
    expect(rules).toContain('IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))');
    expect(rules).toContain(HIGHLIGHT_FORMULA.replace(/^=/, ""));
    expect(book.definedNames.getRanges("PlanYear").ranges).toEqual(["Settings!$B$2"]);
    expect(book.definedNames.getRanges("MaxPromoDays").ranges).toEqual(["Settings!$B$4"]);
  });
});
