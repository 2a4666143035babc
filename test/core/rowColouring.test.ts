import {
  isRowColouring,
  rowColouringColumn,
  rowColouringFormula,
} from "../../src/core/write/rowColouring";
import { HIGHLIGHT_FORMULA, isHighlight } from "../../src/core/presentation";

describe("the flagged-row colouring's formula", () => {
  test("colours a row whose Flags cell is not empty or is an error (IF, since OR passes an error on), and carries its marker", () => {
    expect(rowColouringFormula("K", 2)).toBe(
      '=IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))'
    );
    expect(rowColouringColumn(rowColouringFormula("AB", 7))).toBe("AB");
  });

  test("is ours however Excel gives it back: relative to any row, spaced, lower case, without '='; the rule before the marker too", () => {
    for (const f of [
      '=IF(ISERROR($K1),TRUE,AND($K1<>"","ops-planner:rows"<>""))',
      'IF( ISERROR( $K1048576 ) , TRUE , AND( $K1048576 <> "" , "ops-planner:rows" <> "" ) )',
      'if(iserror($k3),true,and($k3<>"","ops-planner:rows"<>""))',
      '=$K2<>""',
      '=$k9<>""',
      '$E$2<>""',
    ])
      expect(isRowColouring(f)).toBe(true);
  });

  test("a planner's own rule, a highlight, a missing formula and a rule testing two columns are not", () => {
    for (const f of [
      "=G2>1000",
      '=$K2<>"x"',
      HIGHLIGHT_FORMULA,
      undefined,
      '=AND($K2<>"")',
      '=IF(ISERROR($K2),TRUE,AND($L2<>"","ops-planner:rows"<>""))',
      '=IF(ISERROR($K2),TRUE,$K2<>"")',
    ])
      expect(isRowColouring(f)).toBe(false);
    // Nor is our rule a highlight: Clear highlights never removes it.
    expect(isHighlight(rowColouringFormula("K", 2))).toBe(false);
  });
});
