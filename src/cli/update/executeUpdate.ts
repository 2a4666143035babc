/**
 * Executes the core's update plan (src/core/write/update.ts) on an ExcelJS workbook read from a file, as the Office.js
 * adapter (src/excel/applyLayout.ts) and the preview (src/preview/memoryWorkbook.ts) execute it: new sheets and the
 * workbook names first, then per sheet the cells, bold headers, number formats, dropdowns, row colouring, widths,
 * frozen header and the table (a new sheet's, or an existing table grown to the plan's extent). The "ensure" parts
 * only where the workbook lacks them: a number format on a cell whose format is General, a dropdown on a range without
 * validation, the row colouring on a sheet without a rule of ours.
 *
 * ExcelJS shares one style object among the cells a file gives the same style: a style is replaced, never changed in
 * place (cell.numFmt = … would reformat every cell of that style).
 */
import type ExcelJS from "exceljs";
import { columnIndex, columnLetter, isBlank } from "../../core/cells";
import { isDateType, type Lang } from "../../core/schema/types";
import { rangePos } from "../../core/write/addresses";
import {
  isFormulaCell,
  isLinkCell,
  type FormulaCell,
  type LayoutColumn,
} from "../../core/write/layout";
import { hasRowColouringOf } from "../../core/write/rowColouring";
import type {
  FormatRange,
  SheetWrite,
  WorkbookTable,
  WorkbookUpdate,
} from "../../core/write/update";
import {
  addListValidation,
  addRowColouring,
  excelValue,
  freezeRows,
  LINK_FONT,
  plainValue,
  TABLE_STYLE,
} from "../../xlsx/renderParts";
import { CliError } from "../io";
import { RowShiftTemplate } from "./sharedFormula";

/**
 * A plan's cell would land on a cell a planner typed (ExcelJS sees a value the CLI's reader did not): nothing is
 * written, and the command exits 2 naming the cell.
 */
export class TypedCellError extends CliError {
  constructor(sheet: string, address: string) {
    super(`the update would overwrite the typed cell ${sheet}!${address}`);
    this.name = "TypedCellError";
  }
}

/**
 * An ExcelJS cell (made when missing). Named apart from getCell: the Office.js lint rules take any `getCell(...)`
 * result for an Office.js proxy that must be loaded before it is read.
 */
const cellOf = (ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell =>
  ws.getCell(row, col);

const isGeneral = (f: unknown): boolean =>
  f === null || f === undefined || f === "" || f === "General";

/** A cell value that holds something (a formula, a value, rich text…). */
function holdsSomething(v: ExcelJS.CellValue): boolean {
  if (v === null || v === undefined || v === "") return false;
  return true;
}

const isFormulaValue = (v: ExcelJS.CellValue): boolean =>
  typeof v === "object" &&
  v !== null &&
  ("formula" in (v as object) || "sharedFormula" in (v as object));

/**
 * A shared formula being written down a column: its first cell and last row. The first cell is written as a plain
 * formula and the others name it (`sharedFormula`): ExcelJS's writer then makes it the master of the block they span
 * (lib/xlsx/xform/sheet/cell-xform.js prepare), as it does for a file's own shared formulas it read.
 */
interface SharedRun {
  template: RowShiftTemplate;
  master: string;
  last: number;
}

/** A formula cell's cached result as ExcelJS writes it (as excelValue does, without rewriting the formula). */
function formulaResult(v: FormulaCell, isDate: boolean): ExcelJS.CellFormulaValue["result"] {
  const result = plainValue(v.result, isDate);
  return result === null ? "" : (result as ExcelJS.CellFormulaValue["result"]);
}

/** New style objects, one per (old style, change): cells that shared a style keep sharing one. */
class Restyler {
  private readonly made = new Map<object, Map<string, Partial<ExcelJS.Style>>>();

  restyle(
    cell: ExcelJS.Cell,
    key: string,
    change: (s: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>
  ): void {
    const old = cell.style ?? {};
    let byKey = this.made.get(old);
    if (!byKey) this.made.set(old, (byKey = new Map()));
    let next = byKey.get(key);
    if (!next) byKey.set(key, (next = change(old)));
    cell.style = next;
  }
}

/** Row intervals per column that hold a data validation (ExcelJS keeps one entry per cell, or per range it was given). */
function validatedRows(ws: ExcelJS.Worksheet): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    for (const part of address.split(/\s+/)) {
      const r = rangePos(part);
      if (!r) continue;
      for (let c = r.from.col; c <= r.to.col; c++) {
        let list = out.get(c);
        if (!list) out.set(c, (list = []));
        list.push([r.from.row, r.to.row]);
      }
    }
  }
  return out;
}

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: object | null;
  columns: { name: string; filterButton?: boolean }[];
}

const tablesOf = (ws: ExcelJS.Worksheet): TableModel[] =>
  Object.values((ws as unknown as { tables: Record<string, { table: TableModel }> }).tables).map(
    (t) => t.table
  );

