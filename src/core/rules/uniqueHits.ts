/**
 * One finding per rule and cell (spec §3), decided here only. `sameBreach` is what validatePlan keeps the first of
 * (orderHits, among hits that sort alike); a rule that can breach the same cell many times collects with HitsByCell,
 * which builds a hit's params only for a new cell and adds the later breaches' related cells to it.
 */
import type { CellRef, Hit } from "../finding";

const cellKey = (ref: CellRef): string => `${ref.sheet}!${ref.column}${ref.row}`;

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
  related?: Set<string>;
}

export class HitsByCell {
  private readonly byKey = new Map<string, Known>();
  private readonly order: Hit[] = [];

  /** Whether a breach was reported at `at` already. */
  has(at: CellRef): boolean {
    return this.byKey.has(cellKey(at));
  }

  /** A breach of this collector's one rule at `at`; `build` (params and all) runs only for a new cell. */
  add(at: CellRef, related: readonly CellRef[], build: () => Omit<Hit, "at" | "related">): void {
    const k = cellKey(at);
    const known = this.byKey.get(k);
    if (known) this.relate(known, related);
    else this.put(k, { ...build(), at, related: related.slice() });
  }

  /**
   * A breach at `hit.at`: `hit` (its `related` this collector's from now on) is kept when the cell is new, else only
   * its related cells are added to the first breach's. For a caller that builds the hit only when `has` says new.
   */
  addHit(hit: Hit & { related: CellRef[] }): void {
    const k = cellKey(hit.at);
    const known = this.byKey.get(k);
    if (known) this.relate(known, hit.related);
    else this.put(k, hit);
  }

  hits(): Hit[] {
    return this.order;
  }

  private put(k: string, hit: Hit): void {
    this.byKey.set(k, { hit });
    this.order.push(hit);
  }

  private relate(known: Known, related: readonly CellRef[]): void {
    if (related.length === 0) return;
    const keys = (known.related ??= new Set((known.hit.related ?? []).map(cellKey)));
    for (const r of related) {
      const rk = cellKey(r);
      if (keys.has(rk)) continue;
      keys.add(rk);
      (known.hit.related ??= []).push(r);
    }
  }
}
