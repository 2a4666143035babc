/**
 * @jest-environment jsdom
 */
// The page says when formula results are still to come from the engine worker ("Calculating…" in the header), and
// shows the engine's error in a bar instead of swallowing it (the states src/preview/engine/engineClient.ts reports).
import "@testing-library/jest-dom";
import "../taskpane/jsdomLayout";
import { act, render, screen } from "@testing-library/react";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { previewTexts } from "../../src/preview/texts";
import "../taskpane/lazyModules";

const en = previewTexts.en;

test("Calculating… while results are pending, an error bar when the engine fails", () => {
  const wb = newPreviewWorkbook("en");
  render(<PreviewApp workbook={wb} />);
  const status = screen.getByTestId("calc-status");
  expect(status).toBeEmptyDOMElement();
  expect(screen.queryByTestId("engine-error")).toBeNull();

  act(() => wb.calculationChanged({ pending: true }));
  expect(status).toHaveTextContent(en.calculating);

  act(() => wb.calculationChanged({ pending: false, error: "Sheet size limit exceeded" }));
  expect(status).toBeEmptyDOMElement();
  expect(screen.getByTestId("engine-error")).toHaveTextContent(
    en.engineFailed.replace("{{message}}", "Sheet size limit exceeded")
  );
});
