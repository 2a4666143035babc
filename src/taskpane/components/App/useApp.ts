import { useId } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../../../core/schema/types";
import { createPaneI18n, paneLanguage, type PaneT } from "../../i18n";
import type { AppProps, AppState, TabId } from "./App.types";

const TABS: readonly TabId[] = [
  "plan",
  "validate",
  "budget",
  "trends",
  "review",
  "market",
  "versions",
];
const TAB_LABELS = {
  plan: "tabPlan",
  validate: "tabValidate",
  budget: "tabBudget",
  trends: "tabTrends",
  review: "tabReview",
  market: "tabMarket",
  versions: "tabVersions",
} as const;
const isTab = (v: unknown): v is TabId => TABS.includes(v as TabId);

export function useApp({ port, theme = "light" }: AppProps): AppState {
  const [lang, setLang] = useState<Lang>(() => paneLanguage(port.displayLanguage()));
  const [tab, setTab] = useState<TabId>("plan");
  const i18n = useMemo(() => createPaneI18n(lang), [lang]);
  const t: PaneT = useMemo(() => (key, params) => String(i18n.t(key, params as never)), [i18n]);
  const base = useId("pane-");

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("title");
  }, [lang, t]);

  return {
    port,
    theme,
    i18n,
    t,
    lang,
    setLang,
    tab,
    tabs: TABS.map((id) => ({ id, label: t(TAB_LABELS[id]) })),
    onTab: (value) => {
      if (isTab(value)) setTab(value);
    },
    tabId: (id) => `${base}tab-${id}`,
    panelId: (id) => `${base}panel-${id}`,
  };
}
