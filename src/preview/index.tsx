/**
 * The browser preview's entry (preview.html): the task pane over an in-memory workbook whose formulas HyperFormula
 * computes. No Office.js. `?lang=zh-CN` (or en) sets the display language the pane starts in; else the browser's.
 */
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./components/PreviewApp";
import type { MemoryWorkbook } from "./memoryWorkbook";
import { newPreviewWorkbook } from "./newWorkbook";

function render(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("preview.html has no #container element");
  const language = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  const workbook = newPreviewWorkbook(language);
  // For the browser's console and end-to-end tests: the workbook behind the page.
  (window as unknown as { opsPlannerWorkbook: MemoryWorkbook }).opsPlannerWorkbook = workbook;
  createRoot(container).render(<PreviewApp workbook={workbook} />);
}

render();
