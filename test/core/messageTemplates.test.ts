/**
 * The message templates filled without a lookup per finding give the translator's text, byte for byte: on every hit
 * the sample plan (which breaks every rule, in every message variant it knows) gives, in both languages, and on the
 * params the fill hands back to the translator.
 */
import type { Hit } from "../../src/core/finding";
import { translator } from "../../src/core/i18n";
import { messageRenderer } from "../../src/core/messageTemplates";
import { shownParams } from "../../src/core/messageText";
import { buildIndex } from "../../src/core/planIndex";
import { readPlan } from "../../src/core/read/readPlan";
import { sampleWorkbook } from "./sampleWorkbook";
import { RULES } from "../../src/core/rules";
import type { Lang } from "../../src/core/schema/types";

function sampleHits(lang: Lang): Hit[] {
  const { sheets, today } = sampleWorkbook(2027, lang);
  const plan = readPlan({ sheets }, { today });
  const ctx = { plan, settings: plan.settings, index: buildIndex(plan) };
  return [...plan.readHits, ...RULES.flatMap((r) => r.check(ctx))];
}

describe.each<Lang>(["en", "zh-CN"])("messages in %s", (lang) => {
  const render = messageRenderer(lang);
  const t = translator(lang);
  const viaTranslator = (rule: string, params: Record<string, unknown>): string =>
    t(`rules:${rule}`, params);

  it("are the translator's on every hit of the sample plan, every rule and variant", () => {
    const hits = sampleHits(lang);
    const variants = new Set(hits.map((h) => `${h.rule}/${String(h.params?.context ?? "")}`));
    expect(new Set(hits.map((h) => h.rule)).size).toBeGreaterThanOrEqual(RULES.length);
    expect(variants.size).toBeGreaterThan(new Set(hits.map((h) => h.rule)).size);
    for (const h of hits) {
      const { params } = shownParams(h.params ?? {});
      expect(render(h.rule, params)).toBe(viaTranslator(h.rule, params));
    }
  });

  it.each<[string, string, Record<string, unknown>]>([
    ["a missing param", "PROMO_TOO_LONG", { days: 9, start: "2027-06-01", end: "2027-06-09" }],
    ["a plural count", "STOCK_SHORT", { count: 3, sku: "KA-1", stock: "3", expected: "10" }],
    [
      "a context without its own text",
      "PROMO_TOO_LONG",
      { days: 9, start: "a", end: "b", max: 3, context: "nope" },
    ],
    ["an empty context", "PROMO_TOO_LONG", { days: 9, start: "a", end: "b", max: 3, context: "" }],
    ["replacement patterns in a value", "DQ_UNKNOWN_SKU", { sku: "KA-$&-$1-$$-$`-$'" }],
    ["a slot in a value", "DQ_UNKNOWN_SKU", { sku: "KA-{{sku}}-{{- sku}}" }],
    ["a nesting in a value", "DQ_UNKNOWN_SKU", { sku: "$t(rules:PROMO_TOO_LONG)" }],
    ["an unknown rule", "NOT_A_RULE", { sku: "KA-1" }],
    ["an option name as a param", "DQ_UNKNOWN_SKU", { sku: "KA-1", lng: "en", ns: "cli" }],
  ])("are the translator's with %s", (_what, rule, params) => {
    expect(render(rule, params)).toBe(viaTranslator(rule, params));
  });
});
