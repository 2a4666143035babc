/**
 * One finding per rule and cell (spec §3), decided here only: a breach found at a cell already reported adds its
 * related cells to the first hit there (its params stay). validatePlan passes every hit through it; a rule that can
 * breach the same cell many times uses it too, so that it builds a hit's params only for a new cell.
 */
import type { CellRef, Hit } from "../finding";

const cellKey = (ref: CellRef): string => `${ref.sheet}!${ref.column}${ref.row}`;

export class HitsByCell {
  private readonly byKey = new Map<string, { hit: Hit; related: Set<string> }>();

  /** A breach of this collector's one rule at `at`; `build` (params and all) runs only for a new cell. */
  add(at: CellRef, related: readonly CellRef[], build: () => Omit<Hit, "at" | "related">): void {
    this.put(cellKey(at), related, () => ({ ...build(), at, related: [...related] }));
  }

  /** A hit of any rule: kept when it is the first of its rule at its cell, else merged into that one. */
  addHit(hit: Hit): void {
    const related = hit.related ?? [];
    // A copy: merging must not change the rule's own hit (whose related list may be shared).
    this.put(`${hit.rule}|${cellKey(hit.at)}`, related, () => ({ ...hit, related: [...related] }));
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
