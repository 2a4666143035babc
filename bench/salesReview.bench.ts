/**
 * Issue 15's target: the promotion review and stock cover over a full Sales sheet — 1,000,000 rows (1,000 SKUs on 2
 * platforms over 500 days), 5,000 promotions, 1,000 products — in the core, each run from the rows (the Sales index
 * built afresh): ≤ 1 s.
 */
import { columnLetter } from "../src/core/cells";
import { defaultLists } from "../src/core/lists";
import type { Plan, Product, Promotion, Row, SaleRow } from "../src/core/plan";
import { serialOfYmd } from "../src/core/read/dates";
import { reviewPromotions } from "../src/core/review/promotionReview";
import { indexSales } from "../src/core/review/salesIndex";
import { stockCovers } from "../src/core/review/stockCover";
import { sheetSpec } from "../src/core/schema/sheets";
import type { SheetId } from "../src/core/schema/types";
import { defaultSettings } from "../src/core/settings";
import { median, ms, targetLine, timeRunsWithCpu, type Target } from "./measure";
import { Prng } from "./prng";

export const name = "review: the promotion review and stock cover over 1,000,000 Sales rows";

const SKUS = 1000;
const PLATFORMS = ["Tmall", "JD"];
const DAYS = 500;
const PROMOS_PER_SKU = 5;
const RUNS = Number(process.env.BENCH_CORE_RUNS ?? 5);

function rowsOf<T>(sheetId: SheetId, values: T[]): Row<T>[] {
  const cols: Record<string, string> = {};
  sheetSpec(sheetId).columns.forEach((c, i) => (cols[c.field] = columnLetter(i + 1)));
  const sheet = sheetSpec(sheetId).names.en;
  return values.map((v, i) => ({ sheetId, sheet, row: i + 2, cols: cols as Row<T>["cols"], v }));
}

function benchPlan(): Plan {
  const rng = new Prng(15);
  const first = serialOfYmd(2026, 1, 1) ?? 0;
  const products: Product[] = [];
  const promotions: Promotion[] = [];
  const sales: SaleRow[] = [];
  for (let s = 0; s < SKUS; s++) {
    const sku = `RV-${String(s).padStart(5, "0")}`;
    products.push({
      sku,
      tier: s % 3 === 0 ? "hero" : "secondary",
      listPrice: 199,
      unitCost: 80,
      stock: rng.int(500, 20000),
      platforms: PLATFORMS,
    });
    for (let k = 0; k < PROMOS_PER_SKU; k++) {
      const start = first + rng.int(10, DAYS + 60);
      promotions.push({
        sku,
        platform: rng.pick(PLATFORMS),
        start,
        end: start + 2,
        promoPrice: 159,
        expectedUnits: rng.int(100, 2000),
      });
    }
  }
  // By date, as a platform's export is: every SKU and platform each day.
  for (let d = 0; d < DAYS; d++)
    for (let s = 0; s < SKUS; s++)
      for (const platform of PLATFORMS) {
        const units = rng.int(0, 60);
        sales.push({
          date: first + d,
          sku: products[s].sku,
          platform,
          visitors: units * 30,
          buyers: units,
          units,
          revenue: units * 189,
          refunds: units * 5,
          adSpend: 50,
        });
      }
  return {
    sheetNames: {},
    products: rowsOf("products", products),
    promotions: rowsOf("promotions", promotions),
    prices: [],
    budget: [],
    daily: [],
    service: [],
    market: [],
    competitors: [],
    regions: [],
    waivers: [],
    calendar: [],
    sales: rowsOf("sales", sales),
    settings: { ...defaultSettings(), planYear: 2027 },
    lists: defaultLists(),
    readHits: [],
  };
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const plan = benchPlan();
  const bySku = new Map<string, Row<Promotion>[]>();
  for (const p of plan.promotions) {
    const list = bySku.get(p.v.sku);
    if (list) list.push(p);
    else bySku.set(p.v.sku, [p]);
  }
  let reviewed = 0;
  let covered = 0;
  const once = (): void => {
    const sales = indexSales(plan.sales);
    reviewed = reviewPromotions(plan, plan.settings, sales).reviews.length;
    covered = stockCovers(plan, plan.settings, sales, (sku) => bySku.get(sku) ?? []).covers.length;
  };
  once(); // cold
  const timed = await timeRunsWithCpu(RUNS, once);
  const wall = median(timed.map((r) => r.wall));
  log(
    `  ${plan.sales.length.toLocaleString("en-US")} Sales rows; ${reviewed} promotions reviewed, ${covered} products covered`
  );
  const target: Target = {
    label: "index + review + stock cover, warm median",
    value: ms(wall),
    target: "≤ 1 s",
    pass: wall <= 1000,
  };
  log(targetLine(target));
  log(`      CPU time (user + system), median: ${ms(median(timed.map((r) => r.cpu)))}`);
  return [target];
}
