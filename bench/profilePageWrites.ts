/**
 * The page's side of the preview's Create / update and Write Timeline on the bench plan, in Node: the pane's own calls
 * (readSheets, the core's readPlan / planUpdate / timelineLayout, the memory workbook's writes, the rows posted to the
 * engine) with the engine replaced by a transport that structured-clones each message, as a worker's postMessage does,
 * and answers at once. Each step's time, and each step's longest synchronous run (what would be one main-thread task in
 * the page). A profiling aid (`node [--cpu-prof] dist/bench/bench/profilePageWrites.js [scale]`), not a bench case.
 */
import { performance } from "perf_hooks";
import { readPlan } from "../src/core/read/readPlan";
import { workbookLayout } from "../src/core/write/workbookLayout";
import { workbookTimeline } from "../src/core/timeline/workbookTimeline";
import { EngineClient, type EngineTransport } from "../src/preview/engine/engineClient";
import type { EngineReply, EngineRequest } from "../src/preview/engine/engineMessages";
import { newPreviewWorkbook } from "../src/preview/newWorkbook";
import { BENCH_SIZES, generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";

/** Clones each request and answers `done` at its end: the page's cost of posting, no engine. */
function cloningTransport(): EngineTransport & { bytes: number } {
  let reply: (r: EngineReply) => void = () => undefined;
  const t = {
    bytes: 0,
    post(r: EngineRequest) {
      structuredClone(r);
      if (r.kind === "end" || r.kind === "set")
        setTimeout(() => reply({ kind: "done", id: r.id }), 0);
    },
    listen(fn: (r: EngineReply) => void) {
      reply = fn;
    },
    close: () => undefined,
  };
  return t;
}

/** The longest gap between two ticks of a 1 ms interval while `fn` runs: its longest synchronous run. */
async function timed<T>(what: string, fn: () => Promise<T> | T): Promise<T> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  try {
    return await fn();
  } finally {
    const end = performance.now();
    longest = Math.max(longest, end - last);
    clearInterval(tick);
    console.log(`${what}: ${Math.round(end - start)} ms, longest run ${Math.round(longest)} ms`);
  }
}

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 1);
  BENCH_SIZES.products = Math.round(BENCH_SIZES.products * scale);
  BENCH_SIZES.promotions = Math.round(BENCH_SIZES.promotions * scale);
  BENCH_SIZES.prices = Math.round(BENCH_SIZES.prices * scale);
  const grids = planGrids(generateBenchPlan(), "en");
  const wb = newPreviewWorkbook("en", new EngineClient(cloningTransport()));
  for (const g of grids) wb.addSheet(g.name, g.rows);
  const sheets = await timed("readSheets", () => wb.readSheets());
  const layout = await timed("workbookLayout", () =>
    workbookLayout({ lang: "en", year: 2027, sample: false, formulas: true })
  );
  await timed("applyPlanLayout (readSheets, planUpdate, cells, posting)", () =>
    wb.applyPlanLayout(layout, { sample: false })
  );
  await timed("calculated", () => wb.calculated());
  const again = await timed("readSheets", () => wb.readSheets());
  const plan = await timed("readPlan", () => readPlan({ sheets: again }));
  const tl = await timed("workbookTimeline", () => workbookTimeline(plan, "en", 2027));
  await timed("writeTimeline", () => wb.writeTimeline(tl));
  void sheets;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
