/**
 * The plan sheets as they will be once an update plan (src/core/write/update.ts) is written: the sheets read from the
 * file with the plan's cells laid over them. It gives the cached result of every formula the plan enters — what the
 * core's evaluator (src/core/formulas/evaluate.ts) computes on the updated workbook, with this workbook's columns,
 * rows and Settings names — and the sheets the Timeline is laid out from.
 */
import { columnIndex, isCellError, type CellValue, type Grid } from "../../core/cells";
import { rowFormulaValues } from "../../core/formulas/evaluate";
import { FormulaWorkbook, hostValue, type HostValue } from "../../core/formulas/workbook";
import { origin, type SheetInput } from "../../core/read/input";
import { sheetSpec } from "../../core/schema/sheets";
import type { SheetId } from "../../core/schema/types";
import type { Settings } from "../../core/settings";
import { cellPos, splitAddress } from "../../core/write/addresses";
import { isFormulaCell, isLinkCell, type FormulaCell } from "../../core/write/layout";
import type { SheetWrite, WorkbookUpdate } from "../../core/write/update";

/** A sheet's cells from A1: rows[r - 1][c - 1]. */
interface Cells {
  name: string;
  rows: CellValue[][];
  input: SheetInput;
}

function fromA1(input: SheetInput): Cells {
  const r0 = origin(input.firstRow);
  const c0 = origin(input.firstCol);
  const src = Array.isArray(input.rows) ? (input.rows as CellValue[][]) : [];
  let rows: CellValue[][] = src;
  if (r0 !== 1 || c0 !== 1) {
    rows = [];
    src.forEach((line, i) => {
      const out: CellValue[] = new Array<CellValue>(c0 - 1).fill(null);
      if (Array.isArray(line)) line.forEach((v, j) => (out[c0 - 1 + j] = v));
      rows[r0 - 1 + i] = out;
    });
  }
  return { name: input.name, rows, input };
}

function put(s: Cells, row: number, col: number, v: CellValue): void {
  let line = s.rows[row - 1];
  if (!Array.isArray(line)) line = s.rows[row - 1] = [];
  line[col - 1] = v;
}

function get(s: Cells, row: number, col: number): CellValue {
  const line = s.rows[row - 1];
  return Array.isArray(line) ? (line[col - 1] ?? null) : null;
}

/** The evaluator's workbook over these sheets: Settings names resolved to the cells this workbook names. */
class UpdatedFormulaWorkbook extends FormulaWorkbook {
  constructor(
    grids: ReadonlyMap<SheetId, Grid>,
    settings: Settings,
    private readonly resolveName: (name: string) => HostValue | undefined
  ) {
    super(grids, settings);
  }

  override name(workbookName: string): HostValue {
    return this.resolveName(workbookName) ?? super.name(workbookName);
  }
}

export class UpdatedSheets {
  private readonly byName = new Map<string, Cells>();
  private readonly formulaCells: {
    write: SheetWrite;
    row: number;
    col: number;
    cell: FormulaCell;
  }[] = [];

  /** `inputs`: the sheets read from the file; `update`: the plan about to be written (conflict-free). */
  constructor(
    inputs: readonly SheetInput[],
    private readonly update: WorkbookUpdate
  ) {
    for (const i of inputs) this.byName.set(i.name.toLowerCase(), fromA1(i));
    for (const p of update.sheets) if (p.kind !== "conflict") this.lay(p);
  }

  private lay(w: SheetWrite): void {
    const k = w.sheet.toLowerCase();
    let s = this.byName.get(k);
    if (!s || w.kind === "create") {
      s = fromA1({ name: w.sheet, rows: [] });
      this.byName.set(k, s);
    }
    const first = columnIndex(w.extent.firstColumn);
    const last = columnIndex(w.extent.lastColumn);
    if (w.clear)
      for (let r = w.clear.fromRow; r <= w.clear.toRow; r++)
        for (let c = first; c <= last; c++) put(s, r, c, null);
    for (const b of w.blocks) {
      const col = columnIndex(b.column);
      b.cells.forEach((line, i) =>
        line.forEach((v, j) => {
          const row = b.row + i;
          // A formula column is blank to the evaluator, as in the template's computation (src/core/compute.ts):
          // a formula reads its own row's formula columns through their formulas, other sheets' inputs only.
          if (isFormulaCell(v)) {
            put(s, row, col + j, null);
            this.formulaCells.push({ write: w, row, col: col + j, cell: v });
          } else put(s, row, col + j, isLinkCell(v) ? v.text : (v ?? null));
        })
      );
    }
  }

