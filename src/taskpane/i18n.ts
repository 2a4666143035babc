/** The task pane's texts in every UI language, and the i18next instance the pane renders with. */
import i18next, { type i18n } from "i18next";
import { createContext, useContext } from "react";
import type { Lang } from "../core/schema/types";

const en = {
  title: "Ops Planner",
  intro:
    "Plan the year's launches, promotions, prices and budget in this workbook, and check them against your rules.",
  comingSoon: "Creating and validating the plan workbook arrives here soon.",
};

export type PaneKey = keyof typeof en;

/** Resources per language; `satisfies` keeps every language's keys equal to the English ones. */
export const paneTexts = {
  en,
  "zh-CN": {
    title: "Ops Planner 运营计划",
    intro: "在此工作簿中规划全年的新品首发、活动、价格和预算，并按规则逐项检查。",
    comingSoon: "创建和检查计划工作簿的功能即将在这里提供。",
  },
} satisfies Record<Lang, Record<PaneKey, string>>;

/** The pane language for a BCP 47 tag such as Office's display language or navigator.language. */
export function paneLanguage(tag: string | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** A ready, synchronous i18next instance for the pane. */
export function createPaneI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "en",
    ns: ["pane"],
    defaultNS: "pane",
    resources: {
      en: { pane: paneTexts.en },
      "zh-CN": { pane: paneTexts["zh-CN"] },
    },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  return instance;
}

export const PaneI18nContext = createContext<i18n>(createPaneI18n("en"));

/** The pane's translate function for the language its provider chose. */
export function usePaneT(): (key: PaneKey) => string {
  const instance = useContext(PaneI18nContext);
  return (key) => instance.t(key);
}
