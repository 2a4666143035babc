/** The text of a row check (spec §4): "" when clean, else `RULE_ID (reason)` entries joined by "; ". */
import { isoOfSerial } from "../../core/read/dates";
import { money, percent } from "../../core/rules/promoHelpers";
import type { RuleId } from "../../core/rules/ruleIds";
import { FnError } from "../errors";

export interface Flag {
  rule: RuleId;
  reason: string;
}

/** Flags in the order of `rules` (the order a check lists its rules in), each once. */
export function flagText(rules: readonly RuleId[], flags: readonly (Flag | null | undefined | false)[]): string {
  const byRule = new Map<RuleId, string>();
  for (const f of flags) if (f && !byRule.has(f.rule)) byRule.set(f.rule, f.reason);
  return rules
    .filter((r) => byRule.has(r))
    .map((r) => {
      const reason = byRule.get(r);
      return reason ? `${r} (${reason})` : r;
    })
    .join("; ");
}

/** The rule ids of a row check's text, in order: what the validator's findings on that row are compared with. */
export function flagRules(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim().split(/\s|\(/, 1)[0])
    .filter((s) => s !== "");
}

/** #N/A for the first required argument left blank: a half-typed row is not checked yet. */
export function blankRequired(args: Record<string, unknown>): FnError | undefined {
  for (const [name, v] of Object.entries(args)) {
    if (v === null || v === undefined) return new FnError("#N/A", `${name} is blank: fill it in to check the row.`);
  }
  return undefined;
}

/** Reason parts: money 1,234.50; a fraction as 5.0% (an unbounded spread as ∞); an ISO date. */
export const m = money;
export const pct = (f: number): string => (Number.isFinite(f) ? percent(f) : "∞");
export const day = isoOfSerial;
