/**
 * The check that decides whether `update` writes a cell as a follower of the shared formula above it
 * (src/cli/update/sharedFormula.ts): a cell follows only when the readers (shiftFormula, used by the CLI's reader and
 * the preview's) would give it exactly its own formula.
 */
import { RowShiftTemplate } from "../../src/cli/update/sharedFormula";
import { shiftFormula } from "../../src/core/read/formulaSyntax";

const FORMULAS = [
  'IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))',
  'IF(IFERROR(AND(ISNUMBER(T2),ISTEXT(A2),LEN(A2)<256,ISERROR(FIND("*",A2))),FALSE()),T2,MATCH(A2,Products!$A:$A,0))',
  "_xlfn.MINIFS(Calendar!$E:$E,Calendar!$B:$B,\"<=\"&E2,'Plan sheet'!C2,A$1)",
  'IF(A2="B2","A9",$C$2&C2&Settings!$B$3)',
  "SUM(A2:B9)*LOG10(A2)+1E5",
];

describe("RowShiftTemplate", () => {
  it.each(FORMULAS)("accepts the formula moved down as the readers move it: %s", (f) => {
    const t = RowShiftTemplate.of(f, 2);
    expect(t).toBeDefined();
    for (const d of [0, 1, 7, 8, 98, 99999]) {
      const moved = shiftFormula(f, d, 0) as string;
      expect([d, t?.matches(moved, 2 + d)]).toEqual([d, true]);
    }
  });

  it("refuses any other formula, or the right one in another row", () => {
    const t = RowShiftTemplate.of('IF(D2="",E2,$F$2+F3)', 2) as RowShiftTemplate;
    expect(t.matches('IF(D3="",E3,$F$2+F4)', 3)).toBe(true);
    expect(t.matches('IF(D3="",E3,$F$2+F4)', 4)).toBe(false);
    expect(t.matches('IF(D3="",E3,$F$3+F4)', 3)).toBe(false);
    expect(t.matches('IF(D3="",E2,$F$2+F4)', 3)).toBe(false);
    expect(t.matches('IF(D3="x",E3,$F$2+F4)', 3)).toBe(false);
    expect(t.matches('IF(D3="",E3,$F$2+F4)+1', 3)).toBe(false);
    expect(t.matches('IF(D3="",E3,$F$2+F', 3)).toBe(false);
    // Text that looks like a reference does not move.
    const q = RowShiftTemplate.of('A2&"A2"', 2) as RowShiftTemplate;
    expect(q.matches('A3&"A2"', 3)).toBe(true);
    expect(q.matches('A3&"A3"', 3)).toBe(false);
  });

  it("shares nothing the readers could not move back exactly", () => {
    // A relative whole column: the readers do not move one.
    expect(RowShiftTemplate.of("COUNTIF(A:A,A2)", 2)).toBeUndefined();
    // Written otherwise than the readers write a moved formula (spaces, a lower-case reference).
    expect(RowShiftTemplate.of("A2 + 1", 2)).toBeUndefined();
    expect(RowShiftTemplate.of("a2+1", 2)).toBeUndefined();
    // Something the tokenizer cannot split.
    expect(RowShiftTemplate.of('A2&"open', 2)).toBeUndefined();
  });
});
