// The findings' order (sheet, row, column, rule; ties in report order; a breach once per rule and cell) made by the
// packed keys — one double per hit where the plan's widths fit in 53 bits, else the radix sort — is the order of the
// hits compared one by one (compareHits), on hits of any sheet, row, column and rule, and where the keys cannot fit.
import fc from "fast-check";
import { columnLetter } from "../../../src/core/cells";
import type { Hit } from "../../../src/core/finding";
import { HitTable } from "../../../src/core/hitTable";
import { RULE_IDS, type RuleId } from "../../../src/core/rules/ruleIds";
import { SHEET_ORDER, type SheetId } from "../../../src/core/schema/types";
import { orderHits } from "../../../src/core/validate";

/** A sheet id outside the schema's order (ranked last, 99), as a file's own sheet would be. */
const STRAY = "notOurs" as SheetId;

function table(hits: readonly Hit[]): HitTable {
  const t = new HitTable();
  for (const h of hits) t.add(h, "");
  return t;
}

const hit = (sheetId: SheetId, row: number, column: number, rule: RuleId, sku?: string): Hit => ({
  rule,
  at: { sheetId, sheet: sheetId, row, column: columnLetter(column) },
  ...(sku === undefined ? {} : { sku }),
});

const arbHit = fc
  .record({
    sheet: fc.constantFrom(...SHEET_ORDER.slice(0, 4), STRAY),
    // Few distinct cells and some at the sheet's last row and column, so ties and the widest keys both occur.
    row: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(1_048_576)),
    column: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(16_384)),
    rule: fc.constantFrom(...RULE_IDS.slice(0, 5)),
    sku: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
  })
  .map((h) => hit(h.sheet, h.row, h.column, h.rule, h.sku));

test("the keys order the hits as comparing them does, duplicates dropped alike", () => {
  fc.assert(
    fc.property(fc.array(arbHit, { maxLength: 80 }), (hits) => {
      const t = table(hits);
      expect([...orderHits(t)]).toEqual([...orderHits(t, "compareHits")]);
    }),
    { numRuns: 300 }
  );
});

test("hits whose keys do not fit in one double (the radix sort) are ordered alike", () => {
  // A stray sheet (rank 99: 7 bits), row 1,048,576 (21), column XFD (15) and every rule id (6): 49 bits before the
  // index, so more than 16 hits cannot be packed in 53.
  const hits: Hit[] = [];
  for (let i = 0; i < 300; i++)
    hits.push(
      hit(
        i % 7 === 0 ? STRAY : SHEET_ORDER[i % 3],
        i % 5 === 0 ? 1_048_576 : 1 + ((i * 37) % 11),
        i % 11 === 0 ? 16_384 : 1 + (i % 3),
        RULE_IDS[(i * 13) % RULE_IDS.length],
        i % 2 === 0 ? "A" : undefined
      )
    );
  hits.push(hits[3], hits[10]); // the same breach reported twice
  const t = table(hits);
  const order = [...orderHits(t)];
  expect(order).toEqual([...orderHits(t, "compareHits")]);
  expect(order.length).toBe(300);
});
