import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
test("smoke", async () => {
  const fake = new FakeExcel();
  const off = fake.install();
  const port = createExcelWorkbook();
  const l = planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: new Date(2026, 5, 1), formulas: true });
  const s = await port.applyPlanLayout(l, { sample: true });
  console.log(JSON.stringify(s), fake.syncs, fake.requestBytes, fake.responseBytes, JSON.stringify(fake.batches));
  fake.resetCounters();
  const s2 = await port.applyPlanLayout(l, { sample: true });
  console.log(JSON.stringify(s2), fake.syncs, fake.requestBytes, fake.responseBytes, JSON.stringify(fake.batches), fake.writes.map(w => w.sheet + "!" + w.address + ":" + w.kind).slice(0, 30));
  fake.resetCounters();
  const r = await port.readSheets();
  console.log(r.map(x => x.name + " " + x.rows.length), fake.syncs);
  off();
});
