/** Every user-facing text goes through i18next; core texts (rule messages, labels) are registered here. */
import i18next, { type i18n, type Resource } from "i18next";
import type { Lang } from "./schema/types";

const registered: Record<Lang, Record<string, Record<string, string>>> = { en: {}, "zh-CN": {} };
const instances = new Map<Lang, i18n>();
let version = 0;

/** Adds texts to a namespace (rules register their messages under "rules", keyed by rule id). */
export function registerTexts(ns: string, texts: Record<Lang, Record<string, string>>): void {
  for (const lang of Object.keys(texts) as Lang[]) {
    registered[lang][ns] = { ...(registered[lang][ns] ?? {}), ...texts[lang] };
    instances.get(lang)?.addResourceBundle(lang, ns, texts[lang], true, true);
  }
  version++;
}

/** Grows whenever texts are registered: a cache of resolved texts is stale once it moves. */
export const textsVersion = (): number => version;

/**
 * The registered text of a key as the translator resolves it (the language's own, else English's), without
 * interpolation; undefined when neither language has it.
 */
export function registeredText(lang: Lang, ns: string, key: string): string | undefined {
  const own = registered[lang][ns]?.[key];
  return own !== undefined || lang === "en" ? own : registered.en[ns]?.[key];
}

/** A synchronous translator for one language. */
export function translator(lang: Lang): (key: string, params?: Record<string, unknown>) => string {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: "en",
      resources: registered as unknown as Resource,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<i18n["init"]>[0]);
    instances.set(lang, inst);
  }
  const t = inst.t.bind(inst);
  return (key, params) => String(t(key, params as never));
}

export function isLang(s: string): s is Lang {
  return s === "en" || s === "zh-CN";
}
