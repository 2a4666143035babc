/**
 * Syncs and payload: writing or reading a plan costs at most a constant number of `context.sync()` calls plus one per
 * 4 MB of payload, and no batch goes over 4 MB sent (5 MB, Excel on the web's limit, received).
 */
import { DAILY_SHEET } from "../../src/core/schema/sheets";
import { sheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import { APPLY_LAYOUT_SYNCS } from "../../src/excel/applyLayout";
import { MAX_REQUEST_BYTES } from "../../src/excel/chunks";
import { READ_SHEETS_SYNCS } from "../../src/excel/readSheets";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel, WEB_PAYLOAD_LIMIT } from "./fakeExcel";

const PLATFORMS = ["Tmall", "Taobao", "JD", "Suning", "Pinduoduo", "Douyin"];

/** The empty plan workbook with `n` Daily rows (formulas in its four computed columns). */
function planWith(n: number): PlanWorkbookLayout {
  const l = planWorkbookLayout({
    lang: "en",
    year: 2027,
    sample: false,
    today: new Date(2026, 5, 1),
    formulas: true,
  });
  const rows = Array.from({ length: n }, (_, i) => ({
    date: 46388 + Math.floor(i / 6),
    platform: PLATFORMS[i % 6],
    channel: "CPC search ads",
    visitors: 1000 + (i % 500),
    orders: 30 + (i % 20),
    revenue: 5000 + i,
    adSpend: 800 + (i % 300),
    clicks: 400 + (i % 100),
  }));
  const daily = sheetLayout(DAILY_SHEET, "en", rows, { currency: "CNY", formulas: true });
  return { ...l, sheets: l.sheets.map((s) => (s.id === "daily" ? daily : s)) };
}

interface Cost {
  syncs: number;
  bytes: number;
  bound: number;
}

function costOf(fake: FakeExcel, constant: number): Cost {
  const bytes = fake.requestBytes + fake.responseBytes;
  for (const b of fake.batches) {
    expect(b.request).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(b.response).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  }
  return { syncs: fake.syncs, bytes, bound: constant + Math.ceil(bytes / MAX_REQUEST_BYTES) };
}

/** Syncs beyond the payload's share, as src/excel/ writes them next to each operation. */
const APPLY_CONSTANT = APPLY_LAYOUT_SYNCS;
const READ_CONSTANT = READ_SHEETS_SYNCS;

describe.each([10, 20000])("a plan with %d Daily rows", (n) => {
  const fake = new FakeExcel();
  let uninstall: () => void = () => undefined;
  const costs: Record<string, Cost> = {};
  let suspendedOnCreate = 0;

  beforeAll(async () => {
    uninstall = fake.install();
    const port = createExcelWorkbook();
    const layout = planWith(n);
    await port.applyPlanLayout(layout, { sample: false });
    costs.create = costOf(fake, APPLY_CONSTANT);
    suspendedOnCreate = fake.suspended;
    fake.resetCounters();
    await port.applyPlanLayout(layout, { sample: false });
    costs.update = costOf(fake, APPLY_CONSTANT);
    fake.resetCounters();
    const sheets = await port.readSheets();
    costs.read = costOf(fake, READ_CONSTANT);
    expect(sheets.find((s) => s.name === "Daily")?.rows).toHaveLength(n + 1);
  }, 60000);
  afterAll(() => uninstall());

  test("creating the workbook stays within the sync bound", () => {
    expect(costs.create.syncs).toBeLessThanOrEqual(costs.create.bound);
    expect(fake.sheet("Daily")).toBeDefined();
    expect(fake.tableOf("tblDaily")?.rect.r2).toBe(n + 1);
  });

  test("updating it stays within the sync bound", () => {
    expect(costs.update.syncs).toBeLessThanOrEqual(costs.update.bound);
  });

  test("reading it stays within the sync bound", () => {
    expect(costs.read.syncs).toBeLessThanOrEqual(costs.read.bound);
  });

  test("the payload is what the plan holds: a large plan is split into several batches, a small one is not", () => {
    if (n === 10) {
      expect(costs.create.syncs).toBe(2);
      expect(costs.read.syncs).toBe(4); // collections, sizes, values, merged SKU cells
    } else {
      expect(costs.create.bytes).toBeGreaterThan(MAX_REQUEST_BYTES);
      expect(costs.create.syncs).toBeGreaterThanOrEqual(3);
    }
  });

  test("calculation is suspended in every write batch, and reading suspends nothing", () => {
    // Creating: one sync reads the collections, every other one writes.
    expect(suspendedOnCreate).toBe(costs.create.syncs - 1);
    expect(fake.suspended).toBe(0);
  });
});
