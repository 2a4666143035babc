import {
  FluentProvider,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PaneI18nContext } from "../../i18n";
import { BudgetTab } from "../BudgetTab/BudgetTab";
import { MarketTab } from "../MarketTab/MarketTab";
import { PlanTab } from "../PlanTab/PlanTab";
import { TrendsTab } from "../TrendsTab/TrendsTab";
import { ReviewTab } from "../ReviewTab/ReviewTab";
import { ValidateTab } from "../ValidateTab/ValidateTab";
import { VersionsTab } from "../VersionsTab/VersionsTab";
import type { ReactNode } from "react";
import type { AppState, TabId } from "./App.types";
import type { AppClasses } from "./useAppStyles.styles";

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
              mount only while open, so they read afresh each time: the plan may have changed meanwhile. */}
            {panel(
              "plan",
              <PlanTab port={state.port} lang={state.lang} onLangChange={state.setLang} />
            )}
            {panel("validate", <ValidateTab port={state.port} />)}
            {panel(
              "budget",
              state.tab === "budget" && <BudgetTab port={state.port} lang={state.lang} />
            )}
            {panel(
              "trends",
              state.tab === "trends" && <TrendsTab port={state.port} lang={state.lang} />
            )}
            {panel(
              "review",
              state.tab === "review" && <ReviewTab port={state.port} lang={state.lang} />
            )}
            {panel(
              "market",
              state.tab === "market" && <MarketTab port={state.port} lang={state.lang} />
            )}
            {panel(
              "versions",
              state.tab === "versions" && <VersionsTab port={state.port} lang={state.lang} />
            )}
          </main>
        </div>
      </FluentProvider>
    </PaneI18nContext.Provider>
  );
}
