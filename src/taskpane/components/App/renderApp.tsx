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
import { PlanTab } from "../PlanTab/PlanTab";
import { TrendsTab } from "../TrendsTab/TrendsTab";
import { ValidateTab } from "../ValidateTab/ValidateTab";
import type { AppState } from "./App.types";
import type { AppClasses } from "./useAppStyles.styles";

export function renderApp(state: AppState, classes: AppClasses) {
  const { t } = state;
  return (
    <PaneI18nContext.Provider value={state.i18n}>
      <FluentProvider
        theme={state.theme === "dark" ? webDarkTheme : webLightTheme}
        className={classes.provider}
        lang={state.lang}
      >
        <main className={classes.pane}>
          <Title3 as="h1" className={classes.title}>
            {t("title")}
          </Title3>
          <TabList
            className={classes.tabs}
            aria-label={t("tabsLabel")}
            selectedValue={state.tab}
            onTabSelect={(_, data) => state.onTab(data.value)}
          >
            {state.tabs.map((tab) => (
              <Tab
                key={tab.id}
                id={state.tabId(tab.id)}
                value={tab.id}
                aria-controls={state.panelId(tab.id)}
              >
                {tab.label}
              </Tab>
            ))}
          </TabList>
          {/* Plan and Validate stay mounted: the findings survive a look at the Plan tab. */}
          <div
            role="tabpanel"
            id={state.panelId("plan")}
            aria-labelledby={state.tabId("plan")}
            hidden={state.tab !== "plan"}
            className={classes.panel}
          >
            <PlanTab port={state.port} lang={state.lang} onLangChange={state.setLang} />
          </div>
          <div
            role="tabpanel"
            id={state.panelId("validate")}
            aria-labelledby={state.tabId("validate")}
            hidden={state.tab !== "validate"}
            className={classes.panel}
          >
            <ValidateTab port={state.port} />
          </div>
          {/* Budget and Trends read afresh each time their tab opens: the plan may have changed meanwhile. */}
          <div
            role="tabpanel"
            id={state.panelId("budget")}
            aria-labelledby={state.tabId("budget")}
            hidden={state.tab !== "budget"}
            className={classes.panel}
          >
            {state.tab === "budget" && <BudgetTab port={state.port} lang={state.lang} />}
          </div>
          <div
            role="tabpanel"
            id={state.panelId("trends")}
            aria-labelledby={state.tabId("trends")}
            hidden={state.tab !== "trends"}
            className={classes.panel}
          >
            {state.tab === "trends" && <TrendsTab port={state.port} lang={state.lang} />}
          </div>
        </main>
      </FluentProvider>
    </PaneI18nContext.Provider>
  );
}
