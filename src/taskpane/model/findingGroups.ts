/** Pure views of a validation for the Validate tab: filtering, grouping by rule, keys. */
import type { Finding, Severity } from "../../core/finding";
import { ALL_RULES, ruleById } from "../../core/rules";

export type SeverityFilter = "all" | Severity;

export interface FindingFilter {
  /** A sheet name as findings carry it, or "" for every sheet. */
  sheet: string;
  severity: SeverityFilter;
  /** Matched case-insensitively against rule id, rule title, message and address. */
  query: string;
}

export const NO_FILTER: FindingFilter = { sheet: "", severity: "all", query: "" };

export interface RuleGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

/** One finding per rule and cell (spec §3), so rule + address identifies it. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.address}`;
}

export function severityOfRule(rule: string, fallback: Severity): Severity {
  return ruleById(rule)?.severity ?? fallback;
}

/** The sheets findings point at, in the findings' (spec) order. */
export function sheetsOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.sheet))];
}

export function matchesFilter(
  f: Finding,
  filter: FindingFilter,
  title: (rule: string) => string
): boolean {
  if (filter.sheet && f.sheet !== filter.sheet) return false;
  if (filter.severity !== "all" && f.severity !== filter.severity) return false;
  const q = filter.query.trim().toLowerCase();
  if (!q) return true;
  return [f.rule, title(f.rule), f.message, f.address].some((s) => s.toLowerCase().includes(q));
}

const RULE_RANK = new Map<string, number>(ALL_RULES.map((r, i) => [r.id, i]));

/** Groups findings by rule: errors first, then warnings; within a severity, in the spec's rule order. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const f of findings) {
    let g = groups.get(f.rule);
    if (!g) {
      g = { rule: f.rule, severity: severityOfRule(f.rule, f.severity), findings: [] };
      groups.set(f.rule, g);
    }
    g.findings.push(f);
  }
  const rank = (g: RuleGroup): number => RULE_RANK.get(g.rule) ?? RULE_RANK.size;
  return [...groups.values()].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || rank(a) - rank(b)
  );
}
