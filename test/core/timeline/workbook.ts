/** Evaluates a Timeline layout with HyperFormula on the plan's own sheets, as a spreadsheet would recalculate it. */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { isCellError, type CellValue } from "../../../src/core/cells";
import type { Plan, Row } from "../../../src/core/plan";
import { sheetSpec } from "../../../src/core/schema/sheets";
import type { Lang, SheetId } from "../../../src/core/schema/types";
import type { TimelineLayout } from "../../../src/core/timeline";
import { nameIn } from "../../../src/core/write/layout";
import { isFormulaCell, type LayoutCell } from "../../../src/core/write/layout";

function content(v: LayoutCell | CellValue): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date) && isFormulaCell(v as LayoutCell))
    return `=${(v as { formula: string }).formula}`;
  if (Array.isArray(v)) return v.join(", ");
  return v as RawCellContent;
}

/** A plan sheet as the template writes it: header row 1, its rows on their own sheet rows, schema column order. */
function sheetGrid(id: SheetId, rows: readonly Row<object>[], lang: Lang): RawCellContent[][] {
  const spec = sheetSpec(id);
  const grid: RawCellContent[][] = [spec.columns.map((c) => nameIn(c.names, lang))];
  for (const r of rows) {
    while (grid.length < r.row) grid.push([]);
    const v = r.v as Record<string, unknown>;
    let value: (c: { field: string }) => RawCellContent = (c) => content(v[c.field] as CellValue);
    if (id === "calendar") {
      const kind = (r.v as { kind: string }).kind;
      value = (c) =>
        c.field === "kind"
          ? kind === "shutdown"
            ? lang === "zh-CN"
              ? "物流停运"
              : "logistics shutdown"
            : lang === "zh-CN"
              ? "节日"
              : "festival"
          : content(v[c.field] as CellValue);
    }
    grid[r.row - 1] = spec.columns.map(value);
  }
  return grid;
}

/** Excel writes a non-ASCII sheet name bare in a formula; HyperFormula wants it quoted. */
const quoteForEngine = (formula: string, names: readonly string[]): string =>
  names.reduce(
    (f, n) => (/^[A-Za-z0-9_.]*$/.test(n) ? f : f.split(`${n}!`).join(`'${n}'!`)),
    formula
  );

export interface Evaluated {
  engine: HyperFormula;
  sheet: number;
  /** The value of a Timeline cell (1-based row, 1-based column). */
  value(row: number, col: number): CellValue;
}

export function evaluate(
  plan: Plan,
  layout: TimelineLayout,
  lang: Lang,
  platformText?: (p: string) => string
): Evaluated {
  const names = (["products", "promotions", "calendar"] as SheetId[]).map((id) =>
    nameIn(sheetSpec(id).names, lang)
  );
  const promotions = plan.promotions.map((r) => ({
    ...r,
    v: { ...r.v, platform: platformText ? platformText(r.v.platform) : r.v.platform },
  }));
  const grid: RawCellContent[][] = layout.rows.map((row) =>
    row.map((c) => {
      const x = content(c);
      return typeof x === "string" && x.startsWith("=") ? quoteForEngine(x, names) : x;
    })
  );
  const engine = HyperFormula.buildFromSheets(
    {
      [names[0]]: sheetGrid("products", plan.products, lang),
      [names[1]]: sheetGrid("promotions", promotions, lang),
      [names[2]]: sheetGrid("calendar", plan.calendar, lang),
      [layout.name]: grid,
    },
    { licenseKey: "gpl-v3", evaluateNullToZero: true, smartRounding: false, useColumnIndex: true }
  );
  const sheet = engine.getSheetId(layout.name) as number;
  return {
    engine,
    sheet,
    value(row, col) {
      const v = engine.getCellValue({ sheet, row: row - 1, col: col - 1 });
      if (v !== null && typeof v === "object" && "type" in v)
        return { error: String((v as { value: string }).value) };
      return v as CellValue;
    },
  };
}

export const isError = (v: CellValue): boolean => isCellError(v);
