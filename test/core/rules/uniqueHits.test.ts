import type { CellRef, Hit } from "../../../src/core/finding";
import { HitsByCell, sameBreach } from "../../../src/core/rules/uniqueHits";
import { validatePlan } from "../../../src/core/validate";
import { readPlan } from "../../../src/core/read/readPlan";

const at = (row: number, column = "E"): CellRef => ({
  sheetId: "promotions",
  sheet: "Promotions",
  row,
  column,
});

describe("sameBreach: one finding per rule and cell", () => {
  test("one rule at one cell is one breach; another rule, row, column or sheet is not", () => {
    const h: Hit = { rule: "BELOW_COST", at: at(2), params: { n: 1 } };
    expect(sameBreach(h, { rule: "BELOW_COST", at: at(2), params: { n: 2 } })).toBe(true);
    expect(sameBreach(h, { rule: "BELOW_FLOOR", at: at(2) })).toBe(false);
    expect(sameBreach(h, { rule: "BELOW_COST", at: at(3) })).toBe(false);
    expect(sameBreach(h, { rule: "BELOW_COST", at: at(2, "F") })).toBe(false);
    expect(
      sameBreach(h, { rule: "BELOW_COST", at: { ...at(2), sheetId: "prices", sheet: "Prices" } })
    ).toBe(false);
  });
});

describe("HitsByCell: a rule's breaches collected once per cell", () => {
  test("params are built for a new cell only; a later breach adds only its new related cells", () => {
    const u = new HitsByCell();
    let built = 0;
    const build = (n: number) => () => {
      built++;
      return { rule: "BELOW_COST" as const, params: { n } };
    };
    u.add(at(2), [at(9, "F")], build(1));
    u.add(at(2), [at(9, "F"), at(7)], build(2));
    u.add(at(3), [], build(3));
    expect(built).toBe(2);
    expect(u.hits()).toEqual([
      { rule: "BELOW_COST", at: at(2), params: { n: 1 }, related: [at(9, "F"), at(7)] },
      { rule: "BELOW_COST", at: at(3), params: { n: 3 }, related: [] },
    ]);
  });
});

test("validatePlan keeps the first of one rule's hits at one cell, in report order", () => {
  const plan = readPlan({ sheets: [] });
  plan.readHits.push(
    { rule: "DQ_MISSING_VALUE", at: at(2), params: { column: "first" } },
    { rule: "DQ_MISSING_VALUE", at: at(2), params: { column: "second" } },
    { rule: "DQ_MISSING_VALUE", at: at(3), params: { column: "third" } }
  );
  const ours = validatePlan(plan).filter(
    (f) => f.sheet === "Promotions" && f.rule === "DQ_MISSING_VALUE"
  );
  expect(ours.map((f) => f.address)).toEqual(["Promotions!E2", "Promotions!E3"]);
  expect(ours[0].message).toContain("first");
});
