/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/core/finding";
import type { SheetInput } from "../../src/core/read/readPlan";
import { readPlan } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { countFindings, validatePlan } from "../../src/core/validate";
import { paneTexts, ruleTitles } from "../../src/taskpane/i18n";
import { groupByRule } from "../../src/taskpane/model/findingGroups";
import { cleanSheets, fakePort, sampleSheets, type FakePort } from "./fakePort";
import { button, findButton } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

// Role queries compute accessible names through jsdom's getComputedStyle over Fluent's CSS: slow, not stuck.
jest.setTimeout(30_000);

function expectedFindings(sheets: SheetInput[], lang: Lang = "en"): Finding[] {
  const plan = readPlan({ sheets });
  return validatePlan(plan, plan.settings, { lang });
}

/** Opens the Validate tab and runs "Validate plan"; resolves when the counts are shown. */
async function validate(port: FakePort, texts = en): Promise<void> {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: texts.tabValidate }));
  fireEvent.click(button(texts.validate));
  await screen.findByText(new RegExp(`^${texts.countErrors} \\d+$`));
}

const titleOf = (rule: string, lang: Lang = "en"): string =>
  ruleTitles[lang][rule as keyof (typeof ruleTitles)["en"]];

const groupHeader = (rule: string, lang: Lang = "en"): HTMLElement =>
  screen.getByText(titleOf(rule, lang)).closest("button") as HTMLElement;

function openGroup(rule: string, lang: Lang = "en"): HTMLElement {
  const header = groupHeader(rule, lang);
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
  return screen.getByRole("list", { name: titleOf(rule, lang) });
}

/** The clickable rows of the findings shown (grouped and waived). A DOM query: role queries are slow to poll. */
const findingRows = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('li > div[role="button"]'),
];

/** The rule groups' headers (Fluent's AccordionHeader buttons). */
const groupHeaders = (): HTMLElement[] => {
  const section = screen.queryByRole("region", { name: en.findingsByRule });
  return section ? [...section.querySelectorAll<HTMLElement>("button[aria-expanded]")] : [];
};

const rowOf = (address: string): HTMLElement => {
  const row = findingRows().find((r) => r.textContent?.startsWith(address));
  if (!row) throw new Error(`no finding row for ${address}`);
  return row;
};

/** The waiver dialog and its Reason box. */
async function waiverDialog(): Promise<{ dialog: HTMLElement; reason: HTMLElement }> {
  const dialog = await screen.findByRole("dialog");
  return { dialog, reason: within(dialog).getByRole("textbox", { name: /Reason/ }) };
}

