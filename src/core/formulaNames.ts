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

/** Functions newer than the file format's own list: a file spells them with the `_xlfn.` prefix (Excel 2019's MINIFS). */
export const FUTURE_FUNCTIONS: readonly string[] = ["MINIFS", "MAXIFS", "TEXTJOIN"];
const FILE_FUTURE = new RegExp(`_xlfn\\.(${FUTURE_FUNCTIONS.join("|")})(?=\\s*\\()`, "gi");

/**
 * A formula read from a file as Excel's formula bar shows it: `_xlfn.MINIFS(` as `MINIFS(` (the writer prefixes it
 * again), a PLAN function saved without the add-in as `PLAN.NAME(`; any other `_xlfn.` name is kept as the file has
 * it, so it is written back as it came. Text in quotes is left alone.
 */
export function formulaAsShown(fileFormula: string): string {
  const plain = /_xlfn\./i.test(fileFormula)
    ? fileFormula
        .split(/("(?:[^"]|"")*")/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(FILE_FUTURE, "$1")))
        .join("")
    : fileFormula;
  return planFormulaText(plain);
}
