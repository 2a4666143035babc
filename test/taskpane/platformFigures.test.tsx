/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { SheetInput } from "../../src/core/read/readPlan";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort } from "./fakePort";
import { button, isPressable } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];
jest.setTimeout(30_000);

const fill = (text: string, params: Record<string, string | number>): string =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), text);

/** A planner's Platforms sheet: Note moved to B, Tmall's window typed, JD blank, Douyin in Chinese, no Pinduoduo. */
function platformsSheet(): SheetInput {
  return {
    name: "Platforms",
    rows: [
      [
        "Platform",
        "Note",
        "Reference price days",
        "Min discount below lowest",
        "Price protection days after",
        "Max deposit share",
        "Min deposit",
      ],
      ["Tmall", "our own note", 20, null, null, null, null],
      ["JD", null, null, null, null, null, null],
      ["抖音", null, null, null, null, null, null],
    ],
  };
}

describe("Fill platform figures (Plan tab)", () => {
  it("writes the published figures into blank cells only, keeps what was typed, names a platform without a row", async () => {
    const port = fakePort({ sheets: [platformsSheet()] });
    renderPane(port);
    const b = button(en.fillPlatformFigures);
    await waitFor(() => expect(isPressable(b)).toBe(true));
    expect(b).toHaveAccessibleDescription(en.platformFiguresNote);
    fireEvent.click(b);
    await screen.findByText(
      [
        fill(en.platformFiguresFilled, { cells: 8, sheet: "Platforms" }),
        fill(en.platformFiguresKept, { kept: 1, list: "Platforms!C2" }),
        fill(en.platformFiguresMissing, { platforms: "Pinduoduo" }),
      ].join(" ")
    );
    expect(port.writeCells).toHaveBeenCalledTimes(1);
    const written = port.writeCells.mock.calls[0][0] as { address: string; value: unknown }[];
    // Tmall's Note is the planner's own: kept, and not listed as a figure.
    expect(written.map((c) => c.address)).toEqual([
      "Platforms!D2",
      "Platforms!E2",
      "Platforms!C3",
      "Platforms!F3",
      "Platforms!G3",
      "Platforms!B3",
      "Platforms!C4",
      "Platforms!B4",
    ]);
    const at = new Map(written.map((c) => [c.address, c.value]));
    expect(at.get("Platforms!D2")).toBe(0);
    expect(at.get("Platforms!E2")).toBe(15);
    expect(at.has("Platforms!C2")).toBe(false);
    expect(at.has("Platforms!B2")).toBe(false);
    expect(at.get("Platforms!F3")).toBe(0.2);
    expect(at.get("Platforms!G3")).toBe(10);
    expect(at.get("Platforms!C4")).toBe(14);
    expect(String(at.get("Platforms!B3"))).toContain("check this year's announcement");
  });

  it("says to run Create / update first without a Platforms sheet, and writes nothing (简体中文)", async () => {
    const port = fakePort({ sheets: [], displayLanguage: "zh-CN" });
    renderPane(port);
    const b = button(zh.fillPlatformFigures);
    await waitFor(() => expect(isPressable(b)).toBe(true));
    fireEvent.click(b);
    await screen.findByText(zh.platformFiguresNoSheet);
    expect(port.writeCells).not.toHaveBeenCalled();
  });
});
