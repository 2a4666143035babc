/**
 * What the pane keeps of the working plan and of versions (src/core/planReadings.ts): reused while the workbook has
 * not changed — by the port's change token, or by the cells read — and never after a change; a version's reading is
 * the working plan's at its save, as if read from the version itself.
 */
import { PlanReadings } from "../../../src/core/planReadings";
import { compareReadings } from "../../../src/core/versions/compare/compare";
import { PlanReading } from "../../../src/core/versions/compare/reading";
import { compareSides, saveWorkingPlan } from "../../../src/core/versions/session";
import { takeSnapshot } from "../../../src/core/versions/snapshot";
import { readSnapshot, snapshotParts } from "../../../src/core/versions/versionsSheet";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { fakePort, sampleSheets, TODAY, writeCell } from "../../taskpane/fakePort";

const NEW_VERSION = { name: "v1", note: "", saved: "2026-06-01T00:00:00.000Z", baseline: false };

function sampleWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook("en");
  for (const s of sampleSheets()) wb.addSheet(s.name, s.rows, `A${s.firstRow ?? 1}`);
  return wb;
}

describe("PlanReadings, over a port with a change token (the preview's workbook)", () => {
  it("reuses the working plan's reading until a sheet changes; saving a version changes none", async () => {
    const wb = sampleWorkbook();
    const readings = new PlanReadings(wb);
    const read = jest.spyOn(wb, "readSheets");
    const token = await wb.changeToken();
    // "Today" as the pane takes it (saveWorkingPlan's).
    const first = await readings.workingPlan();
    expect(await readings.workingPlan()).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    await saveWorkingPlan(wb, readings, NEW_VERSION, "en");
    expect(await wb.changeToken()).toBe(token);
    expect(await readings.workingPlan()).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    wb.setCell("Promotions", "G2", 1);
    const edited = await readings.workingPlan();
    expect(edited).not.toBe(first);
    expect(edited.plan.promotions[0].v.promoPrice).toBe(1);
    expect(edited.findings("en").length).toBeGreaterThan(first.findings("en").length);
  });

  it("reads again after a sheet is added, and on another day", async () => {
    const wb = sampleWorkbook();
    const readings = new PlanReadings(wb);
    const first = await readings.workingPlan(TODAY);
    wb.addSheet("Notes", [["x"]]);
    const second = await readings.workingPlan(TODAY);
    expect(second).not.toBe(first);
    const tomorrow = new Date(TODAY.getTime() + 86_400_000);
    expect(await readings.workingPlan(tomorrow)).not.toBe(second);
  });
});

describe("PlanReadings, over a port without one (Excel)", () => {
  it("reuses the reading while the cells read are the same, and never after an edit", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const readings = new PlanReadings(port);
    const first = await readings.workingPlan(TODAY);
    expect(await readings.workingPlan(TODAY)).toBe(first);
    expect(port.readSheets).toHaveBeenCalledTimes(2);
    writeCell(port.sheets, "Promotions!G2", 1);
    const edited = await readings.workingPlan(TODAY);
    expect(edited).not.toBe(first);
    expect(edited.plan.promotions[0].v.promoPrice).toBe(1);
  });

  it("compares a version just saved without reading it back; a new pane reads it once", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const readings = new PlanReadings(port);
    const info = await saveWorkingPlan(port, readings, NEW_VERSION, "en");
    writeCell(port.sheets, "Promotions!G2", 1);
    const c = await compareSides(readings, info, "plan", "en");
    expect(port.readVersion).not.toHaveBeenCalled();
    expect(c.sheets.map((s) => [s.id, s.changed.length])).toEqual([["promotions", 1]]);

    const reopened = new PlanReadings(port);
    const again = await compareSides(reopened, info, "plan", "en");
    await compareSides(reopened, info, "plan", "en");
    expect(port.readVersion).toHaveBeenCalledTimes(1);
    expect(again.sheets).toEqual(c.sheets);
    expect(again.effects).toEqual(c.effects);
  });
});

describe("a version's reading is the working plan's at its save", () => {
  it("the sample plan read from its version's data has the same plan, findings and rows", () => {
    const sheets = sampleSheets();
    const working = new PlanReading({ sheets }, TODAY);
    const version = new PlanReading(readSnapshot(snapshotParts(takeSnapshot(sheets))), TODAY);
    expect(version.findings("en")).toEqual(working.findings("en"));
    expect(version.findings("zh-CN")).toEqual(working.findings("zh-CN"));
    expect(version.totals).toEqual(working.totals);
    const c = compareReadings(version, working, "en");
    expect(c.equal).toBe(true);
    expect(c.effects.appeared).toEqual([]);
    expect(c.effects.disappeared).toEqual([]);
    expect(c.effects.weeks).toEqual([]);
  });
});
