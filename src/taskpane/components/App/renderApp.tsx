import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PaneI18nContext } from "../../i18n";
import { PlanTab } from "../PlanTab/PlanTab";
import { ValidateTab } from "../ValidateTab/ValidateTab";
import { lazy, Suspense, type ReactNode } from "react";
import type { AppState, TabId } from "./App.types";
import type { AppClasses } from "./useAppStyles.styles";

// The tabs that mount only while open load with their first opening: their code (and their models) stay out of the
// bundle the pane starts with (issue 5's size budget, bench/preview.bench.ts).
const BudgetTab = lazy(() =>
  import("../BudgetTab/BudgetTab").then((m) => ({ default: m.BudgetTab }))
);
const TrendsTab = lazy(() =>
  import("../TrendsTab/TrendsTab").then((m) => ({ default: m.TrendsTab }))
);
const ReviewTab = lazy(() =>
  import("../ReviewTab/ReviewTab").then((m) => ({ default: m.ReviewTab }))
);
const MarketTab = lazy(() =>
  import("../MarketTab/MarketTab").then((m) => ({ default: m.MarketTab }))
);
const VersionsTab = lazy(() =>
  import("../VersionsTab/VersionsTab").then((m) => ({ default: m.VersionsTab }))
);

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
  const opened = (id: TabId, content: ReactNode) =>
    panel(
      id,
      state.tab === id && (
        <Suspense fallback={<Spinner size="tiny" label={t("tabLoading")} />}>{content}</Suspense>
      )
    );
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
            {opened("budget", <BudgetTab port={state.port} lang={state.lang} />)}
            {opened("trends", <TrendsTab port={state.port} lang={state.lang} />)}
            {opened("review", <ReviewTab port={state.port} lang={state.lang} />)}
            {opened("market", <MarketTab port={state.port} lang={state.lang} />)}
            {opened("versions", <VersionsTab port={state.port} lang={state.lang} />)}
          </main>
        </div>
      </FluentProvider>
    </PaneI18nContext.Provider>
  );
}
