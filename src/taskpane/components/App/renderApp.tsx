import {
  FluentProvider,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PaneI18nContext } from "../../i18n";
import { PlanTab } from "../PlanTab/PlanTab";
import { ValidateTab } from "../ValidateTab/ValidateTab";
import type { ReactNode } from "react";
import { LazyTab, type LazyTabProps } from "../LazyTab/LazyTab";
import type { AppState, TabId } from "./App.types";
import type { AppClasses } from "./useAppStyles.styles";

// The tabs that mount only while open load with their first opening: their code (and their models) stay out of the
// bundle the pane starts with (issue 5's size budget, bench/preview.bench.ts).
const LOAD: Record<Exclude<TabId, "plan" | "validate">, LazyTabProps["load"]> = {
  budget: () => import("../BudgetTab/BudgetTab").then((m) => m.BudgetTab),
  trends: () => import("../TrendsTab/TrendsTab").then((m) => m.TrendsTab),
  review: () => import("../ReviewTab/ReviewTab").then((m) => m.ReviewTab),
  market: () => import("../MarketTab/MarketTab").then((m) => m.MarketTab),
  versions: () => import("../VersionsTab/VersionsTab").then((m) => m.VersionsTab),
};

export function renderApp(state: AppState, classes: AppClasses) {
  const { t } = state;
  const panel = (id: TabId, content: ReactNode) => (
    <div
      role="tabpanel"
      id={state.panelId(id)}
      aria-labelledby={state.tabId(id)}
      hidden={state.tab !== id}
      className={classes.panel}
    >
      {content}
    </div>
  );
  const opened = (id: keyof typeof LOAD) =>
    panel(id, state.tab === id && <LazyTab load={LOAD[id]} port={state.port} lang={state.lang} />);
  return (
    <PaneI18nContext.Provider value={state.i18n}>
      <FluentProvider
        theme={state.theme === "dark" ? webDarkTheme : webLightTheme}
        lang={state.lang}
      >
        <div className={classes.fill}>
          <main className={classes.pane}>
            <Title3 as="h1" className={classes.title}>
              {t("title")}
            </Title3>
            {/* Small tabs with 4 px side padding; the seven labels wrap in Excel's 320 px pane. */}
            <TabList
              size="small"
              className={classes.tabs}
              aria-label={t("tabsLabel")}
              selectedValue={state.tab}
              onTabSelect={(_, data) => state.onTab(data.value)}
            >
              {state.tabs.map((tab) => (
                <Tab
                  key={tab.id}
                  className={classes.tab}
                  id={state.tabId(tab.id)}
                  value={tab.id}
                  aria-controls={state.panelId(tab.id)}
                >
                  {tab.label}
                </Tab>
              ))}
            </TabList>
            {/* Plan and Validate stay mounted: the findings survive a look at the Plan tab. Budget, Trends and Market
              mount only while open, so they read afresh each time: the plan may have changed meanwhile;
              their code loads with their first opening. */}
            {panel(
              "plan",
              <PlanTab port={state.port} lang={state.lang} onLangChange={state.setLang} />
            )}
            {panel("validate", <ValidateTab port={state.port} />)}
            {opened("budget")}
            {opened("trends")}
            {opened("review")}
            {opened("market")}
            {opened("versions")}
          </main>
        </div>
      </FluentProvider>
    </PaneI18nContext.Provider>
  );
}
