/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets, YEAR } from "./fakePort";
import { findButton } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;

describe("Write Timeline sheet (Plan tab)", () => {
  it("lays out the workbook's plan for the plan year and hands it to the port", async () => {
    const sheets = sampleSheets();
    const port = fakePort({ sheets });
    renderPane(port);
    const yearBox = screen.getByRole("spinbutton", { name: en.planYear }) as HTMLInputElement;
    await waitFor(() => expect(yearBox.value).toBe(String(YEAR)));
    fireEvent.click(await findButton(en.writeTimeline));
    await waitFor(() => expect(port.writeTimeline).toHaveBeenCalledTimes(1));
    const [layout, lang] = port.writeTimeline.mock.calls[0];
    expect(lang).toBe("en");
    expect(layout.year).toBe(YEAR);
    expect(layout.name).toBe("Timeline");
    const products = sheets.find((s) => s.name === "Products")?.rows.length ?? 0;
    await screen.findByText(
      en.timelineWritten
        .replace("{{products}}", String(products - 1))
        .replace("{{weeks}}", String(layout.weeks.length))
        .replace("{{year}}", String(YEAR))
    );
    // Week cells are formulas on the workbook's own Products sheet.
    const formulas = layout.rows
      .flat()
      .filter((c) => typeof c === "object" && c !== null && "formula" in c);
    expect(formulas.some((c) => "formula" in c && /Products!/.test(c.formula))).toBe(true);
  });

  it("shows the error when the write fails", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    port.writeTimeline.mockRejectedValueOnce(new Error("GeneralException"));
    const { unmount } = renderPane(port);
    fireEvent.click(await findButton(en.writeTimeline));
    await screen.findByText(en.errorTitle);
    unmount();
  });
});
