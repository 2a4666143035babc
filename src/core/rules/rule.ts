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
  /**
   * The same hits as `check`, in the same order, each handed to `emit` as it is made: validatePlan keeps a hit's
   * message and cells and drops the rest at once (a rule with tens of thousands of hits held them all until it
   * returned, and the garbage collector copied them). Rules declared with `report` get `check` from it.
   */
  report?(ctx: RuleContext, emit: (hit: Hit) => void): void;
}

type Declared = Omit<Rule, "check" | "report"> &
  (
    | { check(ctx: RuleContext): Hit[] }
    | { report(ctx: RuleContext, emit: (hit: Hit) => void): void }
  );

export function defineRule(rule: Declared): Rule {
  if ("report" in rule) {
    const { report } = rule;
    return {
      ...rule,
      report,
      check(ctx) {
        const hits: Hit[] = [];
        report(ctx, (h) => hits.push(h));
        return hits;
      },
    };
  }
  return rule;
}
