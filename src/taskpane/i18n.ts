/** The task pane's texts in every UI language, and the i18next instance the pane renders with. */
import i18next, { type i18n } from "i18next";
import { createContext, useCallback, useContext } from "react";
import type { Lang } from "../core/schema/types";
import { en, type PaneTexts } from "./texts/en";
import { ruleTitles } from "./texts/ruleTitles";
import { zhCN } from "./texts/zhCN";

export type PaneKey = keyof typeof en;

/** Resources per language; the PaneTexts type keeps every language's keys equal to the English ones. */
export const paneTexts: Record<Lang, PaneTexts> = { en, "zh-CN": zhCN };

export { ruleTitles };

/** The pane language for a BCP 47 tag such as Office's display language or navigator.language. */
export function paneLanguage(tag: string | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** A ready, synchronous i18next instance for the pane: namespace "pane" (UI texts) and "ruleTitles". */
export function createPaneI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "en",
    ns: ["pane", "ruleTitles"],
    defaultNS: "pane",
    resources: {
      en: { pane: paneTexts.en, ruleTitles: ruleTitles.en },
      "zh-CN": { pane: paneTexts["zh-CN"], ruleTitles: ruleTitles["zh-CN"] },
    },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  return instance;
}

export const PaneI18nContext = createContext<i18n>(createPaneI18n("en"));

export type PaneParams = Record<string, string | number>;
export type PaneT = (key: PaneKey, params?: PaneParams) => string;

/** The pane's translate function for the language its provider chose. */
export function usePaneT(): PaneT {
  const instance = useContext(PaneI18nContext);
  return useCallback((key, params) => String(instance.t(key, params as never)), [instance]);
}

/** A rule's short title in the pane's language (its id for a rule the pane does not know). */
export function useRuleTitle(): (ruleId: string) => string {
  const instance = useContext(PaneI18nContext);
  return useCallback(
    (ruleId) => String(instance.t(`ruleTitles:${ruleId}`, { defaultValue: ruleId } as never)),
    [instance]
  );
}

/** The language the pane renders in. */
export function usePaneLang(): Lang {
  return paneLanguage(useContext(PaneI18nContext).language);
}
