/** Reads one plan sheet into untyped rows by its schema: header by key columns, cells by value type, DQ_ hits on bad cells. */
import { columnLetter, errorCode, type CellValue, type Grid } from "../cells";
import type { Hit, Params } from "../finding";
import { normKey, splitPlatforms } from "../lists";
import type { ListId, SheetId, SheetSpec } from "../schema/types";
import { cellText, isBlankCell, normCell, shownValue } from "./cellValue";
import { isoOfSerial, parseDate } from "./dates";
import { findHeader, type HeaderColumn, type HeaderMatch, type NameLang } from "./header";
import { origin, type SheetInput } from "./input";
import { parseNumber } from "./numbers";

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
export type FieldReader = (text: string, lang: NameLang) => { ok: true; value: string } | { ok: false; params: Params };

export interface ReadRow {
  row: number;
  v: Record<string, unknown>;
  /** The row has a DQ_ hit and is left out of the plan. */
  bad: boolean;
  sku?: string;
}

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
  rows: ReadRow[];
  hits: Hit[];
}

/** The language of a sheet's name (English when it spells none). */
export function sheetLang(spec: SheetSpec, name: string): NameLang {
  const k = normKey(name);
  if (k === normKey(spec.names.zh)) return "zh";
  if (k === normKey(spec.names.zhTW)) return "zhTW";
  return "en";
}

export function makeHit(rule: string, sheetId: SheetId, sheet: string, row: number, column: string, params: Params, sku?: string): Hit {
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
  const grid: Grid = Array.isArray(input.rows) ? input.rows : [];
  const firstRow = origin(input.firstRow);
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
  located.hit = makeHit("DQ_MISSING_COLUMN", spec.id, input.name, firstRow + at[0], columnLetter(firstCol + at[1]), {
    sheet: input.name,
    missing: missing.map((c) => c.names[lang]).join(", "),
  });
  return located;
}

/** Reads a sheet by its schema (see `locateHeader` for a sheet whose header lacks a key column: no rows). */
export function readSheet(
  input: SheetInput,
  spec: SheetSpec,
  ctx: ReadContext,
  readers: Partial<Record<string, FieldReader>> = {},
): SheetRead {
  const name = input.name;
  const { grid, firstRow, firstCol, lang, header, hit } = locateHeader(input, spec);
  const out: SheetRead = { id: spec.id, name, lang, readable: false, cols: {}, headers: {}, rows: [], hits: [] };
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
    if (!h.spec.computed) cols.push({ field: h.spec.field, index: h.index, letter, header: h.header, h, reader: readers[h.spec.field] });
  }
  cols.sort((a, b) => a.index - b.index);
  // The SKU is read first so every hit of the row can carry it.
  const skuAt = cols.findIndex((c) => c.field === "sku");
  if (skuAt > 0) cols.unshift(...cols.splice(skuAt, 1));
  const hasSku = skuAt >= 0;

  const raw: CellValue[] = new Array<CellValue>(cols.length);
  const hits = out.hits;
  for (let r = header.rowIndex + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells)) continue;
    let blank = true;
    for (let k = 0; k < cols.length; k++) {
      const v = normCell(cells[cols[k].index]);
      raw[k] = v;
      if (blank && !isBlankCell(v)) blank = false;
    }
    if (blank) continue;

    const rowNo = firstRow + r;
    const v: Record<string, unknown> = {};
    const hitStart = hits.length;
    let sku: string | undefined;
    if (hasSku && !isBlankCell(raw[0]) && errorCode(raw[0]) === null) sku = cellText(raw[0]);
    const report = (col: Col, rule: string, params: Params): void => {
      hits.push(makeHit(rule, spec.id, name, rowNo, col.letter, params, sku));
    };

    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const cell = raw[k];
      const spc = col.h.spec;
      if (isBlankCell(cell)) {
        if (spc.key) report(col, "DQ_MISSING_VALUE", { column: col.header });
        else if (spc.type === "platforms") v[col.field] = [];
        continue;
      }
      // Fast path: a plain number where a number belongs (most cells of a big sheet).
      if (typeof cell === "number" && Number.isFinite(cell) && (spc.type === "money" || spc.type === "number" || spc.type === "integer")) {
        if (spc.nonNegative && cell < 0) report(col, "DQ_NEGATIVE", { column: col.header, value: shownValue(cell) });
        else v[col.field] = cell;
        continue;
      }
      const code = errorCode(cell);
      if (code !== null) {
        report(col, "DQ_ERROR_VALUE", { column: col.header, value: code });
        continue;
      }
      switch (spc.type) {
        case "text": {
          const text = cellText(cell);
          if (!col.reader) {
            v[col.field] = text;
            break;
          }
          const res = col.reader(text, lang);
          if (res.ok) v[col.field] = res.value;
          else report(col, "DQ_UNKNOWN_VALUE", { column: col.header, value: shownValue(cell), ...res.params });
          break;
        }
        case "list": {
          const list = spc.list ?? "platform";
          const text = cellText(cell);
          const value = ctx.match(list, text);
          if (value !== undefined) v[col.field] = value;
          else report(col, "DQ_UNKNOWN_VALUE", unknownParams(col, shownValue(text), ctx.listRef(list, lang)));
          break;
        }
        case "platforms": {
          const items = splitPlatforms(cellText(cell));
          const found: string[] = [];
          const unknown: string[] = [];
          for (const item of items) {
            const p = ctx.match("platform", item);
            if (p === undefined) unknown.push(item);
            else if (!found.includes(p)) found.push(p);
          }
          if (unknown.length) report(col, "DQ_UNKNOWN_VALUE", unknownParams(col, shownValue(unknown.join(", ")), ctx.listRef("platform", lang)));
          else v[col.field] = found;
          break;
        }
        case "number":
        case "integer":
        case "money":
        case "percent": {
          const p = parseNumber(cell, { percent: spc.type === "percent" });
          if (!p.ok) report(col, p.rule, { column: col.header, value: p.code ?? shownValue(cell) });
          else if (spc.nonNegative && p.value < 0) report(col, "DQ_NEGATIVE", { column: col.header, value: shownValue(cell) });
          else v[col.field] = p.value;
          break;
        }
        case "date": {
          const p = parseDate(cell);
          if (p.ok) v[col.field] = p.value;
          else if (p.readings) {
            report(col, p.rule, {
              column: col.header,
              value: shownValue(cell),
              dayFirst: isoOfSerial(p.readings.dayFirst),
              monthFirst: isoOfSerial(p.readings.monthFirst),
            });
          } else report(col, p.rule, { column: col.header, value: p.code ?? shownValue(cell) });
          break;
        }
        case "any":
          v[col.field] = cell;
          break;
      }
    }
    const bad = hits.length > hitStart;
    const rr: ReadRow = { row: rowNo, v, bad };
    if (sku !== undefined) rr.sku = sku;
    out.rows.push(rr);
  }
  return out;
}

function unknownParams(col: Col, value: string, ref: ListRef): Params {
  return { column: col.header, value, list: ref.column, listsSheet: ref.sheet };
}
