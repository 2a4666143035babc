/**
 * A lean worksheet XML reader: turns a sheet's <sheetData> into a grid of CellValues, row numbers exact.
 *
 * ExcelJS's own streaming WorksheetReader builds a Row and Cell object (with styles) per cell and loses the type of a
 * formula's cached result (an error such as #N/A becomes NaN, TRUE becomes 1). This keeps only values, so it is
 * faster, lighter and exact.
 */
import type { CellValue, Grid } from "../../core/cells";
import type { StoredFormula } from "../../core/read/input";
import { cellValue, columnOfRef, type SheetXmlContext } from "../../core/xlsx/cellDecoding";
import { SharedFormulas } from "../../core/xlsx/sharedFormulas";
import type {
  ScannedCell,
  WorksheetCollector,
  XmlAttributes,
} from "../../core/xlsx/worksheetScanner";

export {
  dateOfIso,
  dateOfSerial,
  MissingString,
  type SheetXmlContext,
} from "../../core/xlsx/cellDecoding";

const isEmpty = (v: CellValue): boolean => v === null || v === undefined || v === "";

export interface SheetXml {
  /** `rows[r - 1]` is sheet row r (rows without a value stay holes), `rows[r - 1][c - 1]` column c. */
  rows: Grid;
  /** Formula cells without a value the reader may use (their cells are blank in `rows`). */
  formulas: StoredFormula[];
  /** Merged areas ("A2:A4"). */
  merges: string[];
}

/** The cells of an array formula's range besides its first, at most this many (a whole-column array is rare). */
const MAX_ARRAY_CELLS = 100_000;

/** "B2:D5" → [row1, col1, row2, col2]; undefined for anything else. */
function rangeOf(ref: string | undefined): [number, number, number, number] | undefined {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref) : null;
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = columnOfRef(m[1]);
  return [r1, c1, m[4] ? Number(m[4]) : r1, m[3] ? columnOfRef(m[3]) : c1];
}

/**
 * A collector of the shared worksheet scanner (src/core/xlsx/worksheetScanner.ts) that keeps values only. Formula
 * cells give their cached result — unless there is none, or the workbook asks for a full recalculation on load (then
 * the cached one cannot be trusted): such a cell is left blank and listed in `formulas` with its formula (a shared
 * formula's follower gets the master's formula moved to its cell). Inline and rich text give their plain text.
 * Hand it to the scanner, then take `result()`.
 */
export class SheetCollector implements WorksheetCollector {
  private readonly rows: Grid = [];
  private readonly formulas: StoredFormula[] = [];
  private readonly merges: string[] = [];
  private readonly shared = new SharedFormulas();
  /** Array formulas (and data tables) without a usable value: their ranges besides the master cell. */
  private readonly arrays: [number, number, number, number][] = [];
  private rowNum = 0;
  private line: CellValue[] = [];

  constructor(private readonly ctx: SheetXmlContext) {}

  row(row: number): void {
    this.rowNum = row;
    this.line = [];
  }

  cell(c: ScannedCell): void {
    if (c.hasFormula) this.shared.note(c);
    if (c.hasFormula && (c.text === undefined || this.ctx.fullCalcOnLoad)) {
      this.formulas.push({ row: c.row, col: c.col, formula: this.shared.formulaOf(c) });
      if (c.formulaType !== "shared" && c.formulaType !== undefined && c.formulaType !== "normal") {
        const range = rangeOf(c.formulaRef);
        if (range && (range[2] > range[0] || range[3] > range[1])) this.arrays.push(range);
      }
      return;
    }
    const v = cellValue(c.type, c.style, c.text, this.ctx);
    if (isEmpty(v)) return;
    // A row holding a value is in the grid from its first value on (its later cells go to the same array).
    if (this.rows[this.rowNum - 1] !== this.line) this.rows[this.rowNum - 1] = this.line;
    this.line[c.col - 1] = v;
  }

  open(name: string, attributes: XmlAttributes): void {
    if (name === "mergeCell" && attributes.ref) this.merges.push(attributes.ref);
  }

  result(): SheetXml {
    addArrayCells(this.rows, this.formulas, this.arrays);
    return { rows: this.rows, formulas: this.formulas, merges: this.merges };
  }
}

/**
 * The cells an array formula fills besides its first, when its value is not used: each cell shows a part of the
 * result the reader does not have, so each is an uncalculated formula (without a text of its own).
 */
function addArrayCells(
  rows: Grid,
  formulas: StoredFormula[],
  arrays: readonly [number, number, number, number][]
): void {
  let budget = MAX_ARRAY_CELLS;
  for (const [r1, c1, r2, c2] of arrays)
    for (let r = r1; r <= r2 && budget > 0; r++)
      for (let c = c1; c <= c2 && budget > 0; c++) {
        if (r === r1 && c === c1) continue;
        budget--;
        const line = rows[r - 1];
        if (line) delete line[c - 1];
        formulas.push({ row: r, col: c, formula: "" });
      }
}
