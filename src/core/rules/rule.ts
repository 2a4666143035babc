/** A rule is declared like a plugin: id, severity, what it reads, messages, and one pure check. */
import type { Hit, Severity } from "../finding";
import type { PlanIndex } from "../planIndex";
import type { Plan } from "../plan";
import type { RuleId } from "./ruleIds";
import type { Settings } from "../settings";

export interface RuleContext {
  plan: Plan;
  settings: Settings;
  index: PlanIndex;
}

export interface Messages {
  en: string;
  "zh-CN": string;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** The columns it reads, as `sheet.field` (documentation, and the README's rule table). */
  reads: readonly string[];
  /** i18next templates; `{{name}}` is filled from the hit's params. */
  message: Messages;
  check(ctx: RuleContext): Hit[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
