/**
 * A lean worksheet XML reader: turns a sheet's <sheetData> into a grid of CellValues, row numbers exact.
 *
 * ExcelJS's own streaming WorksheetReader builds a Row and Cell object (with styles) per cell and loses the type of a
 * formula's cached result (an error such as #N/A becomes NaN, TRUE becomes 1). This reads the same SAX events
 * (ExcelJS's parser) but keeps only values, so it is faster, lighter and exact.
 */
import type { CellValue, Grid } from "../../core/cells";
import { shiftFormula } from "../../core/read/formulaSyntax";
import type { StoredFormula } from "../../core/read/input";
import { cellValue, columnOfRef, type SheetXmlContext } from "../../core/xlsx/cellDecoding";
import { localName, type SaxEvent } from "./sax";

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
 * Reads a worksheet part. Formula cells give their cached result — unless there is none, or the workbook asks for a
 * full recalculation on load (then the cached one cannot be trusted): such a cell is left blank and listed in
 * `formulas` with its formula (a shared formula's follower gets the master's formula moved to its cell). Inline and
 * rich text give their plain text.
 */
export async function readSheetXml(
  xml: AsyncIterable<SaxEvent[]>,
  ctx: SheetXmlContext
): Promise<SheetXml> {
  const rows: Grid = [];
  const formulas: StoredFormula[] = [];
  const merges: string[] = [];
  /** Shared formulas' masters by `si`: their text and cell. */
  const shared = new Map<string, { text: string; row: number; col: number }>();
  /** Array formulas (and data tables) without a usable value: their ranges besides the master cell. */
  const arrays: [number, number, number, number][] = [];
  let inSheetData = false;
  let rowNum = 0;
  let row: CellValue[] | null = null;
  let rowHasValue = false;
  let col = 0;
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let text: string | undefined;
  let capture = false; // inside <v>, or a <t> of an inline string (not of its phonetic <rPh> runs)
  let inInline = false;
  let inPhonetic = false;
  // The cell's <f>: whether it has one, its text and attributes.
  let hasFormula = false;
  let inFormula = false;
  let formulaText = "";
  let formulaType: string | undefined;
  let formulaSi: string | undefined;
  let formulaRef: string | undefined;

  /** A formula cell whose value is not used: its formula as the cell's own text. */
  const storeFormula = (): void => {
    let f = formulaText;
    if (formulaType === "shared" && formulaSi !== undefined) {
      const master = shared.get(formulaSi);
      if (f === "" && master)
        f = shiftFormula(master.text, rowNum - master.row, col - master.col) ?? "";
    }
    formulas.push({ row: rowNum, col, formula: f });
    if (formulaType !== "shared" && formulaType !== undefined && formulaType !== "normal") {
      const range = rangeOf(formulaRef);
      if (range && (range[2] > range[0] || range[3] > range[1])) arrays.push(range);
    }
  };

  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (capture) text = text === undefined ? ev.value : text + ev.value;
        else if (inFormula) formulaText += ev.value;
        continue;
      }
      const name = localName(ev.value.name);
      if (ev.eventType === "opentag") {
        switch (name) {
          case "sheetData":
            inSheetData = true;
            break;
          case "row": {
            if (!inSheetData) break;
            const r = Number(ev.value.attributes.r);
            rowNum = Number.isInteger(r) && r > 0 ? r : rowNum + 1;
            row = [];
            rowHasValue = false;
            col = 0;
            break;
          }
          case "c": {
            if (!row) break;
            const ref = ev.value.attributes.r;
            const c = ref ? columnOfRef(ref) : 0;
            col = c > 0 ? c : col + 1;
            inCell = true;
            type = ev.value.attributes.t;
            style = ev.value.attributes.s ? Number(ev.value.attributes.s) || 0 : 0;
            text = undefined;
            hasFormula = false;
            break;
          }
          case "f":
            if (inCell) {
              hasFormula = true;
              inFormula = true;
              formulaText = "";
              formulaType = ev.value.attributes.t;
              formulaSi = ev.value.attributes.si;
              formulaRef = ev.value.attributes.ref;
            }
            break;
          case "v":
            if (inCell) {
              capture = true;
              text = "";
            }
            break;
          case "is":
            if (inCell) {
              inInline = true;
              text = "";
            }
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            if (inInline && !inPhonetic) capture = true;
            break;
          case "mergeCell":
            if (!inSheetData && ev.value.attributes.ref) merges.push(ev.value.attributes.ref);
            break;
        }
      } else {
        switch (name) {
          case "f":
            inFormula = false;
            if (formulaType === "shared" && formulaSi !== undefined && formulaText !== "")
              shared.set(formulaSi, { text: formulaText, row: rowNum, col });
            break;
          case "v":
          case "t":
            capture = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            if (inCell && row) {
              if (hasFormula && (text === undefined || ctx.fullCalcOnLoad)) storeFormula();
              else {
                const v = cellValue(type, style, text, ctx);
                if (!isEmpty(v)) {
                  row[col - 1] = v;
                  rowHasValue = true;
                }
              }
            }
            inCell = false;
            inInline = false;
            inFormula = false;
            capture = false;
            break;
          case "row":
            if (row && rowHasValue) rows[rowNum - 1] = row;
            row = null;
            break;
          case "sheetData":
            inSheetData = false;
            break;
        }
      }
    }
  }
  addArrayCells(rows, formulas, arrays);
  return { rows, formulas, merges };
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
