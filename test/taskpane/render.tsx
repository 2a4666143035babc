/** Renders the whole pane over a fake port, as index.tsx does over Excel. */
import { render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { FakePort } from "./fakePort";
// The tabs the pane loads on first opening (React.lazy in renderApp.tsx), loaded here with the test file: ts-jest
// compiles a module when it is first required, which under load outlasts a findBy's wait. The pane still goes
// through lazy() and Suspense; only the compile happens before the clock starts.
import "../../src/taskpane/components/BudgetTab/BudgetTab";
import "../../src/taskpane/components/TrendsTab/TrendsTab";
import "../../src/taskpane/components/ReviewTab/ReviewTab";
import "../../src/taskpane/components/MarketTab/MarketTab";
import "../../src/taskpane/components/VersionsTab/VersionsTab";
import "../../src/core/sample/samplePlan";

export function renderPane(port: FakePort): RenderResult {
  return render(<App port={port} />);
}
