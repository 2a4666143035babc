import type { CellRef, Hit } from "../../../src/core/finding";
import { HitsByCell } from "../../../src/core/rules/uniqueHits";

const at = (row: number, column = "E"): CellRef => ({
  sheetId: "promotions",
  sheet: "Promotions",
  row,
  column,
});

describe("HitsByCell.addHit: one finding per rule and cell, whatever rule reported it", () => {
  test("the first hit of a rule at a cell stays; a later one adds only its new related cells", () => {
    const u = new HitsByCell();
    const shared = [at(9, "F")];
    const first: Hit = { rule: "BELOW_COST", at: at(2), params: { n: 1 }, related: shared };
    u.addHit(first);
    u.addHit({ rule: "BELOW_COST", at: at(2), params: { n: 2 }, related: [at(9, "F"), at(7)] });
    u.addHit({ rule: "BELOW_FLOOR", at: at(2), params: { n: 3 } });
    u.addHit({ rule: "BELOW_COST", at: at(3), params: { n: 4 } });
    expect(u.hits()).toEqual([
      { rule: "BELOW_COST", at: at(2), params: { n: 1 }, related: [at(9, "F"), at(7)] },
      { rule: "BELOW_FLOOR", at: at(2), params: { n: 3 }, related: [] },
      { rule: "BELOW_COST", at: at(3), params: { n: 4 }, related: [] },
    ]);
    // The rule's own hit and its (shared) related list are left as they were.
    expect(first.related).toBe(shared);
    expect(shared).toEqual([at(9, "F")]);
  });

  test("the same cell on another sheet is another cell", () => {
    const u = new HitsByCell();
    u.addHit({ rule: "DQ_MISSING_VALUE", at: at(2) });
    u.addHit({ rule: "DQ_MISSING_VALUE", at: { ...at(2), sheetId: "prices", sheet: "Prices" } });
    expect(u.hits()).toHaveLength(2);
  });
});
