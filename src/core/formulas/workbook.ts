/**
 * The workbook the formulas read, as the core evaluates them (./evaluate.ts): whole columns of every sheet (the
 * Calendar's down to CALENDAR_FORMULA_LAST_ROW, as the Promotions Flags read it), the
 * Settings workbook names, and the look-ups the formulas make — INDEX/MATCH into Products, COUNTIFS/MINIFS over the
 * Calendar and over Promotions, a running SUM — each with Excel's semantics.
 *
 * The workbook is the one the template writes: every sheet in schema column order, the header on row 1. A sheet
 * the workbook lacks counts as empty and a missing Settings sheet as the defaults (a workbook we write has them all).
 * A blank cell reached through INDEX is passed as blank.
 */
import { isCellError, type CellError, type CellValue, type Grid } from "../cells";
import { dateToSerial } from "../read/dates";
import { SETTINGS_SHEET, sheetSpec } from "../schema/sheets";
import type { SheetId } from "../schema/types";
import { SETTING_SPECS, type Settings } from "../settings";
import { CALENDAR_FORMULA_LAST_ROW } from "./calendarRows";

/** A cell's value as Excel hands it to a function: dates as serial numbers, blank as null. */
export type HostValue = number | string | boolean | null | CellError;

export function hostValue(v: CellValue): HostValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v);
  return v;
}

/** MATCH(…,0) / COUNTIFS equality: text case-insensitively, numbers by value; blank and errors match nothing. */
export function keyOf(v: HostValue): string | undefined {
  if (v === null || isCellError(v)) return undefined;
  if (typeof v === "string") return v === "" ? undefined : `s:${v.toLowerCase()}`;
  return `${typeof v}:${String(v)}`;
}

const isNumber = (v: HostValue): v is number => typeof v === "number" && Number.isFinite(v);

/** Text Excel's VALUE reads as a number: 12, 1.5e3, 5%, $5, a date or a time (an approximation; see plainCriterion). */
const NUMBER_LIKE = /^[-+]?[$¥€£]?\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?$/i;
const DATE_LIKE = /^\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?(\s.*)?$|^\d{1,2}:\d{2}/;

/**
 * `AND(ISTEXT(s),ISERROR(VALUE(s)),ISERROR(FIND("*",s)),…,ISERROR(FIND(LEFT(s,1),"<>=")))`: text a COUNTIFS
 * criterion compares as plain text. (The final Flags value does not depend on how closely this follows VALUE: a SKU
 * it calls plain wrongly only loses the shortcut.)
 */
function plainCriterion(v: HostValue): v is string {
  if (typeof v !== "string" || v === "") return false;
  const t = v.trim();
  if (NUMBER_LIKE.test(t) || DATE_LIKE.test(t)) return false;
  return !/[*?~]/.test(v) && !/^[<>=]/.test(v);
}

