/**
 * The browser preview's entry (preview.html): the task pane over an in-memory workbook whose formulas HyperFormula
 * computes in the engine worker (src/preview/engine/). No Office.js. `?lang=zh-CN` (or en) sets the display language the pane starts in; else the browser's.
 */
import { createRoot } from "react-dom/client";
import { PreviewRoot } from "./components/OpenWorkbook/PreviewRoot";
import { workerEngine } from "./engine/transports";
import { newPreviewWorkbook } from "./newWorkbook";
import { PlanClient, setPagePlanner, workerPlanTransport } from "./plan/planClient";
import { readInWorker } from "./open/readInWorker";
import { indexedDbStore } from "./persist/workbookStore";

function render(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("preview.html has no #container element");
  const language = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  // The core's work on the whole plan (Create / update's planning, the Timeline's layout) in a worker of its own.
  setPagePlanner(new PlanClient(workerPlanTransport()));
  const workbook = newPreviewWorkbook(language, workerEngine());
  // PreviewRoot sets window.opsPlannerWorkbook (the workbook behind the page) for the console and end-to-end tests.
  createRoot(container).render(
    <PreviewRoot
      initial={workbook}
      language={language}
      read={readInWorker}
      store={indexedDbStore()}
      engine={workerEngine}
    />
  );
}

render();
