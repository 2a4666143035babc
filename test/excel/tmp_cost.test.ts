import { DAILY_SHEET } from "../../src/core/schema/sheets";
import { sheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
const PLATFORMS = ["Tmall", "Taobao", "JD", "Suning", "Pinduoduo", "Douyin"];
function planOf(n: number): PlanWorkbookLayout {
  const l = planWorkbookLayout({ lang: "en", year: 2027, sample: false, today: new Date(2026, 5, 1), formulas: true });
  const rows = Array.from({ length: n }, (_, i) => ({ date: 46388 + Math.floor(i / 6), platform: PLATFORMS[i % 6], channel: "CPC search ads", visitors: 1000 + (i % 500), orders: 30 + (i % 20), revenue: 5000 + i, adSpend: 800 + (i % 300), clicks: 400 + (i % 100) }));
  const daily = sheetLayout(DAILY_SHEET, "en", rows, { currency: "CNY", formulas: true });
  return { ...l, sheets: l.sheets.map((s) => (s.id === "daily" ? daily : s)) };
}
test.each([10, 20000])("cost %d", async (n) => {
  const fake = new FakeExcel();
  const off = fake.install();
  const port = createExcelWorkbook();
  const l = planOf(n);
  const t0 = Date.now();
  await port.applyPlanLayout(l, { sample: false });
  const show = (what: string) => console.log(n, what, fake.syncs, fake.requestBytes, fake.responseBytes, Math.ceil((fake.requestBytes + fake.responseBytes) / 4194304), JSON.stringify(fake.batches), Date.now() - t0);
  show("create");
  fake.resetCounters();
  await port.applyPlanLayout(l, { sample: false });
  show("update");
  fake.resetCounters();
  await port.readSheets();
  show("read");
  off();
}, 60000);
