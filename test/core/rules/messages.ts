/** Renders a rule's message through i18next (as validatePlan does) and checks its templates against the params. */
import type { Params } from "../../../src/core/finding";
import { registerTexts, translator } from "../../../src/core/i18n";
import type { Rule } from "../../../src/core/rules/rule";
import type { Lang } from "../../../src/core/schema/types";

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

/**
 * The message in `lang` (a `context` param picks the variant the rule file registered); fails the test when the
 * template names a param the hit does not carry (for a variant: when a placeholder is left in the text).
 */
export function render(rule: Rule, params: Params | undefined, lang: Lang = "en"): string {
  registerTexts("rules", {
    en: { [rule.id]: rule.message.en },
    "zh-CN": { [rule.id]: rule.message["zh-CN"] },
  });
  if (params?.context === undefined) {
    for (const name of placeholders(rule.message[lang]))
      expect(Object.keys(params ?? {})).toContain(name);
  }
  const text = translator(lang)(`rules:${rule.id}`, params ?? {});
  expect(text).not.toMatch(/\{\{|\}\}/);
  return text;
}
