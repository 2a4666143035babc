/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets } from "./fakePort";
import { renderPane } from "./render";
const en = paneTexts.en;
jest.setTimeout(30000);
it("probe", async () => {
  const port = fakePort({ sheets: sampleSheets() });
  port.addWaiver.mockRejectedValue(new Error("Waivers sheet is protected"));
  renderPane(port);
  fireEvent.click(screen.getAllByText(en.tabValidate)[0]);
  fireEvent.click(screen.getByText(en.validate));
  await screen.findByText(/^Errors \d+$/);
  fireEvent.click(screen.getByText("Budget over the cap"));
  fireEvent.click(await screen.findByText("Budget!B9"));
  fireEvent.click(await screen.findByText(en.waive));
  const dialog = await screen.findByRole("dialog");
  console.log("A", dialog.getAttribute("aria-hidden"), document.activeElement?.outerHTML.slice(0, 80));
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Reason/ }), { target: { value: "agreed" } });
  console.log("B", dialog.getAttribute("aria-hidden"), document.activeElement?.outerHTML.slice(0, 80));
  fireEvent.click(within(dialog).getByText(en.waiveConfirm));
  console.log("C", dialog.getAttribute("aria-hidden"), document.activeElement?.outerHTML.slice(0, 80));
  await within(dialog).findByText("Waivers sheet is protected");
  await new Promise((r) => setTimeout(r, 600));
  console.log("E", dialog.getAttribute("aria-hidden"), document.activeElement?.outerHTML.slice(0, 80));
  console.log("D", dialog.getAttribute("aria-hidden"), document.activeElement?.outerHTML.slice(0, 80));
});
