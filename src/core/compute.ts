/**
 * The values of the computed columns, from the core: metrics (Days, Expected visitors, Conversion, AOV, CPC, ROAS…),
 * the Flags columns (the validator's findings on the row, for the rules the sheet's row check covers) and the Regions
 * Suggestion. The sheets are read and validated exactly as a workbook would be, so the values agree with the validator.
 */
import type { CellValue, Grid } from "./cells";
import { FLAG_RULES } from "./flags";
import type { Finding } from "./finding";
import { registerTexts, translator } from "./i18n";
import {
  aov,
  conversion,
  cpc,
  promoDays,
  roas,
  visitors,
  type MetricInput,
  type MetricResult,
} from "./metrics";
import type { Plan } from "./plan";
import { dateToSerial } from "./read/dates";
import { readPlan, type SheetInput } from "./read/readPlan";
import { SHEETS } from "./schema/sheets";
import type { Lang, SheetId } from "./schema/types";
import { validatePlan } from "./validate";

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

registerTexts("compute", {
  en: { splitWarehouse: "Open a split warehouse in {{region}}" },
  "zh-CN": { splitWarehouse: "建议在{{region}}设分仓" },
});

/** A metric input from a cell: a number, or null for blank; anything else is NaN (the metric says #VALUE!). */
function num(v: CellValue): MetricInput {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  if (typeof v === "number") return v;
  if (v instanceof Date) return dateToSerial(v);
  return NaN;
}

/** An error result is an empty cell (the formulas wrap the PLAN functions in IFERROR(…,"")). */
const value = (r: MetricResult): number | null =>
  typeof r === "number" && Number.isFinite(r) ? r : null;

const METRICS: Partial<Record<SheetId, (r: FieldRow) => FieldRow>> = {
  promotions: (r) => ({ days: value(promoDays(num(r.start), num(r.end))) }),
  budget: (r) => {
    const v = value(visitors(num(r.amount), num(r.expectedCpc)));
    const conv = num(r.expectedConversion);
    return {
      expectedVisitors: v,
      expectedOrders: v !== null && conv !== null && Number.isFinite(conv) ? v * conv : null,
      roas: value(roas(num(r.expectedRevenue), num(r.amount))),
    };
  },
  daily: (r) => ({
    conversion: value(conversion(num(r.orders), num(r.visitors))),
    aov: value(aov(num(r.revenue), num(r.orders))),
    cpc: value(cpc(num(r.adSpend), num(r.clicks))),
    roas: value(roas(num(r.revenue), num(r.adSpend))),
  }),
};

const FIRST_ROW = 2;

/** The grid a sheet of these rows would hold: the header in `lang`, then the rows in schema column order. */
function gridOf(id: SheetId, rows: readonly FieldRow[], lang: Lang): SheetInput {
  const spec = SHEETS.find((s) => s.id === id);
  if (!spec) throw new Error(`No schema for sheet ${id}`);
  const grid: Grid = [spec.columns.map((c) => (lang === "zh-CN" ? c.names.zh : c.names.en))];
  for (const r of rows)
    grid.push(spec.columns.map((c) => (c.computed ? null : (r[c.field] ?? null))));
  return { name: lang === "zh-CN" ? spec.names.zh : spec.names.en, rows: grid };
}

/** Fills the computed columns of every sheet given. Rows are mapped to sheet rows 2, 3, … (header on row 1). */
export function computeColumns(sheets: SheetRows, opts: ComputeOptions): Computed {
  const ids = (Object.keys(sheets) as SheetId[]).filter((id) =>
    SHEETS.some((s) => s.id === id && !s.outputOnly)
  );
  const inputs = ids.map((id) => gridOf(id, sheets[id] ?? [], opts.lang));
  const nameToId = new Map(ids.map((id, i) => [inputs[i].name, id]));
  const plan = readPlan({ sheets: inputs }, { today: opts.today });
  const findings = validatePlan(plan, plan.settings, { lang: opts.lang, today: opts.today });

  // Flagged rules per sheet row, in the order the sheet's row check lists them.
  const flagged = new Map<string, Set<string>>();
  const suggest = new Set<number>();
  for (const f of findings) {
    const id = nameToId.get(f.sheet);
    if (!id) continue;
    if (id === "regions" && f.rule === "SPLIT_WAREHOUSE") suggest.add(f.row);
    if (FLAG_RULES[id]?.includes(f.rule)) {
      const k = `${id}|${f.row}`;
      const s = flagged.get(k) ?? new Set<string>();
      s.add(f.rule);
      flagged.set(k, s);
    }
  }
  const t = translator(opts.lang);

  const out: SheetRows = {};
  for (const id of Object.keys(sheets) as SheetId[]) {
    const rows = sheets[id] ?? [];
    const metrics = METRICS[id];
    const flagRules = FLAG_RULES[id];
    out[id] = rows.map((r, i) => {
      const row = FIRST_ROW + i;
      const filled: FieldRow = { ...r, ...(metrics ? metrics(r) : {}) };
      if (flagRules) {
        const hit = flagged.get(`${id}|${row}`);
        filled.flags = hit ? flagRules.filter((rule) => hit.has(rule)).join("; ") : "";
      }
      if (id === "regions")
        filled.suggestion = suggest.has(row)
          ? t("compute:splitWarehouse", { region: String(r.region ?? "") })
          : "";
      return filled;
    });
  }
  return { sheets: out, findings, plan };
}
