/**
 * The hits of a validation as they are kept until the findings are written: each hit's message rendered as it is
 * reported and its related cells as addresses, so its params and cell objects are garbage at once (on the
 * 10,000-product messy plan, ~190,000 hits held as objects with their params took ~100 MB; held here, ~35 MB).
 */
import type { CellRef, Hit } from "./finding";
import type { RuleId } from "./rules/ruleIds";
import { cellAddress } from "./cells";

/** Cell addresses with each sheet's quoted name worked out once. */
export class AddressCache {
  private readonly prefixes = new Map<string, string>();
  of(ref: CellRef): string {
    return this.at(ref.sheet, ref.column, ref.row);
  }
  at(sheet: string, column: string, row: number): string {
    let prefix = this.prefixes.get(sheet);
    if (prefix === undefined) {
      prefix = cellAddress(sheet, "", 0).slice(0, -1);
      this.prefixes.set(sheet, prefix);
    }
    return `${prefix}${column}${row}`;
  }
}

/** Between a hit's related addresses in `related`: no address holds it (XML cannot hold a NUL, so no sheet name). */
const SEPARATOR = "\u0000";

export class HitTable {
  readonly rule: RuleId[] = [];
  /** Index into `sheets`. */
  readonly sheet: number[] = [];
  readonly row: number[] = [];
  readonly column: string[] = [];
  readonly message: string[] = [];
  /**
   * Each hit's related cells' addresses joined into one string (one flat string costs a fraction of an array of
   * strings built by concatenation); see relatedOf.
   */
  readonly related: string[] = [];
  readonly sku: (string | undefined)[] = [];
  /** The sheets hits are on: id and name as the workbook spells it. */
  readonly sheets: Pick<CellRef, "sheetId" | "sheet">[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private lastSheet = -1;
  readonly addresses = new AddressCache();

  get length(): number {
    return this.rule.length;
  }

  add(h: Hit, message: string): void {
    const { at } = h;
    this.rule.push(h.rule);
    this.sheet.push(this.sheetOf(at));
    this.row.push(at.row);
    this.column.push(at.column);
    this.message.push(message);
    const related = h.related;
    this.related.push(
      !related || related.length === 0
        ? ""
        : related.length === 1
          ? this.addresses.of(related[0])
          : related.map((r) => this.addresses.of(r)).join(SEPARATOR)
    );
    this.sku.push(h.sku);
  }

  /** The index of a cell's sheet in `sheets` (hits come in runs on one sheet: the last one is tried first). */
  private sheetOf(at: CellRef): number {
    const last = this.sheets.length - 1;
    if (this.lastSheet >= 0) {
      const s = this.sheets[this.lastSheet];
      if (s.sheet === at.sheet && s.sheetId === at.sheetId) return this.lastSheet;
    }
    const key = `${at.sheetId}\u0000${at.sheet}`;
    let index = this.sheetIndex.get(key);
    if (index === undefined) {
      index = last + 1;
      this.sheets.push({ sheetId: at.sheetId, sheet: at.sheet });
      this.sheetIndex.set(key, index);
    }
    this.lastSheet = index;
    return index;
  }

  /** The i-th hit's cell. */
  at(i: number): CellRef {
    const { sheetId, sheet } = this.sheets[this.sheet[i]];
    return { sheetId, sheet, row: this.row[i], column: this.column[i] };
  }

  /** The i-th hit as far as ordering and waivers look at it (rule, cell, SKU). */
  hit(i: number): Hit {
    const h: Hit = { rule: this.rule[i], at: this.at(i) };
    if (this.sku[i] !== undefined) h.sku = this.sku[i];
    return h;
  }

  /** The i-th hit's related cells' addresses (a new array). */
  relatedOf(i: number): string[] {
    const joined = this.related[i];
    return joined === "" ? [] : joined.includes(SEPARATOR) ? joined.split(SEPARATOR) : [joined];
  }

  address(i: number): string {
    return this.addresses.at(this.sheets[this.sheet[i]].sheet, this.column[i], this.row[i]);
  }
}
