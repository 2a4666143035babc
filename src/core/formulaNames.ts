/**
 * Formulas Excel saved while the add-in was missing. Excel stores a custom function it could not find as
 * `_xldudf_<NAMESPACE>_<NAME>` — `=PLAN.PROMODAYS(D2,E2)` comes back from such a file as
 * `=_xldudf_PLAN_PROMODAYS(D2,E2)` (office-js#5611). Wherever a formula is shown or copied, it is the PLAN formula the
 * planner typed.
 */
const XLDUDF_PLAN = /_xldudf_PLAN_([A-Za-z][A-Za-z0-9]*)(?=\s*\()/gi;

/** The formula with `_xldudf_PLAN_NAME(` as `PLAN.NAME(`; text in quotes is left alone. */
export function planFormulaText(formula: string): string {
  if (!/_xldudf_/i.test(formula)) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(XLDUDF_PLAN, (_, name: string) => `PLAN.${name.toUpperCase()}`)
    )
    .join("");
}
