/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets, cleanSheets, type FakePort } from "./fakePort";
import { isPressable } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

jest.setTimeout(60_000);

async function openReview(port: FakePort, texts = en): Promise<HTMLElement> {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: texts.tabReview }));
  await screen.findByRole("region", { name: texts.reviewPromotions });
  return screen.getByRole("tabpanel");
}

describe("Review tab", () => {
  it("lists the sample's promotions by margin; one opens to its numbers and the chart of its days", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openReview(port);
    const promotions = within(panel).getByRole("region", { name: en.reviewPromotions });
    expect(within(promotions).getByText("Sales up to 2027-11-10.")).toBeInTheDocument();
    const headers = within(promotions).getAllByRole("button");
    // PC-206's and PC-208's 618 promotions earned most; the promotions without sales come last.
    expect(headers[0]).toHaveTextContent(/^PC-206 · Tmall · 618 main days/);
    expect(headers[0]).toHaveTextContent(/done · margin ¥/);
    expect(headers.some((h) => /in progress, day 2 of 3/.test(h.textContent ?? ""))).toBe(true);
    expect(headers[headers.length - 1]).toHaveTextContent(/no sales recorded$/);
    fireEvent.click(headers[0]);
    const chart = await within(promotions).findByRole("img", {
      name: /^Units a day from 2027-06-09/,
    });
    expect(chart.querySelectorAll('rect[data-phase="during"]')).toHaveLength(3);
    expect(chart.querySelectorAll('rect[data-phase="baseline"]')).toHaveLength(7);
    const table = within(promotions)
      .getByRole("columnheader", { name: en.reviewBefore })
      .closest("table");
    expect(table).not.toBeNull();
    const row = within(table as HTMLElement).getByRole("row", { name: /Units a day/ });
    expect(row).toHaveTextContent(/%/);
    // A promotion without sales says so, and shows no numbers (never a zero lift).
    fireEvent.click(headers[headers.length - 1]);
    expect(await within(promotions).findByText(en.reviewNoSalesLong)).toBeInTheDocument();
  });

  it("shows stock cover with PC-206's restock, and the budget line spending ahead", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openReview(port);
    const stock = within(panel).getByRole("region", { name: en.reviewStockTitle });
    const pc206 = within(stock).getByRole("region", { name: "PC-206" });
    expect(pc206).toHaveTextContent(/Order \d+ more by 2027-11-25\./);
    const budget = within(panel).getByRole("region", { name: en.reviewBudgetTitle });
    expect(within(budget).getByRole("row", { name: /Livestream \/ KOL/ })).toHaveTextContent(
      /\+2\d(\.\d)?%/
    );
  });

  it("writes the Review sheet through the port; a planner's own sheet of that name is named in the error", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openReview(port);
    const button = within(panel).getByRole("button", { name: en.reviewWrite });
    await waitFor(() => expect(isPressable(button)).toBe(true));
    fireEvent.click(button);
    await within(panel).findByText(en.reviewWritten.replace("{{sheet}}", "Review"));
    expect(port.writeReview).toHaveBeenCalledTimes(1);
    const [layout] = port.writeReview.mock.calls[0];
    expect(layout.rows[0]).toEqual(["Promotion review (复盘)"]);
    port.writeReview.mockRejectedValueOnce(new OutputSheetConflict("Review"));
    fireEvent.click(button);
    expect(await within(panel).findByText(en.reviewConflictNext)).toBeInTheDocument();
  });

  it("says how to start when the Sales sheet has no rows", async () => {
    const port = fakePort({ sheets: cleanSheets() });
    renderPane(port);
    fireEvent.click(screen.getByRole("tab", { name: en.tabReview }));
    expect(
      await screen.findByText(en.reviewEmpty.replace("{{sales}}", "Sales"))
    ).toBeInTheDocument();
    expect(port.writeReview).not.toHaveBeenCalled();
  });

  it("speaks 简体中文 over a Chinese sample", async () => {
    const port = fakePort({ sheets: sampleSheets("zh-CN"), displayLanguage: "zh-CN" });
    const panel = await openReview(port, zh);
    const promotions = within(panel).getByRole("region", { name: zh.reviewPromotions });
    expect(within(promotions).getAllByRole("button")[0]).toHaveTextContent(/^PC-206 · 天猫/);
    expect(promotions).toHaveTextContent("无销售记录");
  });
});
