/**
 * Issue 6's Timeline at scale: timelineLayout for 2,000 products (5 promotions each on average, the plan year's
 * Calendar) — the time to build it, and the payload the Excel adapter sends to write it: the JSON of the cells
 * (formulas, and formulas with their cached values) and of the fill blocks (one formula per block plus the plain
 * cells), each with the syncs it costs at 4 MB a request (the adapter's bound: a constant + ⌈payload / 4 MB⌉).
 */
import { columnLetter } from "../src/core/cells";
import { defaultLists } from "../src/core/lists";
import type { CalendarEvent, Plan, Product, Promotion, Row } from "../src/core/plan";
import { serialOfYmd } from "../src/core/read/dates";
import { festivalCalendar } from "../src/core/sample/calendar";
import { sheetSpec } from "../src/core/schema/sheets";
import type { SheetId } from "../src/core/schema/types";
import { defaultSettings } from "../src/core/settings";
import { timelineLayout, type TimelineLayout } from "../src/core/timeline";
import { isFormulaCell } from "../src/core/write/layout";
import { line, median, ms, targetLine, timeRuns, timeRunsWithCpu, type Target } from "./measure";
import { Prng } from "./prng";

export const name = "timeline: 2,000 products × 52 ISO weeks, 10,000 promotions";

const PRODUCTS = 2000;
const PROMOS_PER_PRODUCT = 5;
const YEAR = 2027;
const RUNS = Number(process.env.BENCH_CORE_RUNS ?? 7);
const REQUEST_BYTES = 4 * 1024 * 1024;
const TIERS = ["launch", "hero", "secondary", "presale", "offline-only"];
const PLATFORMS = ["Tmall", "Taobao", "JD", "Pinduoduo", "Douyin", "Own shop"];

function rowsOf<T>(sheetId: SheetId, values: T[]): Row<T>[] {
  const cols: Record<string, string> = {};
  sheetSpec(sheetId).columns.forEach((c, i) => (cols[c.field] = columnLetter(i + 1)));
  return values.map((v, i) => ({
    sheetId,
    sheet: sheetSpec(sheetId).names.en,
    row: i + 2,
    cols: cols as Row<T>["cols"],
    v,
  }));
}

function benchPlan(): Plan {
  const rng = new Prng(6);
  const first = serialOfYmd(YEAR, 1, 1) as number;
  const products: Product[] = [];
  const promotions: Promotion[] = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const sku = `TL-${String(i).padStart(5, "0")}`;
    const tier = rng.pick(TIERS);
    const launch = first + rng.int(20, 340);
    const p: Product = {
      sku,
      name: `Product ${i}`,
      tier,
      listPrice: 199,
      platforms: rng.sample(PLATFORMS, 2),
    };
    products.push(p);
    if (tier !== "offline-only") {
      p.launchDate = launch;
      p.warehouseEntry = launch - rng.int(8, 20);
      if (tier === "presale") p.presaleStart = launch - rng.int(10, 30);
      for (let k = 0; k < PROMOS_PER_PRODUCT * 2 && rng.chance(0.5); k++) {
        const start = first + rng.int(0, 360);
        promotions.push({
          sku,
          platform: rng.pick(PLATFORMS),
          start,
          end: start + rng.int(0, 4),
          promoPrice: 149,
        });
      }
    }
  }
  // Top up to exactly 5 promotions a product on average.
  while (promotions.length < PRODUCTS * PROMOS_PER_PRODUCT) {
    const start = first + rng.int(0, 360);
    promotions.push({
      sku: `TL-${String(rng.int(0, PRODUCTS - 1)).padStart(5, "0")}`,
      platform: rng.pick(PLATFORMS),
      start,
      end: start + 2,
      promoPrice: 149,
    });
  }
  const calendar: CalendarEvent[] = festivalCalendar(YEAR, "en").map((r) => ({
    event: String(r.event),
    from: Number(r.from),
    to: Number(r.to),
    kind: String(r.kind).includes("shutdown") ? "shutdown" : "festival",
  }));
  return {
    sheetNames: {},
    products: rowsOf("products", products),
    promotions: rowsOf("promotions", promotions),
    prices: [],
    budget: [],
    daily: [],
    regions: [],
    waivers: [],
    calendar: rowsOf("calendar", calendar),
    settings: { ...defaultSettings(), planYear: YEAR },
    lists: defaultLists(),
    readHits: [],
  };
}

