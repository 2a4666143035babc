import { planFormulaText, formulaAsShown } from "../../src/core/formulaNames";
import { fileFormula } from "../../src/xlsx/renderParts";

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

describe("formulaAsShown: a formula read from a file as Excel's formula bar shows it", () => {
  test("MINIFS / MAXIFS lose the file's _xlfn. prefix, in any case; fileFormula puts it back", () => {
    const file = '_xlfn.MINIFS(Promotions!$D:$D,Promotions!$A:$A,A2)+_xlfn.maxifs(B:B,C:C,"x")';
    const shown = formulaAsShown(file);
    expect(shown).toBe('MINIFS(Promotions!$D:$D,Promotions!$A:$A,A2)+maxifs(B:B,C:C,"x")');
    expect(fileFormula(shown)).toBe(file);
  });

  test("another _xlfn. name and quoted text stay as the file has them; _xldudf_PLAN_ becomes PLAN.", () => {
    expect(formulaAsShown('_xlfn.XLOOKUP(A2,B:B,C:C)&"_xlfn.MINIFS("')).toBe(
      '_xlfn.XLOOKUP(A2,B:B,C:C)&"_xlfn.MINIFS("'
    );
    expect(formulaAsShown("_xldudf_PLAN_PROMODAYS(D2,_xlfn.MINIFS(E:E,A:A,A2))")).toBe(
      "PLAN.PROMODAYS(D2,MINIFS(E:E,A:A,A2))"
    );
  });
});
