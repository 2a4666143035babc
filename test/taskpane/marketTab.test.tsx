/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets } from "./fakePort";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

// Role queries compute accessible names through jsdom's getComputedStyle over Fluent's CSS: slow, not stuck.
jest.setTimeout(60_000);

async function openMarket(sheets = sampleSheets(), texts = en): Promise<HTMLElement> {
  renderPane(fakePort({ sheets }));
  fireEvent.click(screen.getByRole("tab", { name: texts.tabMarket }));
  await screen.findByRole("region", { name: texts.serviceTitle });
  return screen.getByRole("tabpanel");
}

describe("Market tab", () => {
  it("shows customer service by agent, shift, weekday and agent × shift, the low agent marked", async () => {
    const panel = await openMarket();
    const service = within(panel).getByRole("region", { name: en.serviceTitle });
    expect(
      within(service).getByText(/^The store converted \d+\.\d\d% of [\d,]+ inquiries over 61 days/)
    ).toBeInTheDocument();
    for (const title of [
      en.serviceByAgent,
      en.serviceByShift,
      en.serviceByWeekday,
      en.serviceByAgentShift,
    ])
      expect(within(service).getByRole("heading", { name: title })).toBeInTheDocument();
    const low = within(service).getAllByText(/More than 20% below: SERVICE_CONVERSION_LOW/);
    expect(low).toHaveLength(1);
    expect(low[0].closest("th")).toHaveTextContent(/^大伟/);
    expect(within(service).getAllByText(/^Spread [\d.]+ points: /).length).toBeGreaterThanOrEqual(
      3
    );
  });

  it("shows the price bands: most units and most revenue in different bands; seasonality; competitors", async () => {
    const panel = await openMarket();
    const market = within(panel).getByRole("region", { name: en.marketTitle });
    expect(
      within(market).getByText(
        /^The 100–199 band sells the most units \(\d+(\.\d)?% of the category's\), the 300–499 band earns the most revenue/
      )
    ).toBeInTheDocument();
    const rows = within(within(market).getAllByRole("table")[0]).getAllByRole("row");
    expect(rows).toHaveLength(7);
    expect(within(rows[2]).getByText(en.marketTopUnits)).toBeInTheDocument();
    expect(within(rows[4]).getByText(en.marketTopRevenue)).toBeInTheDocument();
    // Three kitchen products listed at ¥399 (one of them among issue 16's single-platform SKUs).
    expect(within(market).getAllByText(/^list ¥399 \(300–499\)/)).toHaveLength(3);
    const competitors = within(panel).getByRole("region", { name: en.competitorsTitle });
    expect(
      within(competitors).getByRole("heading", {
        name: /^KA-102 可视空气炸锅 6L: list ¥399; 2 of 3 competitors cheaper$/,
      })
    ).toBeInTheDocument();
  });

  it("ranks the event slot's candidates by the objective chosen, with the numbers behind each rank", async () => {
    const panel = await openMarket();
    const slot = within(panel).getByRole("region", { name: en.slotTitle });
    const ranking = () => within(slot).getByRole("list", { name: en.slotTitle });
    const titles = () =>
      within(ranking())
        .getAllByRole("heading")
        .map((h) => h.textContent);
    await waitFor(() => expect(titles().length).toBe(3));
    expect(titles()[0]).toMatch(/^#1 /);
    expect(within(ranking()).getAllByText(/^Profit ¥[\d,]+$/)).toHaveLength(3);
    expect(within(ranking()).getAllByText(/store rate, 61 days\)$/)).toHaveLength(3);
    fireEvent.click(within(slot).getByRole("radio", { name: en.slot_traffic }));
    await waitFor(() =>
      expect(within(ranking()).getAllByText(/^Traffic ¥[\d,]+$/)).toHaveLength(3)
    );
    expect(
      within(slot).getByText(
        /^Traffic is worth ¥[\d,]+ to the store whichever product holds the slot/
      )
    ).toBeInTheDocument();
  });

  it("says what each sheet needs when it has no rows, naming the workbook's own sheets", async () => {
    const sheets = sampleSheets().filter(
      (s) => !["Service", "Market", "Competitors"].includes(s.name)
    );
    const panel = await openMarket(sheets);
    expect(within(panel).getByText(/^The Service sheet has no rows yet/)).toBeInTheDocument();
    expect(within(panel).getByText(/^The Market sheet has no rows yet/)).toBeInTheDocument();
    expect(within(panel).getByText(/^The Competitors sheet has no rows yet/)).toBeInTheDocument();
  });

  it("speaks 简体中文 over a Chinese workbook", async () => {
    renderPane(fakePort({ sheets: sampleSheets("zh-CN"), displayLanguage: "zh-CN" }));
    fireEvent.click(screen.getByRole("tab", { name: zh.tabMarket }));
    const service = await screen.findByRole("region", { name: zh.serviceTitle });
    expect(
      within(service).getByText(/低于预期超过 20%：SERVICE_CONVERSION_LOW/)
    ).toBeInTheDocument();
    expect(screen.getByText(/^100–199 价格带销量最高/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: zh.slotTitle })).toBeInTheDocument();
  });
});
