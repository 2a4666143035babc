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
    // KA-109 has 60 days of its own Sales; the other two rest on the store's 61 days of Daily.
    expect(within(ranking()).getAllByText(/store rate, 61 days of Daily\)$/)).toHaveLength(2);
    const own = within(ranking()).getByText(/its own conversion, 60 days of Sales\)$/);
    expect(own.closest("li")).toHaveTextContent(/KA-109/);
    expect(
      within(own.closest("li") as HTMLElement).getByText(
        /^1\.08 units a buyer: its own AOV ¥317\.6 at ¥295\.01 a unit, 60 days of Sales; ¥268\.07 a buyer at this price$/
      )
    ).toBeInTheDocument();
    expect(
      within(ranking()).getAllByText(
        /^1\.08 units a buyer: the store's, every product's Sales, 182 days; ¥[\d,.]+ a buyer at this price$/
      )
    ).toHaveLength(2);
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

  it("takes the store's figures from the Sales sheet where the Market's Store columns are blank, and says so", async () => {
    for (const [lang, texts, market, sales, fromSales, note] of [
      [
        "en",
        en,
        "Market",
        "Sales",
        /^1 of 1 months from Sales$/,
        /^Our share: .*\(from the Sales sheet: /,
      ],
      ["zh-CN", zh, "市场", "销售", /^1 个月中 1 个月取自销售表$/, /（取自销售表：/],
    ] as const) {
      const sheets = sampleSheets(lang);
      const m = sheets.find((x) => x.name === market)!;
      const header = m.rows[0].map(String);
      const store = [header.length - 2, header.length - 1];
      m.rows = m.rows.map((r, i) =>
        i === 0 ? r : r.map((v, k) => (store.includes(k) ? null : v))
      );
      // KA-109 (Kitchen) sold 10 at ¥249 in the Market's June: the 200–299 band's one month from Sales.
      const s = sheets.find((x) => x.name === sales)!;
      const col = (h: string) => s.rows[0].map(String).indexOf(h);
      const row: (string | number | null)[] = s.rows[0].map(() => null);
      // Market rows go by month, then by its six bands: row 1 + 5 × 6 is June's first.
      row[col(lang === "en" ? "Date" : "日期")] = m.rows[1 + 5 * 6][0] as number;
      row[col("SKU")] = "KA-109";
      row[col(lang === "en" ? "Platform" : "平台")] = lang === "en" ? "Tmall" : "天猫";
      row[col(lang === "en" ? "Units" : "支付件数")] = 10;
      row[col(lang === "en" ? "Revenue" : "支付金额")] = 2490;
      expect(row.filter((v) => v !== null)).toHaveLength(5);
      s.rows = [...s.rows, row];
      const { unmount } = renderPane(fakePort({ sheets, displayLanguage: lang }));
      fireEvent.click(screen.getByRole("tab", { name: texts.tabMarket }));
      const region = await screen.findByRole("region", { name: texts.marketTitle });
      const rows = within(within(region).getAllByRole("table")[0]).getAllByRole("row");
      expect(within(rows[3]).getByText(fromSales)).toBeInTheDocument();
      expect(rows[3]).toHaveTextContent(/^200–299/);
      // 10 of the band's June market units; the other bands have no store figures: not a 0 % share.
      expect(within(rows[2]).getByText(texts.notAvailable)).toBeInTheDocument();
      expect(within(region).getByText(note)).toBeInTheDocument();
      unmount();
    }
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
    const slot = screen.getByRole("region", { name: zh.slotTitle });
    await waitFor(() =>
      expect(within(slot).getAllByText(/本店转化率，日报表 61 天）$/)).toHaveLength(2)
    );
    expect(
      within(slot).getByText(
        /^每个买家 1\.08 件：自身客单价 ¥317\.6，成交单价 ¥295\.01，销售表 60 天；按此价格每个买家 ¥268\.07$/
      )
    ).toBeInTheDocument();
  });
});
