/**
 * One side of a comparison read through the forgiving reader: each input sheet found by its name in any language,
 * its columns by header (renamed, reordered, in Chinese), each cell as the reader reads it (a canonical list value,
 * a date's serial) or, where it cannot, as typed — and each row's match key.
 */
import { columnIndex, type CellValue } from "../../cells";
import { normKey } from "../../lists";
import { cellText, normCell } from "../../read/cellValue";
import { isoOfSerial } from "../../read/dates";
import type { SheetInput } from "../../read/input";
import { READERS, type WorkbookRead } from "../../read/readPlan";
import { readSheet, type ReadContext, type SheetRead } from "../../read/readSheet";
import { settingSpecOf } from "../../read/settingsSheet";
import { sheetSpec } from "../../schema/sheets";
import type { ColumnSpec, SheetId } from "../../schema/types";
import { INPUT_SHEET_IDS } from "../inputSheets";
import { matchKeyFields } from "./matchKeys";

/** An unreadable cell's text is marked so that it never equals a readable one that looks the same. */
const UNREAD = "\u0000";

export interface SideRow {
  /** Sheet row. */
  row: number;
  key: string;
  /** How many rows of the sheet above this one have the same key (duplicates are paired in sheet order). */
  nth: number;
  /** One text per column of `SideSheet.fields` ("" for a blank or a column the sheet lacks). */
  values: string[];
}

export interface SideSheet {
  id: SheetId;
  name: string;
  /** The header holds every key column (else no row was read). */
  readable: boolean;
  /** The schema's input columns, in schema order. */
  fields: readonly ColumnSpec[];
  /** Header as written and column letter, by field, for the columns the sheet has. */
  headers: Record<string, string>;
  letters: Record<string, string>;
  rows: SideRow[];
}

export type Side = Map<SheetId, SideSheet>;

/** A cell's text: a typed value as the reader made it; an unreadable cell as typed, marked. */
function valueText(spec: ColumnSpec, v: unknown, isoOf: (serial: number) => string): string {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return spec.type === "date" ? isoOf(v) : String(v);
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

/** isoOfSerial, remembered: a plan's dates are a few hundred days over hundreds of thousands of cells. */
function isoMemo(): (serial: number) => string {
  const known = new Map<number, string>();
  return (serial) => {
    let iso = known.get(serial);
    if (iso === undefined) {
      iso = isoOfSerial(serial);
      known.set(serial, iso);
    }
    return iso;
  };
}

/** What a compared text shows (an unreadable cell's text without its mark). */
export const shownText = (t: string): string => (t.startsWith(UNREAD) ? t.slice(1) : t);

/** The row's match key from its values (the key fields' indexes worked out once per sheet: keyIndexes). */
function keyOf(id: SheetId, keyAt: readonly number[] | undefined, values: string[]): string {
  if (id === "settings") {
    const name = shownText(values[keyAt?.[0] ?? -1] ?? "");
    return settingSpecOf(name)?.key ?? normKey(name);
  }
  if (!keyAt) return values.join("\u001f");
  if (keyAt.length === 1) return values[keyAt[0]] ?? "";
  let key = values[keyAt[0]] ?? "";
  for (let k = 1; k < keyAt.length; k++) key += "\u001f" + (values[keyAt[k]] ?? "");
  return key;
}

/** The indexes in `fields` of the sheet's match key fields; undefined: the whole row (Lists). */
function keyIndexes(id: SheetId, fields: readonly ColumnSpec[]): number[] | undefined {
  const keys = id === "settings" ? ["setting"] : matchKeyFields(id);
  if (keys.length === 0) return undefined;
  return keys.map((k) => fields.findIndex((f) => f.field === k));
}

function rawCell(input: SheetInput, row: number, letter: string): CellValue {
  const r = input.rows[row - (input.firstRow ?? 1)];
  return Array.isArray(r) ? normCell(r[columnIndex(letter) - (input.firstCol ?? 1)]) : null;
}

/**
 * A value that means the same in every language is compared as its canonical text: a setting's name (计划年度 =
 * Plan year) and a Lists entry (天猫 = Tmall).
 */
function canonical(id: SheetId, field: string, text: string, ctx: ReadContext): string {
  if (text === "" || text.startsWith(UNREAD)) return text;
  if (id === "settings" && field === "setting") return settingSpecOf(text)?.en ?? text;
  if (id === "lists" && (field === "platform" || field === "channel" || field === "tier"))
    return ctx.match(field, text) ?? text;
  return text;
}

function sideSheet(input: SheetInput, id: SheetId, read: SheetRead, ctx: ReadContext): SideSheet {
  const fields = sheetSpec(id).columns.filter((c) => !c.computed);
  const letters: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const f of fields) {
    if (read.cols[f.field] !== undefined) {
      letters[f.field] = read.cols[f.field];
      headers[f.field] = read.headers[f.field];
    }
  }
  const rows: SideRow[] = new Array(read.rows.length);
  const seen = new Map<string, number>();
  const keyAt = keyIndexes(id, fields);
  const isoOf = isoMemo();
  // Only Settings' names and Lists' entries have a canonical text besides the reader's value.
  const hasCanonical = id === "settings" || id === "lists";
  const lettersAt = fields.map((f) => letters[f.field]);
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i];
    const bad = read.bad[i];
    const v = r.v;
    const values = new Array<string>(fields.length);
    for (let j = 0; j < fields.length; j++) {
      const f = fields[j];
      const letter = lettersAt[j];
      const value = v[f.field];
      if (letter === undefined) values[j] = "";
      else if (bad && value === undefined) {
        const typed = cellText(rawCell(input, r.row, letter));
        values[j] = typed === "" ? "" : UNREAD + typed;
      } else {
        const text = valueText(f, value, isoOf);
        values[j] = hasCanonical ? canonical(id, f.field, text, ctx) : text;
      }
    }
    const key = keyOf(id, keyAt, values);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    rows[i] = { row: r.row, key, nth, values };
  }
  return { id, name: input.name, readable: read.readable, fields, headers, letters, rows };
}

/** One input sheet of a read workbook, with the workbook's own Lists; undefined when the workbook has none. */
export function readSideSheet(read: WorkbookRead, id: SheetId): SideSheet | undefined {
  const input = read.byId.get(id);
  if (!input || !INPUT_SHEET_IDS.includes(id)) return undefined;
  // The data sheets as the read read them (no second read); Settings and Lists by their columns.
  const sheet = read.reads[id] ?? readSheet(input, sheetSpec(id), read.ctx, READERS[id]);
  return sideSheet(input, id, sheet, read.ctx);
}

/** Every input sheet of a read workbook (the first of each, as the reader takes it). */
export function readSide(read: WorkbookRead): Side {
  const side: Side = new Map();
  for (const id of INPUT_SHEET_IDS) {
    const sheet = readSideSheet(read, id);
    if (sheet) side.set(id, sheet);
  }
  return side;
}
