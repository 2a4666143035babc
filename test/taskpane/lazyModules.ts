/**
 * The modules the pane loads on first use (React.lazy tabs in renderApp.tsx, the sample plan in usePlanTab.ts), loaded
 * with the test file that imports this one: ts-jest compiles a module when it is first required, which under load
 * outlasts a findBy's wait. The pane still goes through import(), lazy() and Suspense; only the compile happens before
 * the clock starts.
 */
import "../../src/taskpane/components/BudgetTab/BudgetTab";
import "../../src/taskpane/components/TrendsTab/TrendsTab";
import "../../src/taskpane/components/ReviewTab/ReviewTab";
import "../../src/taskpane/components/MarketTab/MarketTab";
import "../../src/taskpane/components/VersionsTab/VersionsTab";
import "../../src/core/sample/samplePlan";
