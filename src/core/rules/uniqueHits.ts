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

export class HitsByCell {
  private readonly byKey = new Map<string, { hit: Hit; related: Set<string> }>();

  /** A breach of this collector's one rule at `at`; `build` (params and all) runs only for a new cell. */
  add(at: CellRef, related: readonly CellRef[], build: () => Omit<Hit, "at" | "related">): void {
    this.put(cellKey(at), related, () => ({ ...build(), at, related: [...related] }));
  }

  hits(): Hit[] {
    return [...this.byKey.values()].map((x) => x.hit);
  }

  private put(k: string, related: readonly CellRef[], make: () => Hit): void {
    const known = this.byKey.get(k);
    if (!known) {
      this.byKey.set(k, { hit: make(), related: new Set(related.map(cellKey)) });
      return;
    }
    for (const r of related) {
      const rk = cellKey(r);
      if (known.related.has(rk)) continue;
      known.related.add(rk);
      (known.hit.related ??= []).push(r);
    }
  }
}
