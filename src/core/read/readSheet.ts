/** Reads one plan sheet into untyped rows by its schema: header by key columns, cells by value type, DQ_ hits on bad cells. */
import { columnLetter, type CellValue, type Grid } from "../cells";
import type { Hit, Params } from "../finding";
import type { Row } from "../plan";
import type { RuleId } from "../rules/ruleIds";
import { normKey, splitPlatforms } from "../lists";
import type { ListId, SheetId, SheetSpec } from "../schema/types";
import { cellText, errorOf, isBlankCell, normCell, shownValue } from "./cellValue";
import { dateToSerial, isoOfSerial, MAX_SERIAL, parseDate } from "./dates";
import { findHeader, type HeaderColumn, type HeaderMatch, type NameLang } from "./header";
import { gridOf, origin, type SheetInput } from "./input";
import { fillMergedColumn } from "./merges";
import { planFormulaText } from "../formulaNames";
import { parseMonth } from "./months";
import { parseNumber } from "./numbers";
import { DateClass, isArray, isFiniteNumber, isInteger } from "./globals";

/** Where a list is edited, for messages: the Lists sheet's name and the list's column header. */
export interface ListRef {
  sheet: string;
  column: string;
}

export interface ReadContext {
  /** The canonical value of `typed` in a list of the workbook, or undefined. */
  match(list: ListId, typed: string): string | undefined;
  listRef(list: ListId, lang: NameLang): ListRef;
}

/** A text field with a fixed vocabulary (Calendar Kind, Waivers Rule): its value, or the params of a DQ_UNKNOWN_VALUE. */
export type FieldReader = (
  text: string,
  lang: NameLang
) => { ok: true; value: string } | { ok: false; params: Params };

/** A read row, typed by the caller. */
export type ReadRow = Row<Record<string, unknown>>;

export interface SheetRead {
  id: SheetId;
  name: string;
  lang: NameLang;
  /** The header holds every key column, so the rows were read. */
  readable: boolean;
  /** Column letters of every schema column found (computed ones too: rules point at them). */
  cols: Record<string, string>;
  /** Headers as written, by field (for messages). */
  headers: Record<string, string>;
  /** Every non-blank row below the header. */
  rows: ReadRow[];
  /** Parallel to rows: the row has a DQ_ hit and is left out of the plan. */
  bad: boolean[];
  /** Parallel to rows: the row's SKU (trimmed text), when it has one. */
  skus: (string | undefined)[];
  hits: Hit[];
}

/** The language of a sheet's name (English when it spells none). */
export function sheetLang(spec: SheetSpec, name: string): NameLang {
  const k = normKey(name);
  if (k === normKey(spec.names.zh)) return "zh";
  if (k === normKey(spec.names.zhTW)) return "zhTW";
  return "en";
}

export function makeHit(
  rule: RuleId,
  sheetId: SheetId,
  sheet: string,
  row: number,
  column: string,
  params: Params,
  sku?: string
): Hit {
  const h: Hit = { rule, at: { sheetId, sheet, row, column }, params };
  if (sku !== undefined) h.sku = sku;
  return h;
}

/** [row, column] index of the first cell holding a value, or undefined for a sheet without any. */
function firstValue(rows: Grid): [number, number] | undefined {
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    if (!Array.isArray(cells)) continue;
    for (let j = 0; j < cells.length; j++) if (!isBlankCell(normCell(cells[j]))) return [i, j];
  }
  return undefined;
}

interface Col {
  field: string;
  index: number;
  letter: string;
  header: string;
  h: HeaderColumn;
  reader?: FieldReader;
}

export interface LocatedHeader {
  grid: Grid;
  firstRow: number;
  firstCol: number;
  lang: NameLang;
  /** A header row holding every key column. */
  header?: HeaderMatch;
  /** Otherwise the sheet's one DQ_MISSING_COLUMN (none for a sheet that holds no value at all). */
  hit?: Hit;
}

/**
 * Finds a sheet's header. A header without every key column gives one DQ_MISSING_COLUMN on the header row, on its
 * first cell (on the sheet's first cell when no row holds any key header; nothing for a sheet without any value).
 */
export function locateHeader(input: SheetInput, spec: SheetSpec): LocatedHeader {
  const firstRow = origin(input.firstRow);
  const grid = gridOf(input, firstRow);
  const firstCol = origin(input.firstCol);
  const lang = sheetLang(spec, input.name);
  const located: LocatedHeader = { grid, firstRow, firstCol, lang };
  const header = findHeader(grid, spec);
  if (header && header.missingKeys.length === 0) {
    located.header = header;
    return located;
  }
  let at: [number, number] | undefined;
  if (header) at = [header.rowIndex, header.firstCellIndex];
  else {
    // The grid's top-left cell; in a ragged grid without it, the first cell holding a value.
    at = firstValue(grid);
    if (!at) return located;
    const top = grid[0];
    if (Array.isArray(top) && top.length > 0) at = [0, 0];
  }
  const missing = header ? header.missingKeys : spec.columns.filter((c) => c.key);
  located.hit = makeHit(
    "DQ_MISSING_COLUMN",
    spec.id,
    input.name,
    firstRow + at[0],
    columnLetter(firstCol + at[1]),
    {
      sheet: input.name,
      missing: missing.map((c) => c.names[lang]).join(", "),
    }
  );
  return located;
}

