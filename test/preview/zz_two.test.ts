import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
test("two-step", async () => {
  const wb = newPreviewWorkbook("en");
  const l0 = planWorkbookLayout({ lang: "en", year: 2027, sample: false, formulas: true });
  await wb.applyPlanLayout(l0, { sample: false });
  const l = planWorkbookLayout({ lang: "en", year: 2027, sample: true, formulas: true });
  await wb.applyPlanLayout(l, { sample: true });
  console.log(JSON.stringify(wb.cell("Promotions", "K2")));
  const f = wb.cell("Promotions", "K2")!.formula!.replace(/^IFERROR\(/, "").replace(/,""\)$/, "");
  for (const [i, g] of ["MaxPromoDays", "D2", "E2", "IF(COUNTIFS(Calendar!$E:$E,\">=0\",Calendar!$B:$B,\"<=\"&E2,Calendar!$C:$C,\">=\"&D2)=0,MaxPromoDays,MINIFS(Calendar!$E:$E,Calendar!$E:$E,\">=0\",Calendar!$B:$B,\"<=\"&E2,Calendar!$C:$C,\">=\"&D2))", "COUNTIFS(Calendar!$E:$E,\">=0\",Calendar!$B:$B,\"<=\"&E2,Calendar!$C:$C,\">=\"&D2)", "INDEX(Products!$E:$E,MATCH(A2,Products!$A:$A,0))", "PLAN.PROMOCHECK(D2,E2,G2,699,I2,0,3,H2,0)", "Settings!B4"].entries()) {
    wb.setCell("Promotions", `Z${i + 2}`, "=" + g);
    console.log(g, JSON.stringify(wb.cell("Promotions", `Z${i + 2}`)?.value));
  }
  console.log(JSON.stringify([...wb.sheet("Settings")!.cells].slice(0, 12)));
});
