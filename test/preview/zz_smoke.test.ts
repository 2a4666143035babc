import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { FormulaEngine } from "../../src/preview/formulaEngine";
test("smoke", async () => {
  for (const lang of ["en", "zh-CN"] as const) {
  const wb = new MemoryWorkbook();
  const l = planWorkbookLayout({ lang, year: 2027, sample: true, today: new Date(2026, 5, 1), formulas: true });
  await wb.applyPlanLayout(l, { sample: true });
  const before = new Map<string, unknown>();
  for (const s of wb.sheets) for (const [k, c] of s.cells) if (c.formula) before.set(`${s.name}!${k}`, c.value);
  const eng = new FormulaEngine();
  let t = Date.now();
  wb.useCalculator(eng);
  console.log(lang, "recalc ms", Date.now() - t, "formulas", before.size);
  let diffs = 0;
  for (const s of wb.sheets) for (const [k, c] of s.cells) if (c.formula) {
    const b = before.get(`${s.name}!${k}`);
    const same = typeof b === "number" && typeof c.value === "number" ? Math.abs(b - c.value) < 1e-9 : JSON.stringify(b) === JSON.stringify(c.value) || ((b === null || b === "") && (c.value === "" || c.value === null));
    if (!same && diffs++ < 10) console.log(s.name, k, c.formula, "core:", JSON.stringify(b), "hf:", JSON.stringify(c.value), c.message);
  }
  console.log("diffs", diffs);
  t = Date.now();
  wb.setCell(lang === "en" ? "Promotions" : "活动", "E2", 47000);
  console.log("edit ms", Date.now() - t);
  }
});
