/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { readPlan } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { workbookTimeline } from "../../src/core/timeline/workbookTimeline";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets, YEAR } from "./fakePort";
import { expectDisabledFocusable, findButton, isPressable } from "./queries";
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

  it("takes the layout from the port where it makes one (the preview's plan worker)", async () => {
    const sheets = sampleSheets();
    const made = workbookTimeline(readPlan({ sheets }), "en", YEAR);
    const timelineOf = jest.fn(async () => ({ layout: made, products: 1234 }));
    const port = Object.assign(fakePort({ sheets }), { timelineOf });
    renderPane(port);
    const yearBox = screen.getByRole("spinbutton", { name: en.planYear }) as HTMLInputElement;
    await waitFor(() => expect(yearBox.value).toBe(String(YEAR)));
    fireEvent.click(await findButton(en.writeTimeline));
    await waitFor(() => expect(port.writeTimeline).toHaveBeenCalledTimes(1));
    expect(timelineOf).toHaveBeenCalledWith("en", YEAR);
    expect(port.writeTimeline.mock.calls[0][0]).toBe(made);
    await screen.findByText(
      en.timelineWritten
        .replace("{{products}}", "1234")
        .replace("{{weeks}}", String(made.weeks.length))
        .replace("{{year}}", String(YEAR))
    );
  });

  it.each<[Lang, string]>([
    ["en", "Calendar"],
    ["zh-CN", "日历"],
  ])(
    "a workbook without a Calendar (%s): no formula names it, and the result says so",
    async (lang, calendar) => {
      const texts = paneTexts[lang];
      const sheets = sampleSheets(lang).filter((s) => s.name !== calendar);
      const port = fakePort({ sheets, displayLanguage: lang });
      renderPane(port);
      fireEvent.click(await findButton(texts.writeTimeline));
      await waitFor(() => expect(port.writeTimeline).toHaveBeenCalledTimes(1));
      const [layout] = port.writeTimeline.mock.calls[0];
      expect(layout.missing).toEqual(["calendar"]);
      const formulas = layout.rows
        .flat()
        .filter((c) => typeof c === "object" && c !== null && "formula" in c)
        .map((c) => ("formula" in c ? c.formula : ""));
      expect(formulas.length).toBeGreaterThan(100);
      expect(formulas.filter((f) => f.includes(`${calendar}!`))).toEqual([]);
      expect(layout.fills.filter((f) => f.formula.includes(`${calendar}!`))).toEqual([]);
      await screen.findByText(texts.timelineMissing.replace("{{sheets}}", calendar), {
        exact: false,
      });
    }
  );

  it("shows the error when the write fails", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    port.writeTimeline.mockRejectedValueOnce(new Error("GeneralException"));
    const { unmount } = renderPane(port);
    fireEvent.click(await findButton(en.writeTimeline));
    const title = await screen.findByText(en.errorTitle);
    expect(title.closest('[role="alert"]')).toHaveTextContent("GeneralException");
    expect(title.closest('[role="alert"]')).toHaveTextContent(en.errorNext);
    unmount();
  });

  it.each<Lang>(["en", "zh-CN"])(
    "a part of the add-in that does not load (%s): the error bar says to reopen the pane, not Excel's usual advice",
    async (lang) => {
      const texts = paneTexts[lang];
      const port = fakePort({ sheets: sampleSheets(lang), displayLanguage: lang });
      // What webpack's runtime rejects a lazy import with when the chunk's script fails (an add-in redeployed since).
      const failed = Object.assign(
        new Error("Loading chunk 512 failed.\n(missing: https://localhost:3000/512.js)"),
        { name: "ChunkLoadError" }
      );
      port.writeTimeline.mockRejectedValueOnce(failed);
      const { unmount } = renderPane(port);
      fireEvent.click(await findButton(texts.writeTimeline));
      const bar = (await screen.findByText(texts.errorTitle)).closest('[role="alert"]');
      expect(bar).toHaveTextContent(
        texts.partNotLoaded.replace("{{message}}", "Loading chunk 512"),
        {
          normalizeWhitespace: true,
        }
      );
      expect(bar).toHaveTextContent(texts.tabFailedNext);
      expect(bar).not.toHaveTextContent(texts.errorNext);
      unmount();
    }
  );

  it.each<[Lang, string]>([
    ["en", "Timeline"],
    ["zh-CN", "时间线"],
  ])(
    "a planner's own sheet named like the Timeline (%s): the error bar names it and says to rename it",
    async (lang, name) => {
      const texts = paneTexts[lang];
      const port = fakePort({ sheets: sampleSheets(lang), displayLanguage: lang });
      port.writeTimeline.mockRejectedValueOnce(new OutputSheetConflict(name));
      renderPane(port);
      fireEvent.click(await findButton(texts.writeTimeline));
      const title = await screen.findByText(texts.errorTitle);
      const alert = title.closest('[role="alert"]');
      expect(alert).toHaveTextContent(
        `${texts.outputSheetConflict.replace("{{sheet}}", name)}${texts.timelineConflictNext}`
      );
      expect(alert).not.toHaveTextContent(texts.errorNext);
      expect(screen.queryByText(texts.timelineWritten.split("{{")[0], { exact: false })).toBeNull();
      // Dismissed, the usual advice comes back for the next failure.
      fireEvent.click(screen.getByText(texts.dismiss, { selector: "button" }));
      await waitFor(() => expect(screen.queryByText(texts.errorTitle)).toBeNull());
      port.writeTimeline.mockRejectedValueOnce(new Error("GeneralException"));
      fireEvent.click(await findButton(texts.writeTimeline));
      const again = await screen.findByText(texts.errorTitle);
      expect(again.closest('[role="alert"]')).toHaveTextContent(texts.errorNext);
    }
  );

  it("without a plan year: disabled but focusable, described by its note", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    renderPane(port);
    const write = await findButton(en.writeTimeline);
    await waitFor(() => expect(isPressable(write)).toBe(true));
    expect(write).toHaveAccessibleDescription(en.timelineNote);
    const yearBox = screen.getByRole("spinbutton", { name: en.planYear });
    fireEvent.change(yearBox, { target: { value: "12" } });
    fireEvent.blur(yearBox);
    await screen.findByText("Enter a plan year from 1901 to 9998.");
    expectDisabledFocusable(write);
    act(() => write.focus());
    expect(write).toHaveFocus();
    expect(write).toHaveAccessibleDescription(en.timelineNote);
    fireEvent.click(write);
    await act(() => Promise.resolve());
    expect(port.writeTimeline).not.toHaveBeenCalled();
  });
});
