/** The sample plan as a workbook's sheets would hold it: header on row 1 in the language, rows below in schema order. */
import type { Grid } from "../../src/core/cells";
import { samplePlan } from "../../src/core/sample";
import { sheetSpec } from "../../src/core/schema/sheets";
import { SHEET_ORDER, type Lang } from "../../src/core/schema/types";
import { defaultSettings } from "../../src/core/settings";
import { listsRows, settingsRows } from "../../src/core/write/fixedSheets";
import { sheetName } from "../../src/core/write/layout";

export function sampleWorkbook(
  year: number,
  lang: Lang
): { sheets: { name: string; rows: Grid }[]; today: Date } {
  const today = new Date(Date.UTC(year - 1, 10, 25));
  const settings = { ...defaultSettings(today), planYear: year };
  const rows: Partial<Record<string, Record<string, unknown>[]>> = {
    settings: settingsRows(settings, lang),
    lists: listsRows(lang),
    ...samplePlan(year, lang),
  };
  const sheets = SHEET_ORDER.flatMap((id) => {
    const data = rows[id];
    if (!data) return [];
    const spec = sheetSpec(id);
    const grid = [
      spec.columns.map((c) => (lang === "zh-CN" ? c.names.zh : c.names.en)),
      ...data.map((r) => spec.columns.map((c) => r[c.field] ?? null)),
    ];
    return [{ name: sheetName(spec, lang), rows: grid as Grid }];
  });
  return { sheets, today };
}
