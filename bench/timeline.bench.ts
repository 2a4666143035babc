/// <reference types="office-js" />
/**
 * Issue 6's Timeline at scale: timelineLayout for 2,000 products (5 promotions each on average, the plan year's
 * Calendar) — the time to build it — and src/excel/timeline.ts writing it into the fake Excel of the adapter's tests
 * (test/excel/fakeExcel.ts, which counts syncs and the bytes of each request) as fill blocks (Range.copyFrom),
 * against the task pane's bounds: every request < 4 MB, syncs ≤ 1 + ⌈payload / 4 MB⌉ (and 2, the figure
 * src/excel/timeline.ts documents).
 *
 * The fake is test code: it needs the Office.js types (the reference above; tsconfig.bench.json lists only node's)
 * and office-addin-mock, whose import of office-addin-manifest cannot be required on Node 20, so that import is
 * pointed at the stub jest uses (test/stubs/) before the fake is loaded, lazily, in run().
 */
import Module from "module";
import { join } from "path";
import { performance } from "perf_hooks";
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
import { createExcelWorkbook } from "../src/excel/excelWorkbook";
import { timelineSyncBound } from "../src/excel/timeline";
import type { FakeExcel } from "../test/excel/fakeExcel";
import {
  line,
  median,
  ms,
  ROOT,
  targetLine,
  timeRuns,
  timeRunsWithCpu,
  type Target,
} from "./measure";
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

/**
 * Presales in the bench's plan (issue 16): `BENCH_TIMELINE_PRESALES` of its promotions (default 0: the plan before
 * issue 16) get deposit and balance windows, which turns the Timeline's presale slots on.
 */
const PRESALES = Number(process.env.BENCH_TIMELINE_PRESALES ?? 0);

/**
 * The bench's plan (exported for test/excel/timeline.test.ts): `productCount` products over the five tiers; `presales`
 * of its promotions, spread evenly, are presales (deposit 20–12 days before Start, balance 10–8 days before).
 */
