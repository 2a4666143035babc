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
  readonly addresses = new AddressCache();

  get length(): number {
    return this.rule.length;
  }

  add(h: Hit, message: string): void {
    const { at } = h;
    const key = `${at.sheetId}\u0000${at.sheet}`;
    let s = this.sheetIndex.get(key);
    if (s === undefined) {
      s = this.sheets.length;
      this.sheets.push({ sheetId: at.sheetId, sheet: at.sheet });
      this.sheetIndex.set(key, s);
    }
    this.rule.push(h.rule);
    this.sheet.push(s);
    this.row.push(at.row);
    this.column.push(at.column);
    this.message.push(message);
    this.related.push(
      h.related?.length ? h.related.map((r) => this.addresses.of(r)).join(SEPARATOR) : ""
    );
    this.sku.push(h.sku);
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
    return joined === "" ? [] : joined.split(SEPARATOR);
  }

  address(i: number): string {
    return this.addresses.at(this.sheets[this.sheet[i]].sheet, this.column[i], this.row[i]);
  }
}
