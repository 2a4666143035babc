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

/** A serial day as ISO text. */
export const day = isoOfSerial;
