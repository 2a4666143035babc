/**
 * One finding per rule and cell (spec §3), decided here only. `sameBreach` is what validatePlan keeps the first of
 * (orderHits, among hits that sort alike); a rule that can breach the same cell many times collects with HitsByCell,
 * which builds a hit's params only for a new cell and adds the later breaches' related cells to it.
 */
import type { CellRef, Hit } from "../finding";

const ROWS = 2 ** 21; // rows 0..2,097,151: a sheet has at most 1,048,576
const COLUMN_SLOTS = 2 ** 12;
const SHEET_SLOTS = 2 ** 20; // (sheet, column, row) below 2^53: exact in a double

/**
 * A key per cell, equal for two refs exactly when their sheet, column and row are: a number made of each sheet name's
 * and column's slot (numbered as met) and the row, so no string is made and hashed per cell — a rule may look up the
 * same cells tens of thousands of times. A cell outside the number's range (a row that is not a whole number) gets
 * a text key, which no number equals.
 */
export class CellKeys {
  private readonly sheets = new Map<string, number>();
  private readonly columns = new Map<string, number>();

  of(ref: CellRef): number | string {
    let sheet = this.sheets.get(ref.sheet);
    if (sheet === undefined) this.sheets.set(ref.sheet, (sheet = this.sheets.size));
    let column = this.columns.get(ref.column);
    if (column === undefined) this.columns.set(ref.column, (column = this.columns.size));
    const row = ref.row;
    return Number.isInteger(row) &&
      row >= 0 &&
      row < ROWS &&
      sheet < SHEET_SLOTS &&
      column < COLUMN_SLOTS
      ? (sheet * COLUMN_SLOTS + column) * ROWS + row
      : `${ref.sheet}!${ref.column}${row}`;
  }
}

/** Two hits are one breach when one rule reports them at one cell. */
export function sameBreach(a: Hit, b: Hit): boolean {
  return (
    a.rule === b.rule &&
    a.at.sheet === b.at.sheet &&
    a.at.column === b.at.column &&
    a.at.row === b.at.row
  );
}

interface Known {
  hit: Hit;
  /** The related cells' keys, made when a second breach comes to the cell (most cells have one). */
  related?: Set<number | string>;
}

export class HitsByCell {
  private readonly keys = new CellKeys();
  private readonly byKey = new Map<number | string, Known>();
  private readonly order: Hit[] = [];

  /** Whether a breach was reported at `at` already. */
  has(at: CellRef): boolean {
    return this.byKey.has(this.keys.of(at));
  }

  /** A breach of this collector's one rule at `at`; `build` (params and all) runs only for a new cell. */
  add(at: CellRef, related: readonly CellRef[], build: () => Omit<Hit, "at" | "related">): void {
    const k = this.keys.of(at);
    const known = this.byKey.get(k);
    if (known) this.relate(known, related);
    else this.put(k, { ...build(), at, related: related.slice() });
  }

  /**
   * A breach at `hit.at`: `hit` (its `related` this collector's from now on) is kept when the cell is new, else only
   * its related cells are added to the first breach's. For a caller that builds the hit only when `has` says new.
   */
  addHit(hit: Hit & { related: CellRef[] }): void {
    const k = this.keys.of(hit.at);
    const known = this.byKey.get(k);
    if (known) this.relate(known, hit.related);
    else this.put(k, hit);
  }

  hits(): Hit[] {
    return this.order;
  }

  private put(k: number | string, hit: Hit): void {
    this.byKey.set(k, { hit });
    this.order.push(hit);
  }

  private relate(known: Known, related: readonly CellRef[]): void {
    if (related.length === 0) return;
    const keys = (known.related ??= new Set((known.hit.related ?? []).map((r) => this.keys.of(r))));
    for (const r of related) {
      const rk = this.keys.of(r);
      if (keys.has(rk)) continue;
      keys.add(rk);
      (known.hit.related ??= []).push(r);
    }
  }
}
