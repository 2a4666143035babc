/**
 * The values of the computed columns: each formula column's cached result (src/core/formulas/evaluate.ts: what
 * its declared formula computes, through the PLAN function definitions), the Regions Suggestion, and the validation of the
 * sheets, read exactly as a workbook would be.
 */
import type { CellValue, Grid } from "./cells";
import type { Finding } from "./finding";
import { rowFormulaValues } from "./formulas/evaluate";
import { skuStamps } from "./formulas/skuStamps";
import { FormulaWorkbook, hostValue } from "./formulas/workbook";
import type { Plan } from "./plan";
import { readPlan, type SheetInput } from "./read/readPlan";
import { SHEETS } from "./schema/sheets";
import type { Lang, SheetId } from "./schema/types";
import { validatePlan } from "./validate";
import { warehousingSummary } from "./warehousing";

export type FieldRow = Record<string, CellValue>;
export type SheetRows = Partial<Record<SheetId, FieldRow[]>>;

export interface ComputeOptions {
  lang: Lang;
  /** "Today" for the default plan year and waivers' Until (default: now). */
  today?: Date;
}

export interface Computed {
  /** The input rows with their computed fields filled (new objects; the input is not changed). */
  sheets: SheetRows;
  findings: Finding[];
  plan: Plan;
}

const FIRST_ROW = 2;

/** The sheets whose rows carry a Product row hint. */
const hintedSheets = new Set<SheetId>(
  SHEETS.filter((s) => s.columns.some((c) => c.field === "productRowHint")).map((s) => s.id)
);

/** The grid a sheet of these rows would hold: the header in `lang`, then the rows in schema column order. */
function gridOf(id: SheetId, rows: readonly FieldRow[], lang: Lang): SheetInput {
  const spec = SHEETS.find((s) => s.id === id);
  if (!spec) throw new Error(`No schema for sheet ${id}`);
  const grid: Grid = [spec.columns.map((c) => (lang === "zh-CN" ? c.names.zh : c.names.en))];
  for (const r of rows)
    grid.push(spec.columns.map((c) => (c.computed ? null : (r[c.field] ?? null))));
  return { name: lang === "zh-CN" ? spec.names.zh : spec.names.en, rows: grid };
}

/** Sets each Products row's SKU stamp in its grid (src/core/formulas/skuStamps.ts); the stamps, by data row. */
function stampProducts(ids: readonly SheetId[], inputs: readonly SheetInput[]): (string | null)[] {
  const grid = inputs[ids.indexOf("products")]?.rows;
  const spec = SHEETS.find((s) => s.id === "products");
  const [sku, stamp] = ["sku", "skuStamp"].map(
    (f) => spec?.columns.findIndex((c) => c.field === f) ?? -1
  );
  if (!grid || sku < 0 || stamp < 0) return [];
  const stamps = skuStamps(
    grid.map((r) => hostValue(r[sku] ?? null)),
    FIRST_ROW
  );
  stamps.forEach((s, i) => (grid[i + 1][stamp] = s));
  return stamps;
}

/**
 * Fills the computed columns of every sheet given. Rows are mapped to sheet rows 2, 3, … (header on row 1). A
 * formula column holds what its formula computes, an error as the error value the cell shows.
 */
export function computeColumns(sheets: SheetRows, opts: ComputeOptions): Computed {
  const ids = (Object.keys(sheets) as SheetId[]).filter((id) =>
    SHEETS.some((s) => s.id === id && !s.outputOnly)
  );
  const inputs = ids.map((id) => gridOf(id, sheets[id] ?? [], opts.lang));
  const stamps = stampProducts(ids, inputs);
  const plan = readPlan({ sheets: inputs }, { today: opts.today });
  const findings = validatePlan(plan, plan.settings, { lang: opts.lang, today: opts.today });

  // The Suggestion column says what the warehousing view says (the same SPLIT_WAREHOUSE test, the same text).
  const suggestion = new Map(
    warehousingSummary(plan, { lang: opts.lang }).regions.map((r) => [r.row, r.suggestion])
  );
  const wb = new FormulaWorkbook(new Map(ids.map((id, i) => [id, inputs[i].rows])), plan.settings);

  const out: SheetRows = {};
  for (const id of Object.keys(sheets) as SheetId[]) {
    const rows = sheets[id] ?? [];
    out[id] = rows.map((r, i) => {
      const row = FIRST_ROW + i;
      const filled: FieldRow = { ...r };
      // The Products row the SKU has now: the hint the Product row formula verifies (src/core/formulas/text.ts).
      if (hintedSheets.has(id))
        filled.productRowHint = wb.matchRow("products", "sku", hostValue(r.sku ?? null)) ?? null;
      // The stamp the SKU row formula verifies, as the grid the formulas read has it.
      if (id === "products") filled.skuStamp = stamps[i] ?? null;
      Object.assign(filled, rowFormulaValues(id, wb, row, FIRST_ROW));
      if (id === "regions") filled.suggestion = suggestion.get(row) ?? "";
      return filled;
    });
  }
  return { sheets: out, findings, plan };
}
