/**
 * The Diagnostics self-check (src/excel/diagnostics.ts) against the fake Excel and through Office.js's own client:
 * every named check runs and says what it saw, each in scratch sheets none of which survives — also when a check
 * fails part-way (the fake refusing a command), when the scratch sheet itself is refused, and after an interrupted run.
 * What Excel itself does on these paths is for a planner to run in Excel; here the checks' plumbing is tested (the fake
 * computes no PLAN function, so those two fail here, saying what they saw).
 */
import { DIAGNOSTIC_CHECKS, type DiagnosticsReport } from "../../src/core/port";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { DIAGNOSTICS_PREFIX, REQUIREMENT_SETS, runDiagnostics } from "../../src/excel/diagnostics";
import { FakeExcel } from "./fakeExcel";
import { installOfficeClient } from "./office/installOfficeClient";

const noWait = { delay: async (): Promise<void> => undefined, busyReads: 1 };
const byId = (r: DiagnosticsReport) => Object.fromEntries(r.checks.map((c) => [c.id, c]));

let fake: FakeExcel;
let uninstall: () => void;
beforeEach(() => {
  fake = new FakeExcel(["Plan", "Notes"]);
  fake.type("Plan", "A1", "mine");
  uninstall = fake.install("en", "1.17");
});
afterEach(() => uninstall());

const names = (): string[] => fake.sheets.map((s) => s.name);

test("every named check runs and says what it saw; the scratch sheets are gone; the workbook as it was", async () => {
  const report = await runDiagnostics(noWait);
  expect(report.checks.map((c) => c.id)).toEqual([...DIAGNOSTIC_CHECKS]);
  const c = byId(report);
  expect(c.sheetAddDelete).toEqual({
    id: "sheetAddDelete",
    ok: true,
    seen: "added: there; deleted: gone",
  });
  expect(c.formulaSheetSameBatch.ok).toBe(true);
  expect(c.formulaSheetSameBatch.seen).toContain("shows 42");
  // The fake refuses a formula naming a sheet not there yet, as the add-in assumes Excel mishandles it.
  expect(c.formulaSheetAfter).toMatchObject({ ok: true });
  expect(c.formulaSheetAfter.seen).toContain("does not exist");
  // Read through the sheet's A1 range, the rule comes back relative to A1: recognised by its marker all the same.
  expect(c.conditionalFormatAnchor.ok).toBe(true);
  expect(c.conditionalFormatAnchor.seen).toContain("through A1 =IF(ISERROR($A1),TRUE,AND($A1<>");
  expect(c.hyperlink).toMatchObject({ ok: true });
  expect(c.planValue.ok).toBe(false);
  expect(c.planValue.seen).toContain("=PLAN.CONVERSION(30,1000) shows");
  expect(c.planErrorInput.ok).toBe(false);
  expect(c.largeRequest.ok).toBe(true);
  expect(c.largeRequest.seen).toMatch(/^3\.\d\d MB budgeted, sent in 1 request/);
  expect(report.host).toEqual({
    application: "Excel",
    version: "16.0.fake",
    platform: "OfficeOnline",
  });
  expect(report.sets).toEqual(
    REQUIREMENT_SETS.map((s) => ({ ...s, supported: s.name === "ExcelApi" }))
  );
  expect(names()).toEqual(["Plan", "Notes"]);
  expect(fake.cell("Plan", "A1")?.value).toBe("mine");
  expect(fake.largestRequest()).toBeLessThan(4 * 1024 * 1024);
});

test.each<[string, string, string, number]>([
  ["a rule Excel refuses", "ConditionalFormatCollection.add", "conditionalFormatAnchor", 1],
  ["a formula write", "Range.formulas", "formulaSheetSameBatch", 1],
  ["the large request", "Range.formulas", "largeRequest", 7],
])(
  "a check that fails mid-way (%s) fails alone, saying so, and no scratch sheet survives",
  async (_what, member, id, nth) => {
    fake.failOn(member, nth);
    const report = await runDiagnostics(noWait);
    const failed = report.checks.find((c) => c.id === id);
    expect(failed?.ok).toBe(false);
    expect(failed?.seen).toContain("injected");
    expect(byId(report).sheetAddDelete.ok).toBe(true);
    expect(names()).toEqual(["Plan", "Notes"]);
  }
);

test("Excel refusing the scratch sheet itself: every check fails with that, and nothing is left", async () => {
  fake.failOn("Worksheet.visibility");
  const report = await runDiagnostics(noWait);
  expect(report.checks.map((c) => c.id)).toEqual([...DIAGNOSTIC_CHECKS]);
  for (const c of report.checks) {
    expect(c.ok).toBe(false);
    expect(c.seen).toContain("injected");
  }
  expect(names()).toEqual(["Plan", "Notes"]);
});

test("scratch sheets an interrupted run left are deleted first", async () => {
  fake.addSheet(`${DIAGNOSTICS_PREFIX}nostics`, [["left over"]]);
  fake.addSheet(`${DIAGNOSTICS_PREFIX}-b`);
  const report = await runDiagnostics(noWait);
  expect(byId(report).formulaSheetSameBatch.ok).toBe(true);
  expect(names()).toEqual(["Plan", "Notes"]);
});

test("through the port, its writes are the add-in's own: no change is reported to live validation", async () => {
  const port = createExcelWorkbook();
  const seen: string[] = [];
  const off = await port.onChange((n) => seen.push(n));
  const report = await port.runDiagnostics?.();
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
  off();
  expect(report?.checks).toHaveLength(DIAGNOSTIC_CHECKS.length);
  expect(seen).toEqual([]);
});

test("through Office.js's own client the checks run the same and leave nothing", async () => {
  uninstall();
  const f = new FakeExcel(["Plan"]);
  const installed = installOfficeClient(f, { displayLanguage: "en" });
  try {
    const report = await runDiagnostics(noWait);
    const c = byId(report);
    expect(c.sheetAddDelete.ok).toBe(true);
    expect(c.formulaSheetSameBatch.ok).toBe(true);
    expect(c.conditionalFormatAnchor.ok).toBe(true);
    expect(c.hyperlink.ok).toBe(true);
    expect(c.largeRequest.ok).toBe(true);
    expect(f.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(installed.host.largestRequest).toBeLessThan(4 * 1024 * 1024);
  } finally {
    installed.uninstall();
    uninstall = fake.install("en", "1.17");
  }
}, 60_000);
