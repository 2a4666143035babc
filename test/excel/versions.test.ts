/**
 * Plan versions through the Excel adapter over the fake: the versions sheet is very hidden and protected (a write to it
 * is refused, as Excel refuses it), never read as a plan sheet, and a version reads back, marks the baseline and
 * restores the working sheets.
 */
import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { comparePlans } from "../../src/core/versions/compare/compare";
import { changesReport } from "../../src/core/versions/changesReport";
import { restorePlan } from "../../src/core/versions/restore";
import { takeSnapshot } from "../../src/core/versions/snapshot";
import { snapshotParts, VERSIONS_SHEET } from "../../src/core/versions/versionsSheet";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";

const TODAY = new Date(2026, 5, 1);
let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;

beforeEach(async () => {
  fake = new FakeExcel(["Sheet1"]);
  uninstall = fake.install("en-US");
  port = createExcelWorkbook();
  const layout = planWorkbookLayout({
    lang: "en",
    year: 2027,
    sample: true,
    today: TODAY,
    formulas: true,
  });
  await port.applyPlanLayout(layout, { sample: true });
});
afterEach(() => uninstall());

async function save(name: string, baseline = false) {
  const parts = snapshotParts(takeSnapshot(await port.readSheets()));
  return port.saveVersion({
    name,
    note: "a note",
    saved: "2026-12-06T10:00:00.000Z",
    baseline,
    parts,
  });
}

test("a saved version is in a very hidden, protected sheet that the reader and validation never see", async () => {
  const before = await port.readSheets();
  const v = await save("Original");
  expect(v).toMatchObject({ id: 1, name: "Original", row: 2, baseline: false });
  const sheet = fake.sheets.find((s) => s.name === VERSIONS_SHEET);
  expect(sheet).toMatchObject({ visibility: "VeryHidden", protected: true });
  expect(await port.readSheets()).toEqual(before);
  expect(validatePlan(readPlan({ sheets: await port.readSheets() }, { today: TODAY })).length).toBe(
    validatePlan(readPlan({ sheets: before }, { today: TODAY })).length
  );
  // Excel refuses a write to a protected sheet; the fake does too.
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(VERSIONS_SHEET).getRange("B2").values = [["edited"]];
      await context.sync();
    })
  ).rejects.toThrow(/protected sheet/);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(VERSIONS_SHEET).activate();
      await context.sync();
    })
  ).rejects.toThrow(/hidden worksheet/);
});

test("lists versions, reads one back as it was saved, and marks one baseline", async () => {
  await save("Original");
  fake.cell("Promotions", "G2")!.value = 1;
  await save("Scenario", true);
  const list = await port.listVersions();
  expect(list.map((v) => [v.id, v.name, v.baseline])).toEqual([
    [1, "Original", false],
    [2, "Scenario", true],
  ]);
  await port.setBaseline(1);
  expect((await port.listVersions()).map((v) => v.baseline)).toEqual([true, false]);
  const one = await port.readVersion(1);
  const two = await port.readVersion(2);
  const c = comparePlans(one.snapshot, two.snapshot, { today: TODAY });
  expect(c.sheets.map((d) => d.id)).toEqual(["promotions"]);
  expect(c.sheets[0].changed[0].cells[0]).toMatchObject({ field: "promoPrice", after: "1" });
  expect(fake.sheets.find((s) => s.name === VERSIONS_SHEET)?.protected).toBe(true);
});

test("restores a version into the working sheets, and writes a Changes sheet", async () => {
  await save("Original");
  const original = await port.readSheets();
  fake.cell("Promotions", "G2")!.value = 1;
  fake.cell("Products", "A3")!.value = "NEW-1";
  const version = await port.readVersion(1);
  await port.restoreVersion(restorePlan(version.snapshot, await port.readSheets()));
  const c = comparePlans(
    { sheets: original },
    { sheets: await port.readSheets() },
    { today: TODAY }
  );
  expect(c.equal).toBe(true);

  const changed = comparePlans(
    version.snapshot,
    { sheets: original.map((s) => (s.name === "Budget" ? { ...s, rows: s.rows.slice(0, 2) } : s)) },
    { today: TODAY }
  );
  await port.writeChanges(
    changesReport(changed, { before: "Original", after: "working plan" }, "en"),
    "en"
  );
  expect(fake.cell("Changes", "A1")?.value).toBe("Changes from Original to working plan");
  expect(fake.cell("Changes", "B4")?.value).toBe("removed");
  // Written again over its own sheet; a planner's own "Changes" sheet is never written over.
  await port.writeChanges(
    changesReport(changed, { before: "Original", after: "working plan" }, "en"),
    "en"
  );
  fake.cell("Changes", "A3")!.value = "My notes";
  await expect(
    port.writeChanges(changesReport(changed, { before: "a", after: "b" }, "en"), "en")
  ).rejects.toThrow(/not written by Ops Planner/);
});
