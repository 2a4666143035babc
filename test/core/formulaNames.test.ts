import { planFormulaText } from "../../src/core/formulaNames";

test.each([
  ["_xldudf_PLAN_PROMODAYS(D2,E2)", "PLAN.PROMODAYS(D2,E2)"],
  ['IFERROR(_xldudf_PLAN_PROMOCHECK(D2,E2,G2),"")', 'IFERROR(PLAN.PROMOCHECK(D2,E2,G2),"")'],
  ["_xldudf_plan_conversion (E2,D2)", "PLAN.CONVERSION (E2,D2)"],
  ["_xldudf_PLAN_AOV(F2,E2)+_xldudf_PLAN_CPC(G2,H2)", "PLAN.AOV(F2,E2)+PLAN.CPC(G2,H2)"],
  ['"_xldudf_PLAN_AOV(" & A1', '"_xldudf_PLAN_AOV(" & A1'],
  ["_xldudf_OTHER_FN(A1)", "_xldudf_OTHER_FN(A1)"],
  ["PLAN.ROAS(F2,G2)", "PLAN.ROAS(F2,G2)"],
])("%s → %s", (stored, shown) => {
  expect(planFormulaText(stored)).toBe(shown);
});
