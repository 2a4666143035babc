/**
 * @jest-environment jsdom
 */
// The task pane is not drawn again on every change of the page's workbook: it follows the workbook through the port
// (its change events), as in Excel, so a cell's edit or the engine's results redraw the grid alone (bench case (k):
// the pane's render was inside the time until an edit's results are in).
import "@testing-library/jest-dom";
import "../taskpane/jsdomLayout";
import { act, render, screen } from "@testing-library/react";
import { createElement } from "react";
import type { AppProps } from "../../src/taskpane/App";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import "../taskpane/lazyModules";

const mockRenders = { count: 0 };
jest.mock("../../src/taskpane/App", () => {
  const actual =
    jest.requireActual<typeof import("../../src/taskpane/App")>("../../src/taskpane/App");
  return {
    ...actual,
    App: (props: AppProps) => {
      mockRenders.count++;
      return createElement(actual.App, props);
    },
  };
});

test("an edit redraws the grid, not the task pane", async () => {
  const wb = newPreviewWorkbook("en");
  render(<PreviewApp workbook={wb} />);
  await act(() => new Promise((r) => setTimeout(r, 50)));
  const before = mockRenders.count;
  expect(before).toBeGreaterThan(0);
  act(() => wb.setCell("Sheet1", "B2", "typed"));
  act(() => wb.setCell("Sheet1", "B3", 42));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.getByTestId("cell-B2")).toHaveTextContent("typed");
  expect(mockRenders.count).toBe(before);
});