  /** The value of a cell of a sheet (by name, any case), as it will be; undefined for a sheet that is not there. */
  valueAt(sheet: string, row: number, col: number): CellValue | undefined {
    const s = this.byName.get(sheet.toLowerCase());
    return s ? get(s, row, col) : undefined;
  }

  /** The sheets as the reader reads them (the plan sheets the update wrote, the others as read). */
  inputs(): SheetInput[] {
    return [...this.byName.values()].map((s) =>
      s.rows === s.input.rows ? s.input : { ...s.input, rows: s.rows, firstRow: 1, firstCol: 1 }
    );
  }

  /**
   * Sets the cached result of every formula the plan enters to what it computes on the updated workbook. `names`:
   * the workbook's defined names (name → reference) once the update has added the ones it lacked.
   */
  computeFormulaResults(settings: Settings, names: ReadonlyMap<string, string>): void {
    const grids = new Map<SheetId, Grid>();
    const firstRows = new Map<SheetId, number>();
    for (const p of this.update.sheets) {
      if (p.kind === "conflict") continue;
      const s = this.byName.get(p.sheet.toLowerCase());
      if (!s) continue;
      const spec = sheetSpec(p.layout.id);
      const letterOf = new Map(p.columns.map((c) => [c.column.field, columnIndex(c.letter)]));
      // A formula column's cells are what the update computes (blank here); its header is read, as a whole-column
      // reference reads it (the Warehouse keys' TEXTJOIN joins the Warehouse key header too). A computed column of
      // values (the SKU stamps, the Product row hints) holds what the update wrote: the Unstamped SKU formulas read
      // the stamps.
      const headerAt = p.extent.headerRow - 1;
      const cols = spec.columns.map((c) => ({
        at: letterOf.get(c.field),
        computed: c.computed === true && c.formula !== undefined,
      }));
      grids.set(
        p.layout.id,
        Array.from(s.rows, (line, r) =>
          cols.map(({ at, computed }) =>
            at === undefined || !Array.isArray(line) || (computed && r !== headerAt)
              ? null
              : (line[at - 1] ?? null)
          )
        )
      );
      firstRows.set(p.layout.id, p.extent.headerRow + 1);
    }
    const lowerNames = new Map([...names].map(([n, ref]) => [n.toLowerCase(), ref]));
    const resolveName = (name: string): HostValue | undefined => {
      const ref = lowerNames.get(name.toLowerCase());
      if (ref === undefined) return undefined;
      const { sheet, cell } = splitAddress(ref.replace(/^=/, ""));
      const at = cellPos(cell);
      const v = sheet === undefined || !at ? undefined : this.valueAt(sheet, at.row, at.col);
      return v === undefined ? { error: "#REF!" } : hostValue(v);
    };
    const wb = new UpdatedFormulaWorkbook(grids, settings, resolveName);

    const memo = new Map<string, Record<string, CellValue>>();
    for (const { write, row, col, cell } of this.formulaCells) {
      const id = write.layout.id;
      const field = write.columns.find((c) => columnIndex(c.letter) === col)?.column.field;
      if (field === undefined) continue;
      const k = `${id}:${row}`;
      let values = memo.get(k);
      if (!values) {
        values = rowFormulaValues(id, wb, row, firstRows.get(id) ?? write.extent.headerRow + 1);
        memo.set(k, values);
      }
      const v = values[field];
      if (v === undefined) continue;
      cell.result = v;
      // What the formula shows is what the sheet holds from now on (the Timeline reads no formula column).
      const s = this.byName.get(write.sheet.toLowerCase());
      if (s && !isCellError(v)) put(s, row, col, v);
    }
  }
}
