/** A sheet the workbook lacks: the layout as it is (the header on its row, columns from A), formula columns as formulas. */
import type { LayoutCell, SheetLayout } from "../layout";
import {
  asFormula,
  formatsOf,
  formulaBuilder,
  freeTableName,
  rowColouringsOf,
  validationsOf,
} from "./parts";
import { strategyOf } from "./strategies";
import type { PlacedColumn, SheetExtent, SheetPlanOptions, SheetWrite } from "./types";

export function planNewSheet(layout: SheetLayout, opts: SheetPlanOptions): SheetWrite {
  const placed: PlacedColumn[] = layout.columns.map((c) => ({
    column: c,
    letter: c.letter,
    added: false,
  }));
  const build = formulaBuilder(layout, placed, layout.firstRow, opts);
  let formulasEntered = 0;
  const rows = layout.rows.map((r, i) =>
    layout.columns.map((c, j): LayoutCell => {
      const f = build.get(c.field);
      if (!f) return r[j] ?? null;
      formulasEntered++;
      return asFormula(r[j] ?? null, f(layout.firstRow + i));
    })
  );
  const first = layout.columns[0].letter;
  const last = layout.columns[layout.columns.length - 1].letter;
  const lastRow = Math.max(layout.headerRow + 1, layout.firstRow + rows.length - 1);
  const extent: SheetExtent = {
    firstColumn: first,
    lastColumn: last,
    headerRow: layout.headerRow,
    lastRow,
  };
  const toRow = layout.reserveTo;
  const out: SheetWrite = {
    kind: "create",
    layout,
    sheet: layout.name,
    columns: placed,
    extent,
    headerCells: layout.columns.map((c) => ({ column: c.letter, text: c.header })),
    blocks: [{ column: first, row: layout.headerRow, cells: [layout.headers.slice(), ...rows] }],
    formats: formatsOf(layout, placed, layout.firstRow, toRow, (r) => r),
    validations: validationsOf(placed, layout.firstRow, toRow, opts.lists),
    widths: layout.columns.flatMap((c) =>
      c.width === undefined ? [] : [{ column: c.letter, width: c.width }]
    ),
    hidden: layout.columns.flatMap((c) => (c.hidden ? [c.letter] : [])),
    table: {
      name: freeTableName(layout.tableName, opts.tableNames),
      range: `${first}${layout.headerRow}:${last}${lastRow}`,
    },
    freezeRows: layout.headerRow,
    formulasEntered,
    rowsAdded: rows.length,
  };
  if (out.table) out.finalTable = { ...out.table };
  const colourings = rowColouringsOf(layout, placed, extent, layout.firstRow, toRow);
  if (colourings.length > 0) out.rowColourings = colourings;
  const extra = strategyOf(layout.id).newSheet?.(layout);
  if (extra?.settingRows) out.settingRows = extra.settingRows;
  return out;
}
