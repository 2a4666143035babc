/**
 * The CLI's sample, as `ops-planner template --sample` lays it out with formulas: every formula cell is evaluated from
 * its formula text (test/functions/formulaEval.ts: the look-ups resolved from the sample's cells, the PLAN functions
 * called with what their arguments evaluate to), and
 * - the Flags of every Products, Promotions, Prices and Budget row agree with validatePlan on the rules the row
 *   check covers (Prices: BELOW_FLOOR and BELOW_COST, as its formula passes no platform prices);
 * - every formula's cached result, the value the CLI stores, is what the formula computes, reasons included.
 */
import type { CellValue, Grid } from "../../src/core/cells";
import { FLAG_RULES, PRESALE_FLAG_RULES } from "../../src/core/flags";
import { readPlan } from "../../src/core/read/readPlan";
import { SAMPLE_BREACHES } from "../../src/core/sample";
import type { Lang, SheetId } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import { isFormulaCell, isLinkCell, type SheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { flagRules } from "../../src/core/functions/definitions";
import { FormulaEvaluator, XErr } from "./formulaEval";

const TODAY = new Date(Date.UTC(2026, 10, 25));
const FLAG_SHEETS: SheetId[] = ["products", "promotions", "prices", "budget"];

/** The sheet as a program reads it before recalculating: values, formulas as their cached results. */
const gridOf = (s: SheetLayout): Grid => [
  s.headers.slice(),
  ...s.rows.map((r) =>
    r.map((v): CellValue => (isFormulaCell(v) ? v.result : isLinkCell(v) ? v.text : v))
  ),
];

describe.each<Lang>(["en", "zh-CN"])("the %s sample", (lang) => {
  const layout = planWorkbookLayout({
    lang,
    year: 2027,
    sample: true,
    today: TODAY,
    formulas: true,
  });
  const evaluator = new FormulaEvaluator(layout);
  const sheetOf = (id: SheetId): SheetLayout => {
    const s = layout.sheets.find((x) => x.id === id);
    if (!s) throw new Error(`no ${id}`);
    return s;
  };
  const plan = readPlan(
    { sheets: layout.sheets.map((s) => ({ name: s.name, rows: gridOf(s) })) },
    { today: TODAY }
  );
  const findings = validatePlan(plan, plan.settings, { lang, today: TODAY });

  /** The evaluated Flags text of every data row of a sheet. */
  const flagsOf = (id: SheetId): string[] => {
    const s = sheetOf(id);
    const j = s.columns.findIndex((c) => c.field === "flags");
    return s.rows.map((r, i) => {
      const cell = r[j];
      if (!isFormulaCell(cell))
        throw new Error(`${s.name} row ${s.firstRow + i}: Flags is no formula`);
      const v = evaluator.evaluate(cell.formula, s.name);
      if (typeof v !== "string")
        throw new Error(`${s.name} row ${s.firstRow + i}: Flags gave ${JSON.stringify(v)}`);
      return v;
    });
  };

  test.each(FLAG_SHEETS)(
    "%s: each row's Flags formula reports what validatePlan reports on it",
    (id) => {
      const s = sheetOf(id);
      const covered: readonly string[] = FLAG_RULES[id] ?? [];
      const flags = flagsOf(id);
      const got = flags.map(
        (text, i) =>
          `${s.firstRow + i}: ${flagRules(text)
            .filter((r) => covered.includes(r))
            .join("; ")}`
      );
      const want = s.rows.map((_, i) => {
        const row = s.firstRow + i;
        const rules = new Set(
          findings.filter((f) => f.sheet === s.name && f.row === row).map((f) => f.rule)
        );
        return `${row}: ${covered.filter((r) => rules.has(r)).join("; ")}`;
      });
      expect(got).toEqual(want);
      // The Prices formula leaves PRICE_SPREAD out; the others report only covered rules.
      for (const text of flags) for (const r of flagRules(text)) expect(covered).toContain(r);
    }
  );

  test("promotions: each row's Presale flags (PRESALECHECK) report what validatePlan reports on it", () => {
    const s = sheetOf("promotions");
    const j = s.columns.findIndex((c) => c.field === "presaleFlags");
    const covered: readonly string[] = PRESALE_FLAG_RULES;
    const got = s.rows.map((r, i) => {
      const cell = r[j];
      if (!isFormulaCell(cell))
        throw new Error(`row ${s.firstRow + i}: Presale flags is no formula`);
      const v = evaluator.evaluate(cell.formula, s.name);
      if (typeof v !== "string") throw new Error(`row ${s.firstRow + i}: ${JSON.stringify(v)}`);
      return `${s.firstRow + i}: ${flagRules(v).join("; ")}`;
    });
    const want = s.rows.map((_, i) => {
      const row = s.firstRow + i;
      const rules = new Set(
        findings.filter((f) => f.sheet === s.name && f.row === row).map((f) => f.rule)
      );
      return `${row}: ${covered.filter((r) => rules.has(r)).join("; ")}`;
    });
    expect(got).toEqual(want);
    // Not vacuous: the sample breaks both covered rules.
    expect(got.filter((x) => !x.endsWith(": "))).toHaveLength(2);
  });

  test("the sample's deliberate row-check breaches all show in Flags", () => {
    const shown = new Set<string>();
    for (const id of FLAG_SHEETS)
      flagsOf(id).forEach((text, i) => {
        for (const r of flagRules(text)) shown.add(`${id}|${i}|${r}`);
      });
    const deliberate = SAMPLE_BREACHES.filter((b) =>
      (FLAG_RULES[b.sheet] as readonly string[] | undefined)?.includes(b.rule)
    );
    expect(deliberate.length).toBeGreaterThanOrEqual(10);
    for (const b of deliberate) expect(shown).toContain(`${b.sheet}|${b.sampleRow}|${b.rule}`);
    expect(shown.size).toBe(deliberate.length);
  });

  test("every formula's cached result is what the formula computes", () => {
    let checked = 0;
    let flagged = 0;
    let unknown = 0;
    for (const s of layout.sheets)
      s.rows.forEach((r, i) =>
        r.forEach((cell, j) => {
          if (!isFormulaCell(cell)) return;
          // On its own row, as the cell sits (ROW() of the SKU row and its stamp).
          const v = evaluator.evaluate(cell.formula, s.name, s.firstRow + i);
          const where = `${s.name}!${s.columns[j].letter}${s.firstRow + i}`;
          // The sample is well typed: no formula of it is an error (none hides one either: no IFERROR around a PLAN
          // call) but the hidden Product row of a SKU Products lacks (the sample's DQ_UNKNOWN_SKU row): MATCH's #N/A.
          if (s.columns[j].field === "productRow" && v instanceof XErr) {
            expect(v.error).toBe("#N/A");
            expect(cell.result).toEqual({ error: "#N/A" });
            unknown++;
            return;
          }
          expect(v).not.toBeInstanceOf(XErr);
          expect([where, cell.result]).toEqual([where, v]);
          checked++;
          if (s.columns[j].field === "flags" && v !== "") flagged++;
        })
      );
    expect(checked + unknown).toBe(
      layout.sheets.reduce(
        (n, s) => n + s.rows.length * s.columns.filter((c) => c.formula).length,
        0
      )
    );
    expect(unknown).toBeLessThanOrEqual(2);
    expect(checked).toBeGreaterThan(1000);
    expect(flagged).toBeGreaterThanOrEqual(10);
  });

  test("the reasons read as spec §4 shows them", () => {
    const promotions = flagsOf("promotions");
    expect(promotions.find((t) => t.startsWith("PROMO_TOO_LONG"))).toMatch(
      /^PROMO_TOO_LONG \(\d+ days > 3\)$/
    );
    expect(flagsOf("budget").filter(Boolean)).toEqual([
      "BUDGET_FORBIDDEN (3,000.00 on fake orders)",
      "BUDGET_OVER_CAP (total 52,000.00 > cap 50,000.00)",
    ]);
  });
});
