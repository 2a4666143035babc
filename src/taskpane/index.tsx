/** The add-in's task pane entry: waits for Office.js, then renders the pane over the Excel workbook, in Office's theme. */
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../excel/excelWorkbook";
import { officeReady } from "../excel/officeReady";
import { officeTheme } from "../excel/officeTheme";
import { App } from "./App";

async function render(): Promise<void> {
  await officeReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(<App port={createExcelWorkbook()} theme={officeTheme()} />);
}

render().catch((err: unknown) => console.error("Ops Planner: the task pane could not start", err));
