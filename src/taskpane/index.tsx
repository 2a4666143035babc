/** The add-in's task pane entry: waits for Office.js, then renders the pane over the Excel workbook. */
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../excel/excelWorkbook";
import { officeReady } from "../excel/officeReady";
import { App } from "./App";

async function render(): Promise<void> {
  await officeReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(<App port={createExcelWorkbook()} />);
}

render().catch((err: unknown) => console.error("Ops Planner: the task pane could not start", err));
