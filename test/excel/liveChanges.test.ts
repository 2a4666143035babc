/**
 * What port.onChange reports to live validation (src/excel/events.ts): a planner's edits, not the add-in's own writes
 * (Excel raises onChanged for both; the fake does too, with triggerSource from ExcelApi 1.14); once per input sheet
 * when one of our writes of input sheets ends; each sheet's name looked up once; nothing read while the pane is hidden,
 * and each sheet changed meanwhile reported once when it shows.
 */
import type { Unsubscribe, WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout } from "../../src/core/timeline";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { OWN_WRITE_GRACE_MS, resetChangeTracking } from "../../src/excel/events";
import { sampleSheets, YEAR } from "../taskpane/fakePort";
import { FakeExcel } from "./fakeExcel";

const SAMPLE = planWorkbookLayout({
  lang: "en",
  year: YEAR,
  sample: true,
  today: new Date(2026, 5, 1),
  formulas: true,
});

/** Lets Excel's events (raised after a batch) and the handlers' own Excel.run finish. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;
let seen: string[];
let unsubscribe: Unsubscribe;

async function setUp(apiVersion: string): Promise<void> {
  resetChangeTracking();
  fake = new FakeExcel(["Sheet1"]);
  uninstall = fake.install("en", apiVersion);
  port = createExcelWorkbook();
  await port.applyPlanLayout(SAMPLE, { sample: true });
  await settle();
  seen = [];
  unsubscribe = await port.onChange((name) => seen.push(name));
}
afterEach(async () => {
  unsubscribe();
  await settle();
  uninstall();
});

describe.each(["1.17", "1.13"])("ExcelApi %s", (apiVersion) => {
  beforeEach(() => setUp(apiVersion));

  test("Apply allocation (writeCells): one change reported for Budget when the write ends, none from its batch", async () => {
    await port.writeCells([
      { address: "Budget!E2", value: 12000 },
      { address: "Budget!E3", value: 8000 },
      { address: "Budget!E4", value: 3500 },
    ]);
    await settle();
    expect(seen).toEqual(["Budget"]);
  });

  test("Create / update: each sheet it wrote reported once, after the write", async () => {
    await port.applyPlanLayout(SAMPLE, { sample: false });
    await settle();
    expect(seen.sort()).toEqual(SAMPLE.sheets.map((s) => s.name).sort());
  });

  test("an output write (Timeline, Findings, highlights) reports nothing", async () => {
    await port.writeTimeline(
      timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR }),
      "en"
    );
    await port.writeFindings(SAMPLE.findings, "en");
    await port.highlight([{ address: "Promotions!G3", severity: "error" }]);
    await settle();
    expect(seen).toEqual([]);
  });

  test("a planner's edit is reported; two edits of one sheet look its name up once", async () => {
    // Without the trigger source, a change right after our own write is taken as ours: wait that out.
    if (apiVersion === "1.13") await new Promise((r) => setTimeout(r, OWN_WRITE_GRACE_MS + 50));
    fake.resetCounters();
    await fake.fireChanged("Promotions", "B2");
    await fake.fireChanged("Promotions", "B3");
    await fake.fireChanged("Prices", "C4");
    expect(seen).toEqual(["Promotions", "Promotions", "Prices"]);
    expect(fake.syncs).toBe(2);
  });
});

describe("the sheet names kept", () => {
  beforeEach(() => setUp("1.17"));

  test("a rename is heard (ExcelApi 1.17): the next edit carries the new name", async () => {
    await fake.fireChanged("Regions", "B2");
    await fake.rename("Regions", "Regions 2027");
    await fake.fireChanged("Regions 2027", "B3");
    expect(seen).toEqual(["Regions", "Regions 2027"]);
  });
});

describe("while the pane is hidden", () => {
  beforeEach(() => setUp("1.17"));

  test("edits are only noted — the workbook is not read — and each sheet is reported once when the pane shows", async () => {
    fake.resetCounters();
    fake.setPaneVisible(false);
    await fake.fireChanged("Promotions", "B2");
    await fake.fireChanged("Promotions", "B3");
    await fake.fireChanged("Prices", "C4");
    await settle();
    expect(seen).toEqual([]);
    expect(fake.syncs).toBe(0);
    fake.setPaneVisible(true);
    await settle();
    expect(seen).toEqual(["Promotions", "Prices"]);
    // Shown, edits are reported as they come again.
    await fake.fireChanged("Budget", "E2");
    expect(seen).toEqual(["Promotions", "Prices", "Budget"]);
  });
});
