/** The text of a row check (spec §4): "" when clean, else `RULE_ID (reason)` entries joined by "; ". */
import { isoOfSerial } from "../../read/dates";
import type { RuleId } from "../../rules/ruleIds";

export interface Flag {
  rule: RuleId;
  reason: string;
}

/** Flags in the order of `rules` (the order a check lists its rules in), each once. */
export function flagText(
  rules: readonly RuleId[],
  flags: readonly (Flag | null | undefined | false)[]
): string {
  let out = "";
  for (const rule of rules) {
    const f = flags.find((x) => x && x.rule === rule);
    if (!f) continue;
    if (out !== "") out += "; ";
    out += f.reason ? `${rule} (${f.reason})` : rule;
  }
  return out;
}

/** The rule ids of a row check's text, in order: what the validator's findings on that row are compared with. */
export function flagRules(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim().split(/\s|\(/, 1)[0])
    .filter((s) => s !== "");
}

/**
 * A row check's "not checked yet": "" while a required argument is blank (a half-typed row), the same text as a
 * clean row. The check itself keeps a half-typed row quiet, so its formula needs no IFERROR, which would also hide a
 * missing add-in (#NAME?) as a clean row.
 */
export const HALF_TYPED = "";

/** Whether any of a row check's required arguments is blank. */
export const halfTyped = (...required: readonly unknown[]): boolean =>
  required.some((v) => v === null || v === undefined);

/** Reason parts, language-neutral: money as 1,234.50 (no currency: the function does not know it). */
export const m = (n: number): string => {
  const fixed = Math.abs(n).toFixed(2);
  const dot = fixed.length - 3;
  let whole = fixed.slice(0, dot);
  for (let i = dot - 3; i > 0; i -= 3) whole = `${whole.slice(0, i)},${whole.slice(i)}`;
  return `${n < 0 ? "-" : ""}${whole}${fixed.slice(dot)}`;
};

/** A fraction as a percent with one decimal, 0.05 → 5.0%; an unbounded spread ∞. */
export const pct = (f: number): string => (Number.isFinite(f) ? `${(f * 100).toFixed(1)}%` : "∞");

/** A serial day as ISO text. */
export const day = isoOfSerial;
