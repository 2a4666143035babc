import fc from "fast-check";
import type { Grid } from "../../../src/core/cells";
import { comparePlans } from "../../../src/core/versions/compare/compare";
import { readSnapshot, snapshotParts } from "../../../src/core/versions/versionsSheet";
import { takeSnapshot } from "../../../src/core/versions/snapshot";
import { plan, PROMOTIONS } from "./plans";

const today = new Date(2026, 10, 25);

const cell = fc.oneof(
  fc.constantFrom("KA-1", "KA-2", "KA-9", "Tmall", "JD", "天猫", "618", "双11", "", "ten", "#N/A"),
  fc.integer({ min: 46300, max: 46800 }),
  fc.integer({ min: -5, max: 500 }),
  fc.constant(null)
);
const row = fc.array(cell, { minLength: 7, maxLength: 7 });
const promotions = fc.array(row, { maxLength: 12 }).map((rows): Grid => [PROMOTIONS[0], ...rows]);

describe("comparePlans, property", () => {
  it("compare(x, x) is empty, also after a round trip through a stored version", () => {
    fc.assert(
      fc.property(promotions, (p) => {
        const x = plan({ Promotions: p });
        expect(comparePlans(x, x, { today }).equal).toBe(true);
        const stored = readSnapshot(snapshotParts(takeSnapshot(x.sheets)));
        const c = comparePlans(x, stored, { today });
        expect(c.sheets).toEqual([]);
        expect(c.effects.appeared).toEqual([]);
        expect(c.effects.disappeared).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });

  it("a change of one cell is reported once: as one changed cell, or one row removed and one added", () => {
    fc.assert(
      fc.property(
        promotions.filter((p) => p.length > 1),
        fc.nat(),
        fc.nat(6),
        cell,
        (p, r, col, value) => {
          const i = 1 + (r % (p.length - 1));
          const changed = p.map((x) => [...x]);
          changed[i][col] = value;
          const c = comparePlans(plan({ Promotions: p }), plan({ Promotions: changed }), { today });
          const d = c.sheets.find((s) => s.id === "promotions");
          const cells = d ? d.changed.reduce((n, x) => n + x.cells.length, 0) : 0;
          const moves = d ? d.added.length + d.removed.length : 0;
          // A key cell changed moves a row between keys (or none when both read the same).
          expect(cells <= 1 && (moves === 0 || moves === 2) && !(cells === 1 && moves === 2)).toBe(
            true
          );
          if (d && moves === 2) expect(d.added.length).toBe(1);
          // Swapping the sides swaps the report.
          const back = comparePlans(plan({ Promotions: changed }), plan({ Promotions: p }), {
            today,
          }).sheets.find((s) => s.id === "promotions");
          expect(back?.added.length ?? 0).toBe(d?.removed.length ?? 0);
          expect(back?.changed.length ?? 0).toBe(d?.changed.length ?? 0);
        }
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) }
    );
  });
});
