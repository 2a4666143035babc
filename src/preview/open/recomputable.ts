/**
 * Whether the preview's formula engine can compute a formula from a file: it parses (HyperFormula's own parser) and
 * every function it calls is one the engine knows (its built-ins and the PLAN functions). Structured references
 * (`Table1[@Qty]`), XLOOKUP, LET, links to other workbooks… cannot: such a formula is kept verbatim with the value
 * the file saved (MemoryCell.notRecomputed).
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG, engineFormula, registerPlanFunctions } from "../formulaEngine";

let checker: HyperFormula | undefined;
let known: Set<string> | undefined;
const verdicts = new Map<string, boolean>();

const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
/** A name followed by "[" (a structured reference) or a "[n]" workbook link. */
const BRACKETS = /[A-Za-z0-9_\]]\[|^\[|[=(,+\-*/&^<>:;\s]\[/;

function outsideQuotes(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .filter((_, i) => i % 2 === 0)
    .join('""');
}

function functionsKnown(text: string): boolean {
  if (!known) {
    registerPlanFunctions();
    known = new Set(HyperFormula.getRegisteredFunctionNames("enGB").map((n) => n.toUpperCase()));
  }
  for (const m of text.matchAll(FUNCTION_CALL)) if (!known.has(m[1].toUpperCase())) return false;
  return true;
}

/** `formula` without "=", as the file spells it. */
export function canRecompute(formula: string): boolean {
  // Formulas of a column differ in their row numbers only: one verdict serves them all.
  const shape = formula.replace(/\d+/g, "1");
  const cached = verdicts.get(shape);
  if (cached !== undefined) return cached;
  const text = engineFormula(formula);
  const bare = outsideQuotes(text);
  let ok = !BRACKETS.test(bare) && functionsKnown(bare);
  if (ok) {
    checker ??= HyperFormula.buildEmpty(ENGINE_CONFIG);
    ok = checker.validateFormula(`=${text}`);
  }
  verdicts.set(shape, ok);
  return ok;
}
