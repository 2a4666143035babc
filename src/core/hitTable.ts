/**
 * The hits of a validation as they are kept until the findings are written: each hit's message rendered as it is
 * reported and its related cells as addresses, so its params and cell objects are garbage at once (on the
 * 10,000-product messy plan, ~190,000 hits held as objects with their params took ~100 MB; held here, ~35 MB).
 */
import type { CellRef, Hit } from "./finding";
import type { RuleId } from "./rules/ruleIds";
import { cellAddress } from "./cells";

/**
 * Cell addresses with each sheet's quoted name and column worked out once. Each address is made flat (one string, not
 * a concatenation's tree of pieces): a validation keeps ~200,000 of them, and a tree holds three objects where a flat
 * string holds one, which the garbage collector copies while the findings are made.
 */
export class AddressCache {
  private readonly prefixes = new Map<string, Map<string, string>>();
  /** Reused for every address: joining an array makes a flat string. */
  private readonly parts: [string, number] = ["", 0];
  of(ref: CellRef): string {
    return this.at(ref.sheet, ref.column, ref.row);
  }
  at(sheet: string, column: string, row: number): string {
    let columns = this.prefixes.get(sheet);
    if (columns === undefined) this.prefixes.set(sheet, (columns = new Map()));
    let prefix = columns.get(column);
    if (prefix === undefined) {
      prefix = cellAddress(sheet, column, 0).slice(0, -1);
      columns.set(column, prefix);
    }
    const parts = this.parts;
    parts[0] = prefix;
    parts[1] = row;
    return parts.join("");
  }
}

/** Between a hit's related addresses in `related`: no address holds it (XML cannot hold a NUL, so no sheet name). */
const SEPARATOR = "\u0000";

/** What ordering and waivers look at: each hit's rule, cell and SKU, as columns. */
export class HitKeys {
  readonly rule: RuleId[] = [];
  /** Index into `sheets`. */
  readonly sheet: number[] = [];
  readonly row: number[] = [];
  readonly column: string[] = [];
  readonly sku: (string | undefined)[] = [];
  /** The sheets hits are on: id and name as the workbook spells it. */
  readonly sheets: Pick<CellRef, "sheetId" | "sheet">[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private lastSheet = -1;
  readonly addresses = new AddressCache();

  get length(): number {
    return this.rule.length;
  }

  /** Keeps a hit's keys. */
  protected addKeys(h: Hit): void {
    const { at } = h;
    this.rule.push(h.rule);
    this.sheet.push(this.sheetOf(at));
    this.row.push(at.row);
    this.column.push(at.column);
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

  address(i: number): string {
    return this.addresses.at(this.sheets[this.sheet[i]].sheet, this.column[i], this.row[i]);
  }
}

/** The hits with their messages and related cells, for a reader that builds each finding when it writes it out. */
export class HitTable extends HitKeys {
  readonly message: string[] = [];
  /**
   * Each hit's related cells' addresses joined into one string (one flat string costs a fraction of an array of
   * strings built by concatenation); see relatedOf.
   */
  readonly related: string[] = [];

  add(h: Hit, message: string): void {
    this.addKeys(h);
    this.message.push(message);
    const related = h.related;
    this.related.push(
      !related || related.length === 0
        ? ""
        : related.length === 1
          ? this.addresses.of(related[0])
          : related.map((r) => this.addresses.of(r)).join(SEPARATOR)
    );
  }

  /** The i-th hit's related cells' addresses (a new array). */
  relatedOf(i: number): string[] {
    const joined = this.related[i];
    return joined === "" ? [] : joined.includes(SEPARATOR) ? joined.split(SEPARATOR) : [joined];
  }
}
