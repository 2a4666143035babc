/**
 * Rule messages filled without a translation lookup per finding: a rule's template (per context variant) is resolved
 * and split into text and `{{name}}` slots once per language, then each finding only fills its slots. The result is
 * the translator's, byte for byte (test/core/messageTemplates.test.ts compares them); what the fast path does not
 * model — plural and i18next option params, a missing param, a `$t(` nesting in the result — goes to the translator.
 */
import { registeredText, textsVersion, translator } from "./i18n";
import type { Lang } from "./schema/types";

type Slot = { name: string };
/**
 * A template's text and slots, and an array as long, reused for each message: filled and joined, it makes the message
 * one flat string (concatenation makes a tree of pieces, which a validation keeps ~200,000 of).
 */
type Template = { parts: readonly (string | Slot)[]; pieces: (string | number)[] } | null;

/** Params i18next reads as options of the lookup (plural `count`, language, namespace…): those hits take its path. */
const OPTION_PARAMS = new Set([
  "count",
  "ordinal",
  "defaultValue",
  "lng",
  "lngs",
  "fallbackLng",
  "ns",
  "replace",
  "returnObjects",
  "returnDetails",
  "joinArrays",
  "postProcess",
  "interpolation",
  "keySeparator",
  "nsSeparator",
  "skipInterpolation",
  "missingInterpolationHandler",
]);

/** Text and slots of a template; null when it holds i18next syntax beyond plain `{{name}}` (formats, nesting…). */
function compile(text: string): Template {
  if (text.includes("$t(") || text.includes("{{-")) return null;
  const parts: (string | Slot)[] = [];
  const slot = /\{\{(.+?)\}\}/g;
  let last = 0;
  for (const m of text.matchAll(slot)) {
    const name = m[1].trim();
    if (/[.,]/.test(name)) return null;
    parts.push(text.slice(last, m.index), { name });
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, pieces: parts.map((p) => (typeof p === "string" ? p : "")) };
}

export type MessageRenderer = (rule: string, params: Record<string, unknown>) => string;

/** Renders `rules:<rule>` messages of one language as `translator(lang)` does. */
export function messageRenderer(lang: Lang): MessageRenderer {
  const t = translator(lang);
  // Rule → context variant (undefined: none) → template: no key string made per finding.
  const templates = new Map<string, Map<string | undefined, Template>>();
  let seen = textsVersion();

  const templateOf = (rule: string, context: string | undefined): Template => {
    if (seen !== textsVersion()) {
      templates.clear();
      seen = textsVersion();
    }
    let ofRule = templates.get(rule);
    if (!ofRule) templates.set(rule, (ofRule = new Map()));
    let tpl = ofRule.get(context);
    if (tpl === undefined) {
      // The translator's order: the language's context variant, its plain message, then English's.
      const codes: Lang[] = lang === "en" ? ["en"] : [lang, "en"];
      let text: string | undefined;
      for (const code of codes) {
        text =
          (context !== undefined
            ? registeredText(code, "rules", `${rule}_${context}`)
            : undefined) ?? registeredText(code, "rules", rule);
        if (text !== undefined) break;
      }
      tpl = text === undefined ? null : compile(text);
      ofRule.set(context, tpl);
    }
    return tpl;
  };

  const plain = (params: Record<string, unknown>): boolean => {
    for (const k in params) if (OPTION_PARAMS.has(k)) return false;
    const context = params.context;
    return context === undefined || (typeof context === "string" && context !== "");
  };

  return (rule, params) => {
    const tpl = plain(params) ? templateOf(rule, params.context as string | undefined) : null;
    if (tpl === null) return t(`rules:${rule}`, params);
    const { parts, pieces } = tpl;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (typeof part === "string") continue; // in `pieces` already
      const v = params[part.name];
      // A number joins as String(v) makes it.
      if (typeof v === "string" || typeof v === "number") pieces[i] = v;
      else return t(`rules:${rule}`, params);
    }
    const out = pieces.join("");
    return out.includes("$t(") ? t(`rules:${rule}`, params) : out;
  };
}
