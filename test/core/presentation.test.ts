/** The presentation constants every writer shares (src/core/presentation.ts). */
import {
  argb,
  HIGHLIGHT_FORMULA,
  isHighlight,
  ROW_COLOURS,
  rowColouringColumn,
  rowColouringFormula,
} from "../../src/core/presentation";

describe("row colouring", () => {
  test("colours a row whose Flags cell is not empty or is an error (IF, since OR passes an error on)", () => {
    expect(rowColouringFormula("K", 2)).toBe('=IF(ISERROR($K2),TRUE,$K2<>"")');
    expect(rowColouringFormula("AB", 5)).toBe('=IF(ISERROR($AB5),TRUE,$AB5<>"")');
  });

  test("the column and first row read back from the formula, in today's shape and the earlier one", () => {
    expect(rowColouringColumn(rowColouringFormula("N", 2))).toEqual({ column: "N", row: 2 });
    expect(rowColouringColumn('if(iserror($k3), true, $k3 <> "")')).toEqual({
      column: "K",
      row: 3,
    });
    expect(rowColouringColumn('=$E2<>""')).toEqual({ column: "E", row: 2 });
    expect(rowColouringColumn('$E$2<>""')).toEqual({ column: "E", row: 2 });
  });

  test("other rules are not ours: a different cell in the two tests, a planner's own rule", () => {
    expect(rowColouringColumn('=IF(ISERROR($K2),TRUE,$L2<>"")')).toBeUndefined();
    expect(rowColouringColumn("=G2>1000")).toBeUndefined();
    expect(rowColouringColumn(HIGHLIGHT_FORMULA)).toBeUndefined();
  });
});

test("highlights are recognised by their marker", () => {
  expect(isHighlight(HIGHLIGHT_FORMULA)).toBe(true);
  expect(isHighlight('=$K2<>""')).toBe(false);
  expect(isHighlight(undefined)).toBe(false);
});

test("a CSS colour as a file stores it (ARGB), an ARGB colour as it is", () => {
  expect(argb(ROW_COLOURS.flag.fill)).toBe("FFFFC7CE");
  expect(argb("#9c0006")).toBe("FF9C0006");
  expect(argb("80FFC7CE")).toBe("80FFC7CE");
});