/** Reads a sheet by its schema (see `locateHeader` for a sheet whose header lacks a key column: no rows). */
export function readSheet(
  input: SheetInput,
  spec: SheetSpec,
  ctx: ReadContext,
  readers: Partial<Record<string, FieldReader>> = {}
): SheetRead {
  const name = input.name;
  const { grid, firstRow, firstCol, lang, header, hit } = locateHeader(input, spec);
  const out: SheetRead = {
    id: spec.id,
    name,
    lang,
    readable: false,
    cols: {},
    headers: {},
    rows: [],
    bad: [],
    skus: [],
    hits: [],
  };
  if (!header) {
    if (hit) out.hits.push(hit);
    return out;
  }

  out.readable = true;
  const cols: Col[] = [];
  for (const h of header.byField.values()) {
    const letter = columnLetter(firstCol + h.index);
    out.cols[h.spec.field] = letter;
    out.headers[h.spec.field] = h.header;
    if (!h.spec.computed)
      cols.push({
        field: h.spec.field,
        index: h.index,
        letter,
        header: h.header,
        h,
        reader: readers[h.spec.field],
      });
  }
  cols.sort((a, b) => a.index - b.index);
  // The SKU is read first so every hit of the row can carry it.
  const skuAt = cols.findIndex((c) => c.field === "sku");
  if (skuAt > 0) cols.unshift(...cols.splice(skuAt, 1));
  const hasSku = skuAt >= 0;
  // A SKU merged over several rows is each of those rows' SKU.
  const rows = hasSku
    ? fillMergedColumn(
        grid,
        input.merges,
        firstRow,
        firstCol,
        firstCol + cols[0].index,
        header.rowIndex
      )
    : grid;

  const raw: CellValue[] = new Array<CellValue>(cols.length);
  const hits = out.hits;
  const rowCols = out.cols;
  // Every row's object starts as a copy of one shape holding all read fields: stores then never change its shape.
  const shape: Record<string, unknown> = {};
  for (const c of [...cols].sort((a, b) => a.index - b.index)) shape[c.field] = undefined;
  const env: CellEnv = { ctx, lang };
  const uncalculated = uncalculatedCells(input);
  let end = rows.length;
  if (uncalculated) for (const row of uncalculated.keys()) end = Math.max(end, row - firstRow + 1);
  for (let r = header.rowIndex + 1; r < end; r++) {
    const rowNo = firstRow + r;
    // A row whose read cells are all uncalculated formulas has no values, but is no blank row.
    const formulas = uncalculated?.get(rowNo);
    const cells = isArray(rows[r]) ? rows[r] : formulas ? NO_CELLS : undefined;
    if (!cells) continue;
    let blank = true;
    for (let k = 0; k < cols.length; k++) {
      const v = normCell(cells[cols[k].index]);
      raw[k] = v;
      if (blank && (!isBlankCell(v) || formulas?.has(firstCol + cols[k].index))) blank = false;
    }
    if (blank) continue;

    const v: Record<string, unknown> = { ...shape };
    const hitStart = hits.length;
    let sku: string | undefined;
    if (hasSku && !isBlankCell(raw[0]) && errorOf(raw[0]) === null) sku = cellText(raw[0]);
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const formula = formulas?.get(firstCol + col.index);
      const value =
        formula !== undefined && isBlankCell(raw[k])
          ? new CellFailure("DQ_NOT_CALCULATED", notCalculatedParams(col.header, formula))
          : readCell(col, raw[k], env);
      if (value instanceof CellFailure)
        hits.push(makeHit(value.rule, spec.id, name, rowNo, col.letter, value.params, sku));
      else v[col.field] = value;
    }
    out.rows.push({ sheetId: spec.id, sheet: name, row: rowNo, cols: rowCols, v });
    out.bad.push(hits.length > hitStart);
    out.skus.push(sku);
  }
  return out;
}

const NO_CELLS: CellValue[] = [];
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * Sheet row → sheet column → formula, of the input's formula cells without a value (table total rows left out);
 * undefined when there are none.
 */
