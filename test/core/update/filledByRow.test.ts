/**
 * Create / update lays each formula column out once and fills it with the row's number (filledByRow): every schema
 * formula, with English and Chinese sheet names, is the text made for that row; a formula that is not a function of
 * its row's number alone is made row by row.
 */
import { formulaText } from "../../../src/core/formulas/text";
import { sheetSpec } from "../../../src/core/schema/sheets";
import { SHEET_ORDER, type FormulaContext, type SheetId } from "../../../src/core/schema/types";
import { filledByRow } from "../../../src/core/write/update/parts";
import { columnLetter } from "../../../src/core/cells";
import { shiftFormula } from "../../excel/fakeExcel";

const ROWS = [2, 3, 4, 9, 10, 99, 100, 101, 1000, 1001, 12_345, 1_048_576];

describe("formulas filled by row", () => {
  test.each([
    ["the schema's letters", undefined],
    [
      "other sheets' names and letters",
      (sheet: SheetId, field: string) => `'产品 ${sheet}'!$${field.length > 3 ? "Q" : "B"}:$Z`,
    ],
    [
      "sheet names holding row numbers",
      (sheet: SheetId, field: string) => `'Q2 2027 ${sheet} 3'!$${field.length > 3 ? "C" : "D"}:$D`,
    ],
  ])("every schema formula, %s, is the text made for each row", (_, ref) => {
    let formulas = 0;
    const rowByRow: string[] = [];
    const notPasted: string[] = [];
    for (const id of SHEET_ORDER) {
      if (id === "timeline" || id === "dashboard" || id === "review") continue; // output sheets: no schema
      const spec = sheetSpec(id);
      const letters = new Map(spec.columns.map((c, i) => [c.field, columnLetter(i + 1)]));
      const col = (field: string): string => letters.get(field) ?? "ZZ";
      for (const c of spec.columns) {
        const declared = c.formula;
        if (!declared) continue;
        for (const firstRow of [2, 5]) {
          const make = (row: number): string => {
            const ctx: FormulaContext = { row, col, firstRow };
            if (ref) ctx.ref = ref;
            return formulaText(declared, ctx);
          };
          let made = 0;
          const filled = filledByRow((row) => {
            made++;
            return make(row);
          }, firstRow);
          const rows = [firstRow, ...ROWS.filter((r) => r > firstRow)];
          const got = rows.map(filled);
          rows.forEach((row, i) =>
            expect([id, c.field, row, got[i]]).toEqual([id, c.field, row, make(row)])
          );
          // Laid out once (the first row and three checks), not made again for each row.
          if (made > 4) rowByRow.push(`${id}.${c.field}`);
          // And every row after the second is the second's pasted down (the fake shifts as Excel's paste does).
          if (!filled.pastedDown) notPasted.push(`${id}.${c.field}`);
          const second = `=${filled(firstRow + 1)}`;
          for (const row of rows.filter((r) => r > firstRow + 1))
            expect([id, c.field, row, shiftFormula(second, row - firstRow - 1, 0)]).toEqual([
              id,
              c.field,
              row,
              `=${make(row)}`,
            ]);
          formulas++;
        }
      }
    }
    expect(formulas).toBeGreaterThan(20);
    expect(rowByRow).toEqual([]);
    expect(notPasted).toEqual([]);
  });

  test("a formula that is more than its row's number is made row by row", () => {
    const arithmetic = (row: number): string => `A${row}+${row - 1}`;
    const filled = filledByRow(arithmetic, 2);
    expect([3, 4, 50].map(filled)).toEqual(["A3+2", "A4+3", "A50+49"]);
    const firstOnly = (row: number): string => (row < 10 ? `B${row}` : `C${row}`);
    const f = filledByRow(firstOnly, 2);
    expect([3, 9, 10, 11].map(f)).toEqual(["B3", "B9", "C10", "C11"]);
    const constant = filledByRow(() => '""', 2);
    expect([2, 3, 7].map(constant)).toEqual(['""', '""', '""']);
    expect([filled, f].map((x) => x.pastedDown)).toEqual([false, false]);
    expect(constant.pastedDown).toBe(true);
  });

  test.each([
    ["a relative reference", true, (r: number) => `IF(D${r}="","",D${r}+1)`],
    ["an absolute column", true, (r: number) => `SUM($D${r}:$F${r})`],
    ["another sheet's row", true, (r: number) => `INDEX('Q2 产品'!B:B,1)&Products!C${r}`],
    ["a range from a fixed row", true, (r: number) => `SUM(D$2:D${r})`],
    ["an absolute row", false, (r: number) => `$D$${r}*2`],
    ["the number as text", false, (r: number) => `"row ${r}"&D${r}`],
    ["a reference in text", false, (r: number) => `"D${r}"`],
    ["a quoted sheet name holding it", false, (r: number) => `'Week D${r}'!A1`],
    ["a plain number", false, (r: number) => `D2+${r}`],
    ["a function's name", false, (r: number) => `LOG${r}(2)`],
    ["a range from another relative row", false, (r: number) => `SUM(D2:D${r})`],
    ["another relative reference", false, (r: number) => `OFFSET(A1,0,0)+D${r}`],
    ["an apostrophe in text", false, (r: number) => `"it's D${r}"&D${r}`],
    ["a structured reference", false, (r: number) => `Tbl[Col${r}]+D${r}`],
    ["relative whole rows", false, (r: number) => `SUM(${r}:${r})`],
    ["absolute whole rows and columns", true, (r: number) => `SUM($2:$3)+COUNTIF(A:A,D${r})`],
    ["names, functions and numbers", true, (r: number) => `LOG10(D${r})*1E5+MaxPromoDays-0.5`],
  ])("%s: pasted down %s", (_, pasted, make) => {
    const f = filledByRow(make, 2);
    expect(f.pastedDown).toBe(pasted);
    expect([3, 4, 77].map(f)).toEqual([3, 4, 77].map(make));
    // What pasting says must hold: every later row is the third row's formula shifted.
    if (pasted)
      for (const row of [4, 77, 1000])
        expect(shiftFormula(`=${make(3)}`, row - 3, 0)).toBe(`=${make(row)}`);
  });
});
