import {
  isRowColouring,
  rowColouringColumn,
  rowColouringFormula,
} from "../../src/core/write/rowColouring";
import { HIGHLIGHT_FORMULA, isHighlight } from "../../src/excel/highlight";

describe("the flagged-row colouring's formula", () => {
  test("carries its marker and names the column it watches, from the range's first row", () => {
    expect(rowColouringFormula("K", 2)).toBe('=AND($K2<>"","ops-planner:rows"<>"")');
    expect(rowColouringColumn(rowColouringFormula("AB", 7))).toBe("AB");
  });

  test("is ours however Excel gives it back: relative to any row, spaced, without '='", () => {
    for (const f of [
      '=AND($K1<>"","ops-planner:rows"<>"")',
      'AND( $K1048576 <> "" , "ops-planner:rows" <> "" )',
      '=$K2<>""',
      '=$k9<>""',
    ])
      expect(isRowColouring(f)).toBe(true);
  });

  test("a planner's own rule, a highlight and a missing formula are not", () => {
    for (const f of ["=G2>1000", '=$K2<>"x"', HIGHLIGHT_FORMULA, undefined, '=AND($K2<>"")'])
      expect(isRowColouring(f)).toBe(false);
    // Nor is our rule a highlight: Clear highlights never removes it.
    expect(isHighlight(rowColouringFormula("K", 2))).toBe(false);
  });
});