const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), "utf8");
const mbOf = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
const syncs = (b: number): number => Math.ceil(b / REQUEST_BYTES);

/** What the adapter sends: every cell (range.formulas), with and without the cached values; or the fill blocks. */
function payloads(l: TimelineLayout): {
  formulas: number;
  withValues: number;
  fills: number;
  cells: number;
} {
  const formulas = l.rows.map((r) => r.map((c) => (isFormulaCell(c) ? `=${c.formula}` : c)));
  const keys = l.keys.cells.map((c) => `=${c.formula}`);
  const withValues = l.rows.map((r) =>
    r.map((c) => (isFormulaCell(c) ? [`=${c.formula}`, c.result] : c))
  );
  const keyValues = l.keys.cells.map((c) => [`=${c.formula}`, c.result]);
  const plain = l.rows.map((r) => r.map((c) => (isFormulaCell(c) ? null : c)));
  const cells = l.rows.reduce((t, r) => t + r.length, 0) + l.keys.cells.length;
  return {
    formulas: bytes(formulas) + bytes(keys),
    withValues: bytes(withValues) + bytes(keyValues),
    fills: bytes(plain) + bytes(l.fills),
    cells,
  };
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const plan = benchPlan();
  log(
    `  plan: ${plan.products.length.toLocaleString("en-US")} products, ${plan.promotions.length.toLocaleString("en-US")} promotions, ${plan.calendar.length} Calendar events, plan year ${YEAR}`
  );
  const build = (): TimelineLayout => timelineLayout(plan, { lang: "en" });
  const cold = await timeRuns(2, build);
  const timed = await timeRunsWithCpu(RUNS, build);
  const runs = timed.map((r) => r.wall);
  const zh = median(await timeRuns(3, () => timelineLayout(plan, { lang: "zh-CN" })));
  const layout = build();
  const p = payloads(layout);
  const weekCells = layout.rows.reduce((t, r) => t + r.filter(isFormulaCell).length, 0);
  const longest = Math.max(
    ...layout.rows
      .flat()
      .filter(isFormulaCell)
      .map((c) => c.formula.length)
  );
  const a = median(runs);
  const targets: Target[] = [
    { label: "timelineLayout, warm median", value: ms(a), target: "≤ 300 ms", pass: a <= 300 },
    {
      label: "fill blocks: one request",
      value: mbOf(p.fills),
      target: "≤ 4 MB",
      pass: p.fills <= REQUEST_BYTES,
    },
  ];
  log(targetLine(targets[0]));
  log(
    `      CPU time (user + system), median: ${ms(median(timed.map((r) => r.cpu)))} — what an idle machine shows`
  );
  log(
    `      runs: ${runs.map((x) => Math.round(x)).join(", ")} ms; first two (cold): ${cold.map((x) => Math.round(x)).join(", ")} ms; zh-CN median ${ms(zh)}`
  );
  log(
    line(
      "    sheet",
      `${layout.rows.length} rows`,
      `${layout.weeks.length} week columns, ${p.cells.toLocaleString("en-US")} cells, ${weekCells.toLocaleString("en-US")} formulas + ${layout.keys.cells.length.toLocaleString("en-US")} keys, longest formula ${longest} chars`
    )
  );
  log(
    line(
      "    payload: formulas, every cell",
      mbOf(p.formulas),
      `${p.formulas.toLocaleString("en-US")} bytes → ${syncs(p.formulas)} request(s) of 4 MB`
    )
  );
  log(
    line(
      "    payload: formulas + cached values",
      mbOf(p.withValues),
      `${p.withValues.toLocaleString("en-US")} bytes → ${syncs(p.withValues)} request(s) of 4 MB`
    )
  );
  log(targetLine(targets[1]));
  log(
    `      ${layout.fills.length} fill blocks + the plain cells: ${p.fills.toLocaleString("en-US")} bytes → ${syncs(p.fills)} request(s)`
  );
  return targets;
}
