/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { planBudget } from "../../src/core/budget";
import { readPlan } from "../../src/core/read/readPlan";
import { paneTexts } from "../../src/taskpane/i18n";
import { amountChanges, BUDGET_UNDO_SETTING } from "../../src/taskpane/model/budgetChanges";
import { fakePort, sampleSheets, type FakePort } from "./fakePort";
import { button, findButton, queryButton } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

/** The Amount of each Budget line, as the fake workbook holds it now. */
function amounts(port: FakePort): Map<string, unknown> {
  const plan = readPlan({ sheets: port.sheets });
  return new Map(plan.budget.map((l) => [`Budget!${l.cols.amount}${l.row}`, l.v.amount]));
}

async function openBudget(port: FakePort, texts = en): Promise<void> {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: texts.tabBudget }));
  await screen.findByText(texts.budgetTotal);
}

describe("Budget tab", () => {
  it("shows the allocation per channel against the planner's split, with notes and gains", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await openBudget(port);
    const expected = planBudget(readPlan({ sheets: sampleSheets() }), {
      objective: "orders",
      lang: "en",
    });
    for (const ch of expected.allocation.channels) {
      const card = screen.getByRole("region", { name: ch.channel });
      expect(within(card).getByText(en.budgetProposed)).toBeInTheDocument();
      expect(within(card).getByText(/^Gain over your split/)).toBeInTheDocument();
    }
    // The sample's 刷单 line gets nothing, and a note says why.
    const fake = expected.allocation.channels.find((c) => c.status === "forbidden");
    expect(fake).toBeDefined();
    const card = screen.getByRole("region", { name: fake?.channel ?? "" });
    expect(within(card).getByText(en.budgetForbidden)).toBeInTheDocument();
    expect(within(card).getByText("¥0", { selector: "td" })).toBeInTheDocument();
    expect(screen.getByText(/fake orders \(刷单\) are forbidden/)).toBeInTheDocument();
    // The sample's saturated channel gets the seed's CPC advice.
    expect(expected.advice.length).toBeGreaterThan(0);
    const advice = screen.getByRole("region", { name: en.budgetAdviceTitle });
    expect(within(advice).getByText(expected.advice[0].message)).toBeInTheDocument();
    expect(port.writeCells).not.toHaveBeenCalled();
    // The Daily trends and the Warehousing summary live on the Trends tab.
    expect(screen.queryByRole("region", { name: en.trendsTitle })).toBeNull();
    expect(screen.queryByRole("region", { name: en.warehousingTitle })).toBeNull();
  });

  it("recomputes for revenue when the planner picks it", async () => {
    // New media's orders are worth far more than the others': the revenue objective gives it more.
    const sheets = sampleSheets();
    const budgetSheet = sheets.find((s) => s.name === "Budget");
    const header = budgetSheet?.rows[0] ?? [];
    const row = budgetSheet?.rows.find((r) => r[0] === "New media") ?? [];
    row[header.indexOf("Expected revenue")] = 2_000_000;
    const plan = readPlan({ sheets });
    const spendOf = (objective: "orders" | "revenue"): number =>
      planBudget(plan, { objective, lang: "en" }).allocation.channels.find(
        (c) => c.channel === "New media"
      )?.allocated.spend ?? NaN;
    expect(spendOf("revenue")).toBeGreaterThan(spendOf("orders"));

    const port = fakePort({ sheets });
    await openBudget(port);
    const proposed = (): string =>
      within(screen.getByRole("region", { name: "New media" })).getAllByRole("cell")[1]
        .textContent ?? "";
    expect(proposed()).toBe(`¥${spendOf("orders").toLocaleString("en-US")}`);
    fireEvent.click(screen.getByLabelText(en.objectiveRevenue));
    await waitFor(() => expect(proposed()).toBe(`¥${spendOf("revenue").toLocaleString("en-US")}`));
  });

  it("lists the changes in a dialog, writes the Amount cells on confirm, and Undo restores them", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const before = amounts(port);
    const changes = amountChanges(
      planBudget(readPlan({ sheets: port.sheets }), { objective: "orders", lang: "en" }).allocation
    );
    expect(changes.length).toBeGreaterThan(0);
    await openBudget(port);

    fireEvent.click(await findButton(en.applyAllocation));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(en.applyTitle)).toBeInTheDocument();
    const items = within(dialog).getAllByRole("listitem");
    expect(items).toHaveLength(changes.length);
    expect(items[0]).toHaveTextContent(changes[0].address);
    expect(port.writeCells).not.toHaveBeenCalled();

    fireEvent.click(button(en.applyConfirm, dialog));
    await screen.findByText(en.applied.replace("{{count}}", String(changes.length)));
    expect(port.writeCells).toHaveBeenCalledTimes(1);
    expect(port.writeCells.mock.calls[0][0]).toEqual(
      changes.map((c) => ({ address: c.address, value: c.to }))
    );
    const after = amounts(port);
    for (const c of changes) expect(after.get(c.address)).toBe(c.to);
    expect(JSON.parse(port.settings.get(BUDGET_UNDO_SETTING) ?? "")).toEqual({
      cells: changes.map((c) => ({ address: c.address, value: c.from })),
    });
    // Applied: the proposal now matches the sheet.
    await waitFor(() => expect(button(en.applyAllocation)).toBeDisabled());

    fireEvent.click(await findButton(en.undoAllocation));
    await screen.findByText(en.undone);
    expect(amounts(port)).toEqual(before);
    expect(port.settings.get(BUDGET_UNDO_SETTING)).toBe("");
    expect(queryButton(en.undoAllocation)).toBeNull();
  });

  it("Cancel writes nothing", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await openBudget(port);
    fireEvent.click(await findButton(en.applyAllocation));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(button(en.cancel, dialog));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(port.writeCells).not.toHaveBeenCalled();
    expect(port.setSetting).not.toHaveBeenCalled();
  });

  it("offers Undo from a kept undo document when the tab opens", async () => {
    const port = fakePort({
      sheets: sampleSheets(),
      settings: {
        [BUDGET_UNDO_SETTING]: JSON.stringify({ cells: [{ address: "Budget!B2", value: 123 }] }),
      },
    });
    await openBudget(port);
    fireEvent.click(await findButton(en.undoAllocation));
    await screen.findByText(en.undone);
    expect(port.writeCells).toHaveBeenCalledWith([{ address: "Budget!B2", value: 123 }]);
  });

  it("says so when the Budget sheet is empty", async () => {
    renderPane(fakePort());
    fireEvent.click(screen.getByRole("tab", { name: en.tabBudget }));
    await screen.findByText(en.budgetEmpty);
    expect(screen.queryByText(en.budgetTotal)).toBeNull();
  });

  it("speaks 简体中文", async () => {
    const port = fakePort({ sheets: sampleSheets("zh-CN"), displayLanguage: "zh-CN" });
    await openBudget(port, zh);
    expect(screen.getByText(zh.applyAllocation, { selector: "button" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "刷单" })).toBeInTheDocument();
  });
});
