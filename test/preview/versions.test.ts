/**
 * Plan versions in the preview's in-memory workbook: saved in a very hidden, protected sheet that has no tab, is not
 * read as a plan sheet, refuses an edit, survives Download .xlsx and Open .xlsx, and grows the file by at most 1.1 ×
 * the compressed size of the values it copies.
 */
import { deflateSync } from "zlib";
import type { SheetInput } from "../../src/core/read/input";
import { readPlan } from "../../src/core/read/readPlan";
import { cellText } from "../../src/core/read/cellValue";
import { validatePlan } from "../../src/core/validate";
import { comparePlans } from "../../src/core/versions/compare/compare";
import { restorePlan } from "../../src/core/versions/restore";
import { takeSnapshot } from "../../src/core/versions/snapshot";
import { snapshotParts, VERSIONS_SHEET } from "../../src/core/versions/versionsSheet";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { readXlsxBytes } from "../../src/preview/open/readXlsxBytes";
import { toMemoryWorkbook } from "../../src/preview/open/toMemoryWorkbook";
import { xlsxBytes } from "../../src/preview/xlsxDownload";

jest.setTimeout(120_000);
const TODAY = new Date(2026, 5, 1);

async function samplePlan(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook("en");
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  return wb;
}

async function save(wb: MemoryWorkbook, name: string) {
  const parts = snapshotParts(takeSnapshot(await wb.readSheets()));
  return wb.saveVersion({
    name,
    note: "",
    saved: "2026-12-06T10:00:00.000Z",
    baseline: false,
    parts,
  });
}

/** The compressed size of the values a version copies: its input sheets as tab-separated text, deflated. */
function compressedValues(sheets: readonly SheetInput[]): number {
  const text = takeSnapshot(sheets)
    .sheets.map((s) => s.rows.map((r) => r.map((c) => cellText(c ?? null)).join("\t")).join("\n"))
    .join("\n");
  return deflateSync(Buffer.from(text, "utf8")).length;
}

test("a version is very hidden, protected and never read as the plan", async () => {
  const wb = await samplePlan();
  const before = await wb.readSheets();
  await save(wb, "Original");
  const s = wb.sheet(VERSIONS_SHEET);
  expect(s).toMatchObject({ visibility: "VeryHidden", protected: true });
  expect(await wb.readSheets()).toEqual(before);
  expect(() => wb.setCell(VERSIONS_SHEET, "B2", "edited")).toThrow(/protected sheet/);
  const findings = validatePlan(readPlan({ sheets: await wb.readSheets() }, { today: TODAY }));
  expect(findings.some((f) => f.sheet === VERSIONS_SHEET)).toBe(false);
});

test("restores a version: the working plan reads as it was", async () => {
  const wb = await samplePlan();
  const original = await wb.readSheets();
  await save(wb, "Original");
  wb.setCell("Promotions", "G2", 1);
  wb.setCell("Products", "A3", "NEW-1");
  const v = await wb.readVersion(1);
  await wb.restoreVersion(restorePlan(v.snapshot, await wb.readSheets()));
  expect(
    comparePlans({ sheets: original }, { sheets: await wb.readSheets() }, { today: TODAY }).equal
  ).toBe(true);
});

test("Download .xlsx keeps versions very hidden and protected, and grows the file by ≤ 1.1 × the compressed values", async () => {
  const wb = await samplePlan();
  const without = (await xlsxBytes(wb, "en")).byteLength;
  const sheets = await wb.readSheets();
  await save(wb, "Original");
  const bytes = await xlsxBytes(wb, "en");
  const growth = bytes.byteLength - without;
  const values = compressedValues(sheets);
  expect(growth).toBeLessThanOrEqual(1.1 * values);

  const opened = toMemoryWorkbook(await readXlsxBytes(bytes), "en", "");
  const s = opened.sheet(VERSIONS_SHEET);
  expect(s).toMatchObject({ visibility: "VeryHidden", protected: true });
  const back = await opened.readVersion(1);
  expect(back.name).toBe("Original");
  expect(comparePlans({ sheets }, back.snapshot, { today: TODAY }).equal).toBe(true);
});