export function timelinePlan(productCount = PRODUCTS, presales = 0): Plan {
  const rng = new Prng(6);
  const first = serialOfYmd(YEAR, 1, 1) as number;
  const products: Product[] = [];
  const promotions: Promotion[] = [];
  for (let i = 0; i < productCount; i++) {
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
  while (promotions.length < productCount * PROMOS_PER_PRODUCT) {
    const start = first + rng.int(0, 360);
    promotions.push({
      sku: `TL-${String(rng.int(0, productCount - 1)).padStart(5, "0")}`,
      platform: rng.pick(PLATFORMS),
      start,
      end: start + 2,
      promoPrice: 149,
    });
  }
  const n = Math.min(presales, promotions.length);
  for (let k = 0; k < n; k++) {
    const p = promotions[Math.floor((k * promotions.length) / n)];
    Object.assign(p, {
      depositStart: p.start - 20,
      depositEnd: p.start - 12,
      deposit: 20,
      balanceStart: p.start - 10,
      balanceEnd: p.start - 8,
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
    sales: [],
    service: [],
    market: [],
    competitors: [],
    settings: { ...defaultSettings(), planYear: YEAR },
    lists: defaultLists(),
    readHits: [],
  };
}

const mbOf = (b: number): string => `${(b / 1024 / 1024).toFixed(2)} MB`;
const count = (n: number): string => n.toLocaleString("en-US");

type FakeModule = typeof import("../test/excel/fakeExcel");

/** test/excel/fakeExcel.ts, loaded with office-addin-manifest resolved to the stub jest uses (see the header). */
async function loadFake(): Promise<FakeModule> {
  const resolver = Module as unknown as {
    _resolveFilename(request: string, ...rest: unknown[]): string;
  };
  const original = resolver._resolveFilename;
  const stub = join(ROOT, "test", "stubs", "office-addin-manifest.js");
  resolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === "office-addin-manifest" ? stub : original.call(this, request, ...rest);
  };
  try {
    return await import("../test/excel/fakeExcel");
  } finally {
    resolver._resolveFilename = original;
  }
}

/** What the fake Excel saw while the adapter wrote the layout, and the sheet it holds after. */
interface Written {
  ms: number;
  syncs: number;
  largest: number;
  total: number;
}

async function writeIntoFake(
  fakes: FakeModule,
  layout: TimelineLayout,
  apiVersion: string
): Promise<Written> {
  // The sheets the Timeline's formulas read: the fake refuses a formula naming a sheet the workbook lacks.
  const fake: FakeExcel = new fakes.FakeExcel(["Sheet1", "Products", "Promotions", "Calendar"]);
  const uninstall = fake.install("en-US", apiVersion);
  try {
    const t = performance.now();
    await createExcelWorkbook().writeTimeline(layout, "en");
    const elapsed = performance.now() - t;
    const sheet = fake.sheet(layout.name);
    if (!sheet) throw new Error("writeTimeline wrote no Timeline sheet");
    return {
      ms: elapsed,
      syncs: fake.syncs,
      largest: Math.max(...fake.batches.map((b) => b.request)),
      total: fake.requestBytes,
    };
  } finally {
    uninstall();
  }
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const plan = timelinePlan(PRODUCTS, PRESALES);
  const presaleCount = plan.promotions.filter((p) => p.v.depositStart !== undefined).length;
  log(
    `  plan: ${count(plan.products.length)} products, ${count(plan.promotions.length)} promotions (${count(presaleCount)} presales: BENCH_TIMELINE_PRESALES), ${plan.calendar.length} Calendar events, plan year ${YEAR}`
  );
  const build = (): TimelineLayout => timelineLayout(plan, { lang: "en" });
  const cold = await timeRuns(2, build);
  const timed = await timeRunsWithCpu(RUNS, build);
  const runs = timed.map((r) => r.wall);
  const zh = median(await timeRuns(3, () => timelineLayout(plan, { lang: "zh-CN" })));
  const layout = build();
  const cells = layout.rows.reduce((t, r) => t + r.length, 0);
  const weekCells = layout.rows.reduce((t, r) => t + r.filter(isFormulaCell).length, 0);
  const longest = Math.max(
    ...layout.rows
      .flat()
      .filter(isFormulaCell)
      .map((c) => c.formula.length)
  );
  const a = median(runs);
  const layoutTarget: Target = {
    label: "timelineLayout, warm median",
    value: ms(a),
    target: "≤ 300 ms",
    pass: a <= 300,
  };
  log(targetLine(layoutTarget));
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
      `${layout.weeks.length} week columns, ${count(cells)} cells, ${count(weekCells)} formulas, longest formula ${longest} chars, ${layout.fills.length} fill blocks`
    )
  );

  const fakes = await loadFake();
  const fills = await writeIntoFake(fakes, layout, "1.17");
  const targets: Target[] = [layoutTarget];
  const report = (what: string, w: Written, syncBound: number, boundText: string): void => {
    log(
      line(
        `    writeTimeline ${what}`,
        `${w.syncs} syncs`,
        `largest request ${count(w.largest)} bytes, total ${mbOf(w.total)} (${count(w.total)} bytes); the fake took ${ms(w.ms)} (its own time, not Excel's)`
      )
    );
    const perRequest: Target = {
      label: `${what}: largest request`,
      value: mbOf(w.largest),
      target: "< 4 MB",
      pass: w.largest < REQUEST_BYTES,
    };
    const syncs: Target = {
      label: `${what}: syncs`,
      value: String(w.syncs),
      target: `≤ ${syncBound}${boundText}`,
      pass: w.syncs <= syncBound,
    };
    log(targetLine(perRequest));
    log(targetLine(syncs));
    targets.push(perRequest, syncs);
  };
  // src/excel/timeline.ts documents 2 syncs for 2,000 products, and the general bound.
  report("fill blocks", fills, Math.min(2, timelineSyncBound(fills.total)), "");
  return targets;
}