/** Excel's `v&""`: a value as text (an error stays the error). */
function asText(v: HostValue): HostValue {
  if (v === null) return "";
  if (isCellError(v)) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** TEXTJOIN's limit: a longer result is #VALUE!. */
const TEXT_LIMIT = 32_767;

/** The grids of the workbook the formulas read, and the look-ups they make. */
export class FormulaWorkbook {
  private readonly columns = new Map<string, HostValue[]>();
  private readonly matches = new Map<string, Map<string, number>>();
  private firstStarts?: Map<string, number>;
  private keys?: HostValue;
  private unstampedKeys?: HostValue;

  /** `grids`: every sheet's header and rows in schema column order; `settings`: what a missing Settings row means. */
  constructor(
    private readonly grids: ReadonlyMap<SheetId, Grid>,
    private readonly settings: Settings
  ) {}

  /** A whole column (`Products!$E:$E`) from sheet row 1; a missing sheet is an empty column. */
  column(sheet: SheetId, field: string): readonly HostValue[] {
    const k = `${sheet}|${field}`;
    let col = this.columns.get(k);
    if (!col) {
      const i = sheetSpec(sheet).columns.findIndex((c) => c.field === field);
      if (i < 0) throw new Error(`No column ${field} in sheet ${sheet}`);
      col = (this.grids.get(sheet) ?? []).map((r) => hostValue(r[i]));
      this.columns.set(k, col);
    }
    return col;
  }

  /** A cell on a 1-based sheet row. */
  cell(sheet: SheetId, field: string, row: number): HostValue {
    return this.column(sheet, field)[row - 1] ?? null;
  }

  /** A Settings workbook name (PlanYear…): the Value cell it names, or the setting's value when the sheet is missing. */
  name(workbookName: string): HostValue {
    const i = SETTING_SPECS.findIndex((s) => s.workbookName === workbookName);
    if (i < 0) throw new Error(`No workbook name ${workbookName}`);
    if (!this.grids.has(SETTINGS_SHEET.id)) return this.settings[SETTING_SPECS[i].key];
    return this.cell("settings", "value", i + 2);
  }

  /** `MATCH(key, sheet!keyField, 0)`: the 1-based sheet row of the first match, undefined for #N/A. */
  matchRow(sheet: SheetId, keyField: string, key: HostValue): number | undefined {
    const mk = `${sheet}|${keyField}`;
    let rows = this.matches.get(mk);
    if (!rows) {
      rows = new Map();
      this.column(sheet, keyField).forEach((v, i) => {
        const k = keyOf(v);
        if (k !== undefined && !rows?.has(k)) rows?.set(k, i + 1);
      });
      this.matches.set(mk, rows);
    }
    const k = keyOf(key);
    return k === undefined ? undefined : rows.get(k);
  }

  /** `MATCH(sku, Products!$A:$A, 0)` as a cell shows it: the row, or #N/A. */
  productRow(sku: HostValue): HostValue {
    return this.matchRow("products", "sku", sku) ?? { error: "#N/A" };
  }

  /** `IFERROR(INDEX(sheet!field, MATCH(key, sheet!keyField, 0)), "")`. */
  lookup(sheet: SheetId, keyField: string, key: HostValue, field: string): HostValue {
    const row = this.matchRow(sheet, keyField, key);
    if (row === undefined) return "";
    const v = this.cell(sheet, field, row);
    return isCellError(v) ? "" : v;
  }

  /** `IF(COUNTIFS(P!sku,sku,P!start,">0")=0,"",MINIFS(P!start,P!sku,sku,P!start,">0"))`. */
  firstPromoStart(sku: HostValue): HostValue {
    if (!this.firstStarts) {
      const first = new Map<string, number>();
      const skus = this.column("promotions", "sku");
      const starts = this.column("promotions", "start");
      skus.forEach((s, i) => {
        const k = keyOf(s);
        const start = starts[i];
        if (k === undefined || !isNumber(start) || start <= 0) return;
        const seen = first.get(k);
        if (seen === undefined || start < seen) first.set(k, start);
      });
      this.firstStarts = first;
    }
    const k = keyOf(sku);
    return (k === undefined ? undefined : this.firstStarts.get(k)) ?? "";
  }

  /** The Warehouse entry of the first Products row of a SKU: a number, blank (null), or "" when not found or an error. */
  private skuEntry(sku: HostValue): HostValue {
    return this.lookup("products", "sku", sku, "warehouseEntry");
  }

  /**
   * A Promotions row's key (`promoWarehouseKey`): its SKU as text when its Start is a date > 0 and
   * `INT(entry) > INT(start) - WarehouseLeadDays` for the entry of the SKU's first Products row (a setting that is not a
   * number, or an entry INT cannot read, keeps the key), else "".
   */
  promoWarehouseKey(sku: HostValue, start: HostValue): HostValue {
    if (!isNumber(start) || start <= 0) return "";
    const lead = this.name("WarehouseLeadDays");
    const entry = this.skuEntry(sku);
    const entryDay =
      entry === null
        ? 0
        : typeof entry === "boolean"
          ? Number(entry)
          : isNumber(entry)
            ? entry
            : undefined;
    const kept =
      !isNumber(lead) || entryDay === undefined || Math.floor(entryDay) > Math.floor(start) - lead;
    return kept ? asText(sku) : "";
  }

  /**
   * `"|"&UPPER(TEXTJOIN("|",TRUE,Promotions!warehouseKey))&"|"` on the first data row: the column's header and every
   * row's key, blanks skipped; "" without Promotions rows (no first row holds it); #VALUE! past TEXTJOIN's limit.
   */
  warehouseKeys(): HostValue {
    if (this.keys === undefined) {
      const skus = this.column("promotions", "sku");
      const starts = this.column("promotions", "start");
      const header = this.column("promotions", "warehouseKey")[0] ?? null;
      const parts: string[] = [];
      let error: CellError | undefined;
      const add = (v: HostValue): void => {
        if (isCellError(v)) error ??= v;
        else if (v !== null && v !== "") parts.push(String(asText(v)));
      };
      add(header);
      for (let i = 1; i < skus.length && !error; i++)
        add(this.promoWarehouseKey(skus[i], starts[i]));
      const joined = parts.join("|");
      this.keys =
        skus.length <= 1
          ? ""
          : (error ??
            (joined.length + 2 > TEXT_LIMIT ? { error: "#VALUE!" } : `|${joined.toUpperCase()}|`));
    }
    return this.keys;
  }

  /**
   * `IF(ISERROR(A2),"",IF(IFERROR(AND(ISTEXT(A2),stamp=ROW()&"|"&A2),FALSE()),"",A2&""))` on a Products row: its
   * SKU as text unless the row holds its stamp (`=` compares text case-insensitively); "" for a blank or error SKU.
   */
  skuUnstamped(row: number): HostValue {
    const sku = this.cell("products", "sku", row);
    if (isCellError(sku)) return "";
    const stamp = this.cell("products", "skuStamp", row);
    const stamped =
      typeof sku === "string" &&
      typeof stamp === "string" &&
      stamp.toLowerCase() === `${row}|${sku}`.toLowerCase();
    return stamped ? "" : asText(sku);
  }

  /**
   * `"|"&UPPER(TEXTJOIN("|",TRUE,Products!skuUnstamped))&"|"` on the first data row: the column's header and every
   * row's unstamped SKU, blanks skipped; "" without Products rows; #VALUE! past TEXTJOIN's limit.
   */
  skuUnstampedKeys(): HostValue {
    if (this.unstampedKeys === undefined) {
      const skus = this.column("products", "sku");
      const parts: string[] = [];
      const header = this.column("products", "skuUnstamped")[0] ?? null;
      for (const v of [header, ...skus.slice(1).map((_, i) => this.skuUnstamped(i + 2))])
        if (v !== null && v !== "" && !isCellError(v)) parts.push(String(asText(v)));
      const joined = parts.join("|");
      this.unstampedKeys =
        skus.length <= 1
          ? ""
          : joined.length + 2 > TEXT_LIMIT
            ? { error: "#VALUE!" }
            : `|${joined.toUpperCase()}|`;
    }
    return this.unstampedKeys;
  }

  /**
   * A Products row's key (`productWarehouseKey`): `|SKU|` upper-cased when the SKU is a plain criterion, the entry a
   * number and the entry of the SKU's first Products row a number no earlier than it; else "".
   */
  productWarehouseKey(sku: HostValue, entry: HostValue): HostValue {
    if (!plainCriterion(sku) || !isNumber(entry)) return "";
    const first = this.skuEntry(sku);
    return isNumber(first) && entry <= first ? `|${sku.toUpperCase()}|` : "";
  }

  /**
   * `IF(AND(key<>"",LEFT(keys,1)="|",ISERROR(FIND(key,keys))),"",firstPromoStart)`: blank when the row's key is not
   * among the promotions' keys — no promotion of the SKU starts early enough to make the entry late.
   */
  earlyFirstPromoStart(sku: HostValue, key: HostValue): HostValue {
    if (isCellError(key)) return key;
    const keys = this.warehouseKeys();
    const skipped =
      typeof key === "string" &&
      key !== "" &&
      typeof keys === "string" &&
      keys.startsWith("|") &&
      !keys.includes(key);
    return skipped ? "" : this.firstPromoStart(sku);
  }

  /**
   * The smallest Max promo days of the Calendar events overlapping Start..End whose Platform is blank or the row's
   * platform, else the fallback (the platform's own figure, issue 16), else the setting: `IF(COUNTIFS(own)=0,
   * IF(COUNTIFS(all)=0,fallback,MINIFS(all)),IF(COUNTIFS(all)=0,MINIFS(own),MIN(MINIFS(all),MINIFS(own))))`, `all`
   * the criterion `""` on the Platform (a blank cell or empty text), `own` `IFERROR(platform&"","")` (text compared
   * case-insensitively). With Start or End not a date no event matches: the fallback; the row check fails on its own.
   * Only the Calendar's sheet rows 1 to CALENDAR_FORMULA_LAST_ROW count, as the formula's ranges have them.
   */
  maxPromoDays(
    start: HostValue,
    end: HostValue,
    platform: HostValue,
    fallback?: () => HostValue
  ): HostValue {
    const otherwise = (): HostValue => (fallback ? fallback() : this.name("MaxPromoDays"));
    if (!isNumber(start) || !isNumber(end)) return otherwise();
    const max = this.column("calendar", "maxPromoDays");
    const from = this.column("calendar", "from");
    const to = this.column("calendar", "to");
    const platforms = this.column("calendar", "platform");
    const own = asText(platform);
    const ownKey = typeof own === "string" ? own.toLowerCase() : "";
    let least: number | undefined;
    for (let i = 0; i < Math.min(max.length, CALENDAR_FORMULA_LAST_ROW); i++) {
      const m = max[i];
      const f = from[i];
      const t = to[i];
      if (!isNumber(m) || m < 0 || !isNumber(f) || f > end || !isNumber(t) || t < start) continue;
      const p = platforms[i] ?? null;
      const forAll = p === null || p === "";
      if (!forAll && !(typeof p === "string" && ownKey !== "" && p.toLowerCase() === ownKey))
        continue;
      if (least === undefined || m < least) least = m;
    }
    return least ?? otherwise();
  }

  /**
   * `IF(ISNUMBER(own),IF(own>=0,own,Setting),Setting)`, own = `INDEX(P!field,MATCH(platform,P!platform,0))`: the
   * figure of the platform's first Platforms row when it is a number ≥ 0, else the Settings name (a later row of the
   * same platform is never read, as in the validator).
   */
  platformFigure(platform: HostValue, field: string, setting: string): HostValue {
    const own = this.lookup("platforms", "platform", platform, field);
    return isNumber(own) && own >= 0 ? own : this.name(setting);
  }

  /** `SUM(F$first:Frow)`: numbers only (text and TRUE/FALSE in a range are skipped); the first error is the result. */
  sum(sheet: SheetId, field: string, fromRow: number, toRow: number): HostValue {
    const col = this.column(sheet, field);
    let total = 0;
    for (let r = fromRow; r <= toRow; r++) {
      const v = col[r - 1] ?? null;
      if (isCellError(v)) return v;
      if (isNumber(v)) total += v;
    }
    return total;
  }
}
