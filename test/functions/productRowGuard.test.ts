/**
 * The look-ups into Products by a row's hidden Product row (Promotions, Prices) must take only a real row: a blank,
 * 0 or text there (a row pasted without the hidden columns, a value typed over the formula) once made
 * `INDEX(Products!$F:$F,U2)` the whole column, which a formula entered the legacy way reads on its own row — the
 * Flags then checked the promotion against the Products row that happens to sit on the same row number.
 */
import type { CellValue } from "../../src/core/cells";
import { isFormulaCell, type SheetLayout } from "../../src/core/write/layout";
import { formulaLayout } from "./formulaLayout";
import { FormulaEvaluator } from "./formulaEval";

const TODAY = new Date(Date.UTC(2026, 10, 25));
const Y = 46388 + 150; // 2027-05-31

/** Products row 2 is A (floor ¥200, cost ¥180), row 3 is B (no floor, no cost); Promotions and Prices row 2 are B at ¥100. */
const layout = () =>
  formulaLayout({
    today: TODAY,
    data: {
      products: [
        { sku: "A", tier: "secondary", listPrice: 300, floorPrice: 200, unitCost: 180 },
        { sku: "B", tier: "secondary", listPrice: 150 },
      ],
      promotions: [{ sku: "B", platform: "Tmall", start: Y, end: Y + 2, promoPrice: 100 }],
      prices: [{ sku: "B", platform: "Tmall", price: 100 }],
    },
  });

const sheetOf = (sheets: SheetLayout[], id: string): SheetLayout => {
  const s = sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};

/** The formula text before the guard: `INDEX(col,U2)`. */
const unguarded = (f: string): string => f.replace(/IF\(N\(([A-Z]+\d+)\)>=1,\1,-1\)/g, "$1");

describe.each(["promotions", "prices"])("%s: the Flags by a Product row that is no row", (id) => {
  const plan = layout();
  const s = sheetOf(plan.sheets, id);
  const col = (field: string): number => s.columns.findIndex((c) => c.field === field);
  const flagsCell = s.rows[0][col("flags")];
  if (!isFormulaCell(flagsCell)) throw new Error("Flags is no formula");
  const row = s.firstRow;

  it("are clean with the Product row the CLI writes (B has no floor, no cost)", () => {
    expect(row).toBe(2);
    expect(new FormulaEvaluator(plan).cell(s.name, row, col("flags") + 1)).toBe("");
    expect(flagsCell.result).toBe("");
  });

  it.each<[string, CellValue]>([
    ["blank", null],
    ["0", 0],
    ["text", "2"],
    ["a word", "B"],
  ])("stay clean when the Product row is %s — never A's floor and cost", (_what, typed) => {
    const written = s.rows[0][col("productRow")];
    s.rows[0][col("productRow")] = typed;
    try {
      const evaluator = new FormulaEvaluator(plan);
      expect(evaluator.evaluate(flagsCell.formula, s.name, row)).toBe("");
      // The formula before the fix read A's figures there (a word alone was already an error).
      const before = evaluator.evaluate(unguarded(flagsCell.formula), s.name, row);
      if (typed === "B") expect(before).toBe("");
      else expect(before).toMatch(/BELOW_FLOOR|BELOW_COST/);
    } finally {
      s.rows[0][col("productRow")] = written;
    }
  });
});
