/** Renders a rule's message for a hit's params the way validatePlan does (rules:<ID>, i18next context variants). */
import type { Params } from "../../../src/core/finding";
import { registerTexts, translator } from "../../../src/core/i18n";
import type { Rule } from "../../../src/core/rules/rule";
import type { Lang } from "../../../src/core/schema/types";

export function renderMessage(rule: Rule, params: Params | undefined, lang: Lang = "en"): string {
  registerTexts("rules", {
    en: { [rule.id]: rule.message.en },
    "zh-CN": { [rule.id]: rule.message["zh-CN"] },
  });
  return translator(lang)(`rules:${rule.id}`, params ?? {});
}