describe("Validate tab", () => {
  const sheets = sampleSheets();
  const expected = expectedFindings(sheets);
  const counts = countFindings(expected);
  const groups = groupByRule(expected.filter((f) => !f.waived));

  it("needs a plan with errors, warnings and a waiver to test against", () => {
    expect(counts.error).toBeGreaterThan(3);
    expect(counts.warning).toBeGreaterThan(3);
    expect(counts.waived).toBeGreaterThan(0);
    expect(groups.some((g) => g.findings.length > 1)).toBe(true);
  });

  it("shows the findings grouped by rule, with severity badges and counts", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    expect(screen.getByText(`${en.countErrors} ${counts.error}`)).toBeInTheDocument();
    expect(screen.getByText(`${en.countWarnings} ${counts.warning}`)).toBeInTheDocument();
    expect(screen.getByText(`${en.countWaived} ${counts.waived}`)).toBeInTheDocument();
    expect(screen.queryByText(en.allClear)).toBeNull();

    const section = screen.getByRole("region", { name: en.findingsByRule });
    const headers = within(section).getAllByRole("button");
    expect(headers).toEqual(groupHeaders());
    expect(headers).toHaveLength(groups.length);
    // Errors first, each header with its title, severity and count.
    headers.forEach((h, i) => {
      const g = groups[i];
      expect(h).toHaveTextContent(ruleTitles.en[g.rule as keyof (typeof ruleTitles)["en"]]);
      expect(h).toHaveTextContent(g.severity === "error" ? en.severityError : en.severityWarning);
      expect(h).toHaveTextContent(g.rule);
      expect(within(h).getByText(String(g.findings.length))).toBeInTheDocument();
    });
    const multi = groups.find((g) => g.findings.length > 1)!;
    const list = openGroup(multi.rule);
    expect(within(list).getAllByRole("listitem")).toHaveLength(multi.findings.length);
    for (const f of multi.findings) expect(within(list).getByText(f.message)).toBeInTheDocument();
  });

  it("shows waived findings apart, with their reasons", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const waived = expected.filter((f) => f.waived);
    const list = screen.getByRole("list", { name: en.waivedTitle });
    expect(within(list).getAllByRole("listitem")).toHaveLength(waived.length);
    expect(list).toHaveTextContent(`Waived: ${waived[0].reason}`);
    expect(
      screen.getByRole("heading", { name: `${en.waivedTitle} (${waived.length})` })
    ).toBeInTheDocument();
    // Not among the groups.
    const section = screen.getByRole("region", { name: en.findingsByRule });
    expect(within(section).queryByText(waived[0].address)).toBeNull();
  });

  it("narrows the list by severity and by sheet", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    fireEvent.click(screen.getByRole("combobox", { name: en.filterSeverity }));
    fireEvent.click(screen.getByRole("option", { name: en.severityWarnings }));
    const warningGroups = groups.filter((g) => g.severity === "warning");
    await waitFor(() => expect(groupHeaders()).toHaveLength(warningGroups.length));
    const section = screen.getByRole("region", { name: en.findingsByRule });
    expect(within(section).queryByText(en.severityError)).toBeNull();
    expect(within(section).getAllByText(en.severityWarning)).toHaveLength(warningGroups.length);

    fireEvent.click(screen.getByRole("combobox", { name: en.filterSheet }));
    fireEvent.click(screen.getByRole("option", { name: "Regions" }));
    const regionWarnings = expected.filter(
      (f) => !f.waived && f.severity === "warning" && f.sheet === "Regions"
    );
    await waitFor(() =>
      expect(
        screen.getByText(`Showing ${regionWarnings.length} of ${expected.length} findings.`)
      ).toBeInTheDocument()
    );
    const only = groupByRule(regionWarnings);
    expect(groupHeaders()).toHaveLength(only.length);
    // The waived finding is on Products: filtered out too.
    expect(screen.queryByRole("list", { name: en.waivedTitle })).toBeNull();
  });

  it("searches rule ids, messages and addresses, case-insensitively", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const search = screen.getByRole("searchbox", { name: en.search });
    const target = expected.find((f) => !f.waived && f.sheet === "Budget")!;

    fireEvent.change(search, { target: { value: target.address.toLowerCase() } });
    await waitFor(() => expect(findingRows()).toHaveLength(1));
    expect(findingRows()[0]).toHaveTextContent(target.message);

    fireEvent.change(search, { target: { value: "promo_too_frequent" } });
    const frequent = expected.filter((f) => f.rule === "PROMO_TOO_FREQUENT" && !f.waived);
    await waitFor(() => expect(findingRows()).toHaveLength(frequent.length));

    const words = target.message.split(" ").slice(0, 3).join(" ").toUpperCase();
    fireEvent.change(search, { target: { value: words } });
    await waitFor(() =>
      expect(findingRows().map((r) => r.textContent)).toContain(
        `${target.address}${target.message}`
      )
    );

    fireEvent.change(search, { target: { value: "no such thing anywhere" } });
    expect(await screen.findByText(en.noMatch)).toBeInTheDocument();
    expect(findingRows()).toHaveLength(0);
  });

  it("selects a finding's cell on click and on Enter or Space, and shows its related cells", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const f = expected.find((x) => x.rule === "PRICE_SPREAD")!;
    openGroup(f.rule);
    const row = rowOf(f.address);
    expect(row).toHaveAttribute("tabindex", "0");
    fireEvent.click(row);
    await waitFor(() => expect(port.select).toHaveBeenCalledWith(f.address));
    expect(row).toHaveAttribute("aria-expanded", "true");
    const related = screen.getByRole("list", { name: en.relatedCells });
    expect(
      within(related)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(f.related);

    fireEvent.click(within(related).getByRole("button", { name: `Go to ${f.related[1]}` }));
    await waitFor(() => expect(port.select).toHaveBeenLastCalledWith(f.related[1]));

    const other = expected.find((x) => x.rule === "BUDGET_OVER_CAP")!;
    openGroup(other.rule);
    fireEvent.keyDown(rowOf(other.address), { key: "Enter" });
    await waitFor(() => expect(port.select).toHaveBeenLastCalledWith(other.address));
    const third = expected.find((x) => x.rule === "BUDGET_FORBIDDEN")!;
    openGroup(third.rule);
    fireEvent.keyDown(rowOf(third.address), { key: " " });
    await waitFor(() => expect(port.select).toHaveBeenLastCalledWith(third.address));
    fireEvent.keyDown(rowOf(third.address), { key: "a" });
    expect(port.select).toHaveBeenCalledTimes(4);
  });

  it("labels every control and lets the keyboard reach every finding", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const f = expected.find((x) => x.rule === "PRICE_SPREAD")!;
    openGroup(f.rule);
    fireEvent.click(rowOf(f.address));
    await findButton(en.waive);
    const panel = screen.getByRole("tabpanel");
    const controls = [
      ...within(panel).getAllByRole("button"),
      ...within(panel).getAllByRole("combobox"),
      ...within(panel).getAllByRole("searchbox"),
      ...within(panel).getAllByRole("switch"),
    ];
    expect(controls.length).toBeGreaterThan(groups.length + 8);
    for (const c of controls) expect(c).toHaveAccessibleName();
    expect(screen.getByRole("list", { name: en.waivedTitle })).toBeInTheDocument();
  });

  it("gives each list one tab stop, from which the arrow keys reach every finding of it", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const multi = groups.find((g) => g.findings.length > 1)!;
    const list = openGroup(multi.rule);
    const rows = [...list.querySelectorAll<HTMLElement>('li > div[role="button"]')];
    expect(rows.filter((r) => r.tabIndex === 0)).toEqual([rows[0]]);
    act(() => rows[0].focus());
    const reached = [document.activeElement?.textContent];
    for (let i = 1; i < multi.findings.length; i++) {
      fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
      reached.push(document.activeElement?.textContent);
    }
    expect(reached).toEqual(multi.findings.map((f) => `${f.address}${f.message}`));
    // The focused row is now the list's tab stop; Home goes back to the first.
    expect(document.activeElement).toHaveAttribute("tabindex", "0");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement).toBe(rows[0]);
  });

  it("waives a finding: the reason is required, then a Waivers row is written and the plan re-validated", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await validate(port);
    const f = expected.find((x) => x.rule === "PROMO_TOO_LONG")!;
    openGroup(f.rule);
    fireEvent.click(rowOf(f.address));
    fireEvent.click(await findButton(en.waive));

    const { dialog, reason } = await waiverDialog();
    expect(dialog).toHaveTextContent(`${ruleTitles.en.PROMO_TOO_LONG} at ${f.address}`);
    fireEvent.click(button(en.waiveConfirm, dialog));
    expect(await within(dialog).findByText(en.waiveReasonRequired)).toBeInTheDocument();
    expect(port.addWaiver).not.toHaveBeenCalled();

    fireEvent.change(reason, {
      target: { value: "  618 runs four days by the platform's rules " },
    });
    fireEvent.change(within(dialog).getByLabelText(en.waiveUntil), {
      target: { value: "2027-06-30" },
    });
    fireEvent.change(within(dialog).getByRole("textbox", { name: en.waiveOwner }), {
      target: { value: "Li Na" },
    });
    const readsBefore = port.readSheets.mock.calls.length;
    fireEvent.click(button(en.waiveConfirm, dialog));

    await waitFor(() => expect(port.addWaiver).toHaveBeenCalledTimes(1));
    expect(port.addWaiver).toHaveBeenCalledWith(
      {
        rule: "PROMO_TOO_LONG",
        target: f.address,
        reason: "618 runs four days by the platform's rules",
        until: 46568, // 2027-06-30
        owner: "Li Na",
      },
      "en"
    );
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(port.readSheets.mock.calls.length).toBeGreaterThan(readsBefore));
    await screen.findByText(`${en.countWaived} ${counts.waived + 1}`);
    expect(screen.getByText(`${en.countErrors} ${counts.error - 1}`)).toBeInTheDocument();
    // Back in the accessibility tree once the modal let go of the page (Tabster restores it asynchronously).
    const waivedList = await screen.findByRole("list", { name: en.waivedTitle });
    expect(waivedList).toHaveTextContent("Waived: 618 runs four days by the platform's rules");
    // The finding and its Waive… button left the list: focus goes to the waived findings, not to the page's start.
    expect(
      screen.getByRole("heading", { name: `${en.waivedTitle} (${counts.waived + 1})` })
    ).toHaveFocus();
    expect(
      screen.getByText(`Waiver added for ${ruleTitles.en.PROMO_TOO_LONG} at ${f.address}.`)
    ).toBeInTheDocument();
  });

  it("keeps the waiver dialog open with the error when the port fails", async () => {
    const port = fakePort({ sheets });
    port.addWaiver.mockRejectedValue(new Error("Waivers sheet is protected"));
    await validate(port);
    const f = groups[0].findings[0];
    openGroup(f.rule);
    fireEvent.click(rowOf(f.address));
    fireEvent.click(await findButton(en.waive));
    const { dialog, reason } = await waiverDialog();
    fireEvent.change(reason, { target: { value: "agreed" } });
    fireEvent.click(button(en.waiveConfirm, dialog));
    expect(await within(dialog).findByText("Waivers sheet is protected")).toBeInTheDocument();
    fireEvent.click(button(en.cancel, dialog));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("highlights the unwaived findings, clears highlights and writes the Findings sheet", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const unwaived = expected.filter((f) => !f.waived);

    fireEvent.click(button(en.highlight));
    await waitFor(() => expect(port.highlight).toHaveBeenCalledTimes(1));
    expect(port.highlight.mock.calls[0][0]).toEqual(
      unwaived.map((f) => ({ address: f.address, severity: f.severity }))
    );
    expect(
      await screen.findByText(`Highlighted ${unwaived.length} cells in the sheets.`)
    ).toBeInTheDocument();

    fireEvent.click(button(en.clearHighlights));
    await waitFor(() => expect(port.clearHighlights).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(en.highlightsCleared)).toBeInTheDocument();

    fireEvent.click(button(en.writeFindings));
    await waitFor(() => expect(port.writeFindings).toHaveBeenCalledTimes(1));
    expect(port.writeFindings).toHaveBeenCalledWith(expected, "en");
    expect(
      await screen.findByText(`Findings sheet written with ${expected.length} rows.`)
    ).toBeInTheDocument();
  });

  it("says plainly when the plan keeps every rule", async () => {
    const port = fakePort({ sheets: cleanSheets() });
    expect(expectedFindings(cleanSheets())).toEqual([]);
    await validate(port);
    expect(screen.getByText(en.allClear)).toBeInTheDocument();
    expect(screen.getByText(`${en.countErrors} 0`)).toBeInTheDocument();
    expect(button(en.highlight)).toBeDisabled();
    expect(screen.queryByRole("region", { name: en.findingsByRule })).toBeNull();
  });

  it("says the workbook has no plan yet instead of calling it clean", async () => {
    const port = fakePort({ sheets: [{ name: "Sheet1", rows: [["hello"]] }] });
    renderPane(port);
    fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
    fireEvent.click(button(en.validate));
    expect(await screen.findByText(en.noPlanTitle)).toBeInTheDocument();
    expect(screen.queryByText(en.allClear)).toBeNull();
  });

  it("shows a port error in an error bar instead of crashing", async () => {
    const port = fakePort({ sheets });
    port.readSheets.mockRejectedValue(
      new Error("RichApi.Error: The request payload size has exceeded the limit.")
    );
    renderPane(port);
    fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
    fireEvent.click(button(en.validate));
    const text = await screen.findByText(
      "RichApi.Error: The request payload size has exceeded the limit."
    );
    expect(text.closest("[role=alert]")).toHaveTextContent(en.errorTitle);
    expect(button(en.validate)).toBeEnabled();
  });

  it("shows a failed select as an error", async () => {
    const port = fakePort({ sheets });
    port.select.mockRejectedValue(new Error("Sheet Promotions was deleted"));
    await validate(port);
    const f = groups[0].findings[0];
    openGroup(f.rule);
    fireEvent.click(rowOf(f.address));
    expect(await screen.findByText("Sheet Promotions was deleted")).toBeInTheDocument();
  });

  it("speaks Chinese when the host does: texts, rule titles and messages", async () => {
    const zhSheets = sampleSheets("zh-CN");
    const port = fakePort({ sheets: zhSheets, displayLanguage: "zh-CN" });
    await validate(port, zh);
    const zhExpected = expectedFindings(zhSheets, "zh-CN");
    const zhCounts = countFindings(zhExpected);
    expect(screen.getByText(`${zh.countErrors} ${zhCounts.error}`)).toBeInTheDocument();
    expect(button(zh.highlight)).toBeInTheDocument();
    const g = groupByRule(zhExpected.filter((f) => !f.waived))[0];
    const list = openGroup(g.rule, "zh-CN");
    expect(within(list).getByText(g.findings[0].message)).toBeInTheDocument();
    expect(g.findings[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("renders the findings again in the language chosen on the Plan tab, without re-reading", async () => {
    const port = fakePort({ sheets });
    await validate(port);
    const reads = port.readSheets.mock.calls.length;
    fireEvent.click(screen.getByRole("tab", { name: en.tabPlan }));
    fireEvent.click(screen.getByRole("combobox", { name: en.language }));
    fireEvent.click(await screen.findByRole("option", { name: "简体中文" }));
    fireEvent.click(await screen.findByRole("tab", { name: zh.tabValidate }));
    const zhExpected = expectedFindings(sheets, "zh-CN");
    const g = groupByRule(zhExpected.filter((f) => !f.waived))[0];
    const list = openGroup(g.rule, "zh-CN");
    expect(within(list).getByText(g.findings[0].message)).toBeInTheDocument();
    expect(port.readSheets.mock.calls.length).toBe(reads);
  });

  describe("live re-validation", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("re-validates 500 ms after the last edit of a plan sheet, not after output sheets", async () => {
      const port = fakePort({ sheets: cleanSheets() });
      renderPane(port);
      fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
      expect(port.onChange).not.toHaveBeenCalled(); // nothing shown yet: nothing to keep fresh
      fireEvent.click(button(en.validate));
      await screen.findByText(en.allClear);
      await waitFor(() => expect(port.listeners.size).toBe(1));
      const reads = port.readSheets.mock.calls.length;

      // The planner types a promotion price below the list price… twice in quick succession.
      port.sheets = [
        ...cleanSheets(),
        {
          name: "Budget",
          rows: [
            ["Channel", "Amount"],
            ["Fake orders", 100],
          ],
        },
      ];
      act(() => port.emitChange("Budget"));
      act(() => jest.advanceTimersByTime(300));
      act(() => port.emitChange("Budget"));
      act(() => jest.advanceTimersByTime(499));
      expect(port.readSheets.mock.calls.length).toBe(reads);
      act(() => port.emitChange("Findings"));
      await act(async () => jest.advanceTimersByTime(1));
      await waitFor(() => expect(port.readSheets.mock.calls.length).toBe(reads + 1));
      expect(await screen.findByText(`${en.countErrors} 1`)).toBeInTheDocument();

      act(() => port.emitChange("Findings"));
      await act(async () => jest.advanceTimersByTime(1000));
      expect(port.readSheets.mock.calls.length).toBe(reads + 1);
    });

    it("stops listening when switched off", async () => {
      const port = fakePort({ sheets: cleanSheets() });
      renderPane(port);
      fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
      fireEvent.click(button(en.validate));
      await screen.findByText(en.allClear);
      await waitFor(() => expect(port.listeners.size).toBe(1));
      fireEvent.click(screen.getByRole("switch", { name: en.autoValidate }));
      expect(port.listeners.size).toBe(0);
    });

    it("keeps the toggle in the workbook, so co-authors share it", async () => {
      const port = fakePort({ sheets: cleanSheets() });
      renderPane(port);
      fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
      const toggle = screen.getByRole("switch", { name: en.autoValidate });
      expect(toggle).toBeChecked();
      fireEvent.click(toggle);
      await waitFor(() => expect(port.settings.get("autoValidate")).toBe("false"));
    });

    it("starts from the workbook's stored toggle", async () => {
      const port = fakePort({ sheets: cleanSheets(), settings: { autoValidate: "false" } });
      renderPane(port);
      fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
      await waitFor(() =>
        expect(screen.getByRole("switch", { name: en.autoValidate })).not.toBeChecked()
      );
      fireEvent.click(button(en.validate));
      await screen.findByText(en.allClear);
      expect(port.listeners.size).toBe(0);
    });
  });
});