export function uncalculatedCells(input: SheetInput): Map<number, Map<number, string>> | undefined {
  const list = Array.isArray(input.formulas) ? input.formulas : [];
  if (list.length === 0) return undefined;
  const totals = new Set(Array.isArray(input.totalRows) ? input.totalRows : []);
  const byRow = new Map<number, Map<number, string>>();
  for (const f of list) {
    if (!f || !(f.row >= 1 && f.row <= MAX_ROW && f.col >= 1 && f.col <= MAX_COL)) continue;
    if (!Number.isInteger(f.row) || !Number.isInteger(f.col) || totals.has(f.row)) continue;
    let row = byRow.get(f.row);
    if (!row) byRow.set(f.row, (row = new Map()));
    row.set(f.col, typeof f.formula === "string" ? f.formula : "");
  }
  return byRow;
}

/** A DQ_NOT_CALCULATED's params: the column and the formula as Excel shows it (capped), when the file says it. */
export function notCalculatedParams(column: string, formula: string): Params {
  return formula === ""
    ? { column, context: "unknown" }
    : { column, value: shownValue(`=${planFormulaText(formula)}`) };
}

/** Why a cell cannot be read (rare, so allocated only then). */
class CellFailure {
  constructor(
    readonly rule: RuleId,
    readonly params: Params
  ) {}
}

interface CellEnv {
  ctx: ReadContext;
  lang: NameLang;
}

/** A cell's value by its column's type: the value, undefined for an optional blank, or why it cannot be read. */
function readCell(col: Col, cell: CellValue, env: CellEnv): unknown {
  const spc = col.h.spec;
  const type = spc.type;
  // Fast paths for what fills most cells of a big sheet: plain numbers and dates, plain text.
  if (typeof cell === "number" && isFiniteNumber(cell)) {
    if (type === "money" || type === "number" || type === "integer") {
      return spc.nonNegative && cell < 0
        ? new CellFailure("DQ_NEGATIVE", { column: col.header, value: shownValue(cell) })
        : cell;
    }
    if (type === "date" && cell >= 1 && cell < MAX_SERIAL + 1 && isInteger(cell)) return cell;
  } else if (cell instanceof DateClass && type === "date") {
    const s = dateToSerial(cell);
    if (s >= 1 && s <= MAX_SERIAL) return s;
  } else if (isBlankCell(cell)) {
    if (spc.key) return new CellFailure("DQ_MISSING_VALUE", { column: col.header });
    return type === "platforms" ? [] : undefined;
  }
  const code = errorOf(cell);
  if (code !== null) return new CellFailure("DQ_ERROR_VALUE", { column: col.header, value: code });
  switch (type) {
    case "text": {
      const text = cellText(cell);
      if (!col.reader) return text;
      const res = col.reader(text, env.lang);
      return res.ok
        ? res.value
        : new CellFailure("DQ_UNKNOWN_VALUE", {
            column: col.header,
            value: shownValue(cell),
            ...res.params,
          });
    }
    case "list": {
      const list = spc.list ?? "platform";
      const text = cellText(cell);
      const value = env.ctx.match(list, text);
      return value !== undefined
        ? value
        : new CellFailure(
            "DQ_UNKNOWN_VALUE",
            unknownParams(col, shownValue(text), env.ctx.listRef(list, env.lang))
          );
    }
    case "platforms": {
      const found: string[] = [];
      const unknown: string[] = [];
      for (const item of splitPlatforms(cellText(cell))) {
        const p = env.ctx.match("platform", item);
        if (p === undefined) unknown.push(item);
        else if (!found.includes(p)) found.push(p);
      }
      if (unknown.length === 0) return found;
      return new CellFailure(
        "DQ_UNKNOWN_VALUE",
        unknownParams(col, shownValue(unknown.join(", ")), env.ctx.listRef("platform", env.lang))
      );
    }
    case "number":
    case "integer":
    case "money":
    case "percent": {
      const p = parseNumber(cell, { percent: type === "percent" });
      if (!p.ok)
        return new CellFailure(p.rule, { column: col.header, value: p.code ?? shownValue(cell) });
      if (spc.nonNegative && p.value < 0)
        return new CellFailure("DQ_NEGATIVE", { column: col.header, value: shownValue(cell) });
      return p.value;
    }
    case "date":
    case "month": {
      const p = type === "month" ? parseMonth(cell) : parseDate(cell);
      if (p.ok) return p.value;
      if (p.readings) {
        return new CellFailure(p.rule, {
          column: col.header,
          value: shownValue(cell),
          dayFirst: isoOfSerial(p.readings.dayFirst),
          monthFirst: isoOfSerial(p.readings.monthFirst),
        });
      }
      return new CellFailure(p.rule, { column: col.header, value: p.code ?? shownValue(cell) });
    }
    default:
      return cell;
  }
}

function unknownParams(col: Col, value: string, ref: ListRef): Params {
  return { column: col.header, value, list: ref.column, listsSheet: ref.sheet };
}
