/**
 * Plans the Timeline tests pin and evaluate: the sample (as the template writes it, read back by the reader) and a
 * slice of the bench plan (bench/generatePlan.ts: its first `products` products and their promotions).
 */
import type { Grid } from "../../../src/core/cells";
import type { Plan } from "../../../src/core/plan";
import { readPlan } from "../../../src/core/read/readPlan";
import { samplePlan } from "../../../src/core/sample";
import { sheetSpec } from "../../../src/core/schema/sheets";
import type { Lang, SheetId } from "../../../src/core/schema/types";
import { defaultSettings } from "../../../src/core/settings";
import { listsRows, settingsRows } from "../../../src/core/write/fixedSheets";
import { sheetName } from "../../../src/core/write/layout";
import { generateBenchPlan } from "../../../bench/generatePlan";
import { planGrids } from "../../../bench/planGrids";

const TODAY = new Date(Date.UTC(2026, 10, 25));
export const SAMPLE_YEAR = 2027;

/** The sample plan of `year` in `lang`, as the reader reads it from the sheets the template writes. */
export function sampleTimelinePlan(lang: Lang, year = SAMPLE_YEAR): Plan {
  const settings = { ...defaultSettings(TODAY), planYear: year };
  const rows: Record<string, Record<string, unknown>[]> = {
    settings: settingsRows(settings, lang),
    lists: listsRows(lang),
    ...samplePlan(year, lang),
  };
  const sheets = Object.keys(rows).map((id) => {
    const spec = sheetSpec(id as SheetId);
    const grid = [
      spec.columns.map((c) => (lang === "zh-CN" ? c.names.zh : c.names.en)),
      ...rows[id].map((r) => spec.columns.map((c) => r[c.field] ?? null)),
    ];
    return { name: sheetName(spec, lang), rows: grid as Grid };
  });
  return readPlan({ sheets }, { today: TODAY });
}

/** The bench plan cut to its first `products` products, their promotions, its Calendar and Settings. */
export function benchTimelinePlan(products: number, lang: Lang = "en"): Plan {
  const bench = generateBenchPlan();
  const keep: Record<string, boolean> = { settings: true, lists: true, calendar: true };
  const sheets = bench.sheets.filter(
    (s) => keep[s.id] || s.id === "products" || s.id === "promotions"
  );
  const productSheet = sheets.find((s) => s.id === "products");
  const promotionSheet = sheets.find((s) => s.id === "promotions");
  if (!productSheet || !promotionSheet)
    throw new Error("the bench plan has no Products or Promotions");
  productSheet.rows.length = products;
  const skus = new Set(productSheet.rows.map((r) => String(r.sku)));
  promotionSheet.rows = promotionSheet.rows.filter((r) => skus.has(String(r.sku)));
  return readPlan({ sheets: planGrids({ ...bench, sheets }, lang) }, { today: TODAY });
}
