/**
 * Every text cell the add-in writes stays text. Excel parses what Range.values / Range.formulas are given as if it were
 * typed (the fake does too: fakeEntry.ts), so "1E5" would become 100000, "Jun 18" a date, "(1)" −1. Each string below
 * goes through every writer of both workbook ports — Create / update, a waiver, the Findings sheet, writeCells (Fill
 * Regions suggestions), the Timeline and the Dashboard — and is read back as the same text.
 */
import { dashboardLayout } from "../../src/core/dashboard";
import type { Finding } from "../../src/core/finding";
import type { WorkbookPort } from "../../src/core/port";
import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import { PRODUCTS_SHEET } from "../../src/core/schema/sheets";
import { timelineLayout } from "../../src/core/timeline";
import { dailyTrends } from "../../src/core/trends";
import { sheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { planOf } from "../core/fixtures";
import { sampleSheets, YEAR } from "../taskpane/fakePort";
import { FakeExcel } from "./fakeExcel";
import { typedEntry } from "./fakeEntry";

const TEXTS = [
  "1E5",
  "1e-3",
  "Jun 18",
  "18-Jun",
  "June 2027",
  "12:30",
  "12:30 PM",
  "$5",
  "¥5",
  "1/2",
  "1 1/2",
  "(1)",
  "5%",
  "1,234",
  ".5",
  "+5",
  "-5",
  "=1+1",
  "@home",
  "'quoted",
  "TRUE",
  "false",
  "#N/A",
  "#REF!",
  "2027-06-18",
  "2027年6月18日",
  "6月18日",
  "５０",
  "10086",
  " 7 ",
  "W1",
  "KA-101",
  "plain text",
];

test("the fake parses these as Excel would: all but the plain ones do not stay text when written bare", () => {
  const changed = TEXTS.filter((t) => {
    const e = typedEntry(t);
    return e.value !== t || e.formula !== undefined || e.error === true;
  });
  expect(changed).toEqual(TEXTS.filter((t) => !["W1", "KA-101", "plain text"].includes(t)));
});

/** Reads a cell's text back: (sheet, A1) → value. */
type ReadCell = (sheet: string, a1: string) => unknown;

interface Port {
  port: WorkbookPort;
  read: ReadCell;
}

function excelPort(): Port & { off: () => void } {
  const fake = new FakeExcel(["Sheet1"]);
  const off = fake.install("en");
  return { port: createExcelWorkbook(), read: (s, a) => fake.cell(s, a)?.value, off };
}

function previewPort(): Port & { off: () => void } {
  const wb: MemoryWorkbook = newPreviewWorkbook("en");
  return { port: wb, read: (s, a) => wb.cell(s, a)?.value, off: () => undefined };
}

describe.each([
  ["Excel (the fake, parsing as Excel does)", excelPort],
  ["the preview's in-memory workbook", previewPort],
])("%s: every writer keeps text as text", (_name, make) => {
  let p: Port & { off: () => void };
  beforeAll(async () => {
    p = make();
    // Create / update: a new Products sheet whose Name cells hold the texts.
    const base = planWorkbookLayout({ lang: "en", year: YEAR, sample: false, formulas: true });
    const rows = TEXTS.map((t, i) => ({ sku: `SKU-${i}`, name: t, tier: "hero" }));
    const products = sheetLayout(PRODUCTS_SHEET, "en", rows, { currency: "CNY", formulas: true });
    await p.port.applyPlanLayout(
      { ...base, sheets: base.sheets.map((s) => (s.id === "products" ? products : s)) },
      { sample: false }
    );
  });
  afterAll(() => p.off());

  test("Create / update plan workbook", () => {
    const col = PRODUCTS_SHEET.columns.findIndex((c) => c.field === "name");
    const letter = String.fromCharCode(65 + col);
    expect(TEXTS.map((_, i) => p.read("Products", `${letter}${i + 2}`))).toEqual(TEXTS);
  });

  test("a waiver's reason and target", async () => {
    for (const t of TEXTS) await p.port.addWaiver({ rule: "X", target: t, reason: t }, "en");
    const sheets: SheetInput[] = await p.port.readSheets();
    const rows = sheets.find((s) => s.name === "Waivers")?.rows ?? [];
    const tail = rows.slice(-TEXTS.length);
    expect(tail.map((r) => r[1])).toEqual(TEXTS);
    expect(tail.map((r) => r[2])).toEqual(TEXTS);
  });

  test("the Findings sheet's messages and sheet names", async () => {
    const findings: Finding[] = TEXTS.map((t, i) => ({
      rule: "PROMO_TOO_LONG",
      severity: "error",
      sheet: t,
      row: i + 2,
      column: "E",
      address: `Promotions!E${i + 2}`,
      message: t,
      related: [],
    }));
    await p.port.writeFindings(findings, "en");
    expect(TEXTS.map((_, i) => p.read("Findings", `C${i + 2}`))).toEqual(TEXTS);
    expect(TEXTS.map((_, i) => p.read("Findings", `E${i + 2}`))).toEqual(TEXTS);
  });

  test("writeCells (Fill Regions suggestions)", async () => {
    await p.port.writeCells(TEXTS.map((t, i) => ({ address: `Products!Z${i + 2}`, value: t })));
    expect(TEXTS.map((_, i) => p.read("Products", `Z${i + 2}`))).toEqual(TEXTS);
  });

  test("the Timeline sheet", async () => {
    const l = timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR });
    const first = l.rows.length;
    const rows = [...l.rows, ...TEXTS.map((t) => [null, t])];
    await p.port.writeTimeline({ ...l, rows }, "en");
    expect(TEXTS.map((_, i) => p.read(l.name, `B${first + i + 1}`))).toEqual(TEXTS);
  });

  test("the Dashboard sheet", async () => {
    const l = dashboardLayout(dailyTrends(planOf({ daily: [] }), { lang: "en" }), { lang: "en" });
    const first = l.rows.length;
    await p.port.writeDashboard({ ...l, rows: [...l.rows, ...TEXTS.map((t) => [t])] });
    expect(TEXTS.map((_, i) => p.read(l.name, `A${first + i + 1}`))).toEqual(TEXTS);
  });
});