/** The workbook's tables, for the update plan (their names are taken; a sheet's table grows to `finalTable`). */
export function workbookTables(wb: ExcelJS.Workbook): WorkbookTable[] {
  return wb.worksheets.flatMap((ws) =>
    tablesOf(ws).map((t) => ({ name: t.name, sheet: ws.name, range: t.tableRef }))
  );
}

/** Defined names of the workbook, name → reference (the ranges ExcelJS keeps). */
export function definedNames(wb: ExcelJS.Workbook): Map<string, string> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  return new Map(model.filter((n) => n.ranges.length > 0).map((n) => [n.name, n.ranges[0]]));
}

/**
 * What ExcelJS misreads in the tables of a file it loaded, mended before it writes them back: a table without
 * headerRowCount (the default, 1, which Excel leaves out) reads as having no header row and would be written so — a
 * table whose top row holds its column names has one; a table without a style (LibreOffice writes none) cannot be
 * written at all.
 */
export function repairTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets)
    for (const t of tablesOf(ws)) {
      t.style ??= {};
      if (t.headerRow) continue;
      const r = rangePos(t.tableRef);
      if (!r) continue;
      const names = t.columns.map((c, i) => {
        const v = ws.getCell(r.from.row, r.from.col + i).value;
        return v === null || v === undefined ? "" : String(v as string | number);
      });
      if (names.every((n, i) => n === t.columns[i].name)) t.headerRow = true;
    }
}

export class UpdateExecutor {
  private readonly restyler = new Restyler();

  constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly lang: Lang
  ) {}

  /** Writes the plan (its conflicts, if any, are the caller's to refuse first). */
  execute(update: WorkbookUpdate): void {
    const writes = update.sheets.filter((p): p is SheetWrite => p.kind !== "conflict");
    const sheets = writes.map((w) => this.sheetOf(w));
    const have = new Set([...definedNames(this.wb).keys()].map((n) => n.toLowerCase()));
    for (const n of update.names)
      if (!have.has(n.name.toLowerCase())) this.wb.definedNames.add(n.ref, n.name);
    writes.forEach((w, i) => this.fill(sheets[i], w));
  }

  private sheetOf(w: SheetWrite): ExcelJS.Worksheet {
    if (w.kind === "create") return this.wb.addWorksheet(w.sheet);
    const ws = this.wb.getWorksheet(w.sheet);
    if (!ws) throw new Error(`No sheet "${w.sheet}"`);
    return ws;
  }

  private fill(ws: ExcelJS.Worksheet, w: SheetWrite): void {
    const byLetter = new Map<string, LayoutColumn>(w.columns.map((p) => [p.letter, p.column]));
    const e = w.extent;
    if (w.kind === "create")
      for (const p of w.columns) {
        // Column styles first, as the template writer does: rows a planner adds later take them too.
        const col = ws.getColumn(p.letter);
        if (p.column.numFmt !== undefined) col.numFmt = p.column.numFmt;
      }
    if (w.clear)
      for (let r = w.clear.fromRow; r <= w.clear.toRow; r++)
        for (let c = columnIndex(e.firstColumn); c <= columnIndex(e.lastColumn); c++)
          ws.getCell(r, c).value = null;
    this.writeBlocks(ws, w, byLetter);
    const bold = (cell: ExcelJS.Cell): void =>
      this.restyler.restyle(cell, "bold", (s) => ({ ...s, font: { ...s.font, bold: true } }));
    if (w.kind === "create")
      for (let c = columnIndex(e.firstColumn); c <= columnIndex(e.lastColumn); c++)
        bold(ws.getCell(e.headerRow, c));
    else for (const h of w.headerCells) bold(ws.getCell(`${h.column}${e.headerRow}`));
    for (const f of w.formats) this.ensureFormat(ws, f, w.kind === "create");
    this.ensureValidations(ws, w);
    this.ensureRowColouring(ws, w);
    for (const c of w.widths) ws.getColumn(c.column).width = c.width;
    for (const l of w.hidden) ws.getColumn(l).hidden = true;
    if (w.freezeRows !== undefined && w.freezeRows > 0) freezeRows(ws, w.freezeRows);
    if (w.table) this.addTable(ws, w);
    else this.growTable(ws, w);
  }

  private writeBlocks(ws: ExcelJS.Worksheet, w: SheetWrite, byLetter: Map<string, LayoutColumn>) {
    for (const b of w.blocks) {
      const col = columnIndex(b.column);
      // Per column of the block, the shared formula its cells are joining (./sharedFormula.ts).
      const runs: (SharedRun | undefined)[] = [];
      b.cells.forEach((line, i) =>
        line.forEach((v, j) => {
          const row = b.row + i;
          const letter = columnLetter(col + j);
          const cell = cellOf(ws, row, col + j);
          // Only a formula (of a computed column) or our own hint replaces what a cell holds; any other write goes to
          // empty cells.
          if (!isFormulaCell(v) && !b.ours && w.kind === "update" && holdsSomething(cell.value))
            throw new TypedCellError(ws.name, `${letter}${row}`);
          if (isFormulaCell(v) && w.kind === "update" && holdsSomething(cell.value)) {
            if (!isFormulaValue(cell.value) && !byLetter.get(letter)?.computed)
              throw new TypedCellError(ws.name, `${letter}${row}`);
          }
          const isDate = isDateType(byLetter.get(letter)?.type);
          // Only a formula whose cached value is text is shared: LibreOffice (7.4) recalculates a shared formula's
          // cell holding a number, a truth value or an error as it opens the file, and keeps a plain one's.
          const result = isFormulaCell(v) ? formulaResult(v, isDate) : undefined;
          const shareable = isFormulaCell(v) && typeof result === "string";
          const run = runs[j];
          if (shareable && run && run.last === row - 1 && run.template.matches(v.formula, row)) {
            cell.value = { sharedFormula: run.master, result };
            run.last = row;
            return;
          }
          cell.value = excelValue(v, isDate);
          const template = shareable ? RowShiftTemplate.of(v.formula, row) : undefined;
          runs[j] = template && { template, master: cell.address, last: row };
          if (isLinkCell(v))
            this.restyler.restyle(cell, "link", (s) => ({ ...s, font: { ...LINK_FONT } }));
        })
      );
    }
  }

  private ensureFormat(ws: ExcelJS.Worksheet, f: FormatRange, fresh: boolean): void {
    const col = columnIndex(f.column);
    for (let r = f.fromRow; r <= f.toRow; r++) {
      const cell = cellOf(ws, r, col);
      if (!fresh && !isGeneral(cell.numFmt)) continue;
      if (cell.numFmt === f.numFmt) continue;
      this.restyler.restyle(cell, `numFmt:${f.numFmt}`, (s) => ({ ...s, numFmt: f.numFmt }));
    }
  }

  private ensureValidations(ws: ExcelJS.Worksheet, w: SheetWrite): void {
    if (w.validations.length === 0) return;
    const have = w.kind === "create" ? new Map<number, [number, number][]>() : validatedRows(ws);
    for (const v of w.validations) {
      const rows = have.get(columnIndex(v.column)) ?? [];
      if (rows.some(([a, b]) => a <= v.toRow && b >= v.fromRow)) continue;
      addListValidation(
        ws,
        `${v.column}${v.fromRow}:${v.column}${v.toRow}`,
        v.source,
        v.header,
        this.lang
      );
    }
  }

  private ensureRowColouring(ws: ExcelJS.Worksheet, w: SheetWrite): void {
    const formats =
      (ws as unknown as { conditionalFormattings?: { rules?: { formulae?: unknown[] }[] }[] })
        .conditionalFormattings ?? [];
    const have = formats.flatMap((cf) =>
      (cf.rules ?? []).map((r) => {
        const f = r.formulae?.[0];
        return typeof f === "string" ? f : undefined;
      })
    );
    for (const rc of w.rowColourings ?? [])
      if (!hasRowColouringOf(have, rc.formula)) {
        addRowColouring(ws, rc.range, rc.formula, rc.kind);
        have.push(rc.formula);
      }
  }

  /** A new sheet's table over the cells written (ExcelJS writes a table's cells itself: given back as they are). */
  private addTable(ws: ExcelJS.Worksheet, w: SheetWrite): void {
    const t = w.table;
    const r = t && rangePos(t.range);
    if (!t || !r) return;
    const headers: string[] = [];
    for (let c = r.from.col; c <= r.to.col; c++)
      headers.push(String(ws.getCell(r.from.row, c).value ?? `Column${c}`));
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = r.from.row + 1; row <= r.to.row; row++) {
      const line: ExcelJS.CellValue[] = [];
      for (let c = r.from.col; c <= r.to.col; c++) line.push(ws.getCell(row, c).value);
      rows.push(line);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: `${columnLetter(r.from.col)}${r.from.row}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }

  /** The table on the sheet's header row grows to the plan's extent (columns appended, rows added), as Table.resize. */
  /** The table the plan grows (its final range, `finalTable`), with a name for each column it takes in. */
  private growTable(ws: ExcelJS.Worksheet, w: SheetWrite): void {
    const target = w.finalTable;
    const t =
      target && tablesOf(ws).find((x) => x.name.toLowerCase() === target.name.toLowerCase());
    const r = t && rangePos(t.tableRef);
    const to = target && rangePos(target.range);
    if (!t || !r || !to) return;
    const names = new Set(t.columns.map((c) => c.name.toLowerCase()));
    for (let c = r.to.col + 1; c <= to.to.col; c++) {
      const cell = cellOf(ws, r.from.row, c);
      let name = isBlank(cell.value as string) ? "" : String(cell.value as string | number);
      if (name === "") {
        // As Excel names a column a resize takes in over a blank header cell.
        for (let i = c - r.from.col + 1; name === "" || names.has(name.toLowerCase()); i++)
          name = `Column${i}`;
        cell.value = name;
      }
      names.add(name.toLowerCase());
      t.columns.push({ name, filterButton: t.autoFilterRef !== undefined });
    }
    t.tableRef = target.range;
    if (t.autoFilterRef !== undefined)
      t.autoFilterRef = `${columnLetter(to.from.col)}${to.from.row}:${columnLetter(to.to.col)}${
        t.totalsRow ? to.to.row - 1 : to.to.row
      }`;
  }
}
