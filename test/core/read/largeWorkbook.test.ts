import type { CellValue } from "../../../src/core/cells";
import { readPlan, type SheetInput } from "../../../src/core/read/readPlan";
import { PRICES_HEADER, PRODUCTS_HEADER, PROMOTIONS_HEADER } from "./helpers";

const PLATFORMS = ["Tmall", "Taobao", "JD", "Suning", "Pinduoduo", "Douyin"];
const day = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);

/** A workbook the size of the benchmark: 10,000 products, 50,000 promotions, 60,000 prices, 2 years × 6 platforms of daily rows. */
function bigWorkbook(): SheetInput[] {
  const products: CellValue[][] = [PRODUCTS_HEADER];
  for (let i = 0; i < 10_000; i++) {
    products.push([
      `SKU${i}`,
      `Product ${i}`,
      "Beauty",
      i % 5 === 0 ? "hero" : "secondary",
      199,
      120,
      60,
      5000,
      day(46400 + (i % 300)),
      null,
      day(46380 + (i % 300)),
      "Tmall, JD, Douyin",
      "Li",
      "",
    ]);
  }
  const promotions: CellValue[][] = [PROMOTIONS_HEADER];
  for (let i = 0; i < 50_000; i++) {
    const start = 46388 + ((i * 7) % 700);
    promotions.push([
      `SKU${i % 10_000}`,
      PLATFORMS[i % 6],
      "618",
      day(start),
      day(start + 2),
      3,
      159,
      10,
      199,
      100,
      "",
    ]);
  }
  const prices: CellValue[][] = [PRICES_HEADER];
  for (let i = 0; i < 60_000; i++)
    prices.push([`SKU${i % 10_000}`, PLATFORMS[i % 6], 189, 46388 + (i % 700), ""]);
  const daily: CellValue[][] = [
    [
      "Date",
      "Platform",
      "Channel",
      "Visitors",
      "Orders",
      "Revenue",
      "Ad spend",
      "Clicks",
      "Conversion",
      "AOV",
      "CPC",
      "ROAS",
    ],
  ];
  for (let dd = 0; dd < 730; dd++)
    for (const p of PLATFORMS)
      daily.push([day(46388 + dd), p, "", 5000, 150, 30000, 2000, 1000, 0.03, 200, 2, 15]);
  return [
    { name: "Products", rows: products },
    { name: "Promotions", rows: promotions },
    { name: "Prices", rows: prices },
    { name: "Daily", rows: daily },
  ];
}

// Speed is measured by `npm run bench`; this checks that a workbook of the bench's size reads whole and clean.
test("a 125,000-row workbook reads every row, with no finding", () => {
  const sheets = bigWorkbook();
  const rows = sheets.reduce((n, s) => n + s.rows.length - 1, 0);
  expect(rows).toBeGreaterThanOrEqual(124_000);
  const plan = readPlan({ sheets });
  expect(plan.readHits).toEqual([]);
  expect(plan.products).toHaveLength(10_000);
  expect(plan.promotions).toHaveLength(50_000);
  expect(plan.prices).toHaveLength(60_000);
  expect(plan.daily).toHaveLength(4380);
});
