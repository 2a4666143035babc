import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { sheetLayout } from "../../src/core/write/layout";
import { sheetSpec } from "../../src/core/schema/sheets";
import { samplePlan } from "../../src/core/sample/samplePlan";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
test("big", async () => {
  const l = planWorkbookLayout({ lang: "en", year: 2027, sample: true, formulas: true });
  const promos = samplePlan(2027, "en").promotions!;
  const rows = Array.from({ length: 2000 }, (_, i) => promos[i % promos.length]);
  const i = l.sheets.findIndex((s) => s.id === "promotions");
  l.sheets[i] = sheetLayout(sheetSpec("promotions"), "en", rows, { currency: "CNY", formulas: true });
  const wb = newPreviewWorkbook("en");
  let t = Date.now();
  await wb.applyPlanLayout(l, { sample: true });
  console.log("apply+recalc ms", Date.now() - t);
  for (const [s, a, v] of [["Promotions", "Z5", "x"], ["Products", "Z5", "x"], ["Promotions", "C2", "x"], ["Promotions", "E2", 46600], ["Promotions", "E3", 46600], ["Promotions", "D3", 46500], ["Promotions", "D4", 46500]] as const) {
    t = Date.now(); wb.setCell(s, a, v); console.log("edit", s, a, Date.now() - t);
  }
});
