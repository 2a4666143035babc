/**
 * Where the time of the pane's Create / update and Write Timeline goes on the bench plan, in Node (no browser): the
 * layout (core), the memory workbook's writes, HyperFormula's build and evaluation, reading results back. A profiling
 * aid (`node dist/bench/bench/profilePaneWrites.js [scale]`), not a bench case: the targets are the browser's
 * (bench/previewWrites.ts).
 */
import { performance } from "perf_hooks";
import { readPlan } from "../src/core/read/readPlan";
import { planWorkbookLayout } from "../src/core/write/planWorkbook";
import { newPreviewWorkbook } from "../src/preview/newWorkbook";
import { workbookTimeline } from "../src/core/timeline/workbookTimeline";
import { BENCH_SIZES, generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 1);
  BENCH_SIZES.products = Math.round(BENCH_SIZES.products * scale);
  BENCH_SIZES.promotions = Math.round(BENCH_SIZES.promotions * scale);
  BENCH_SIZES.prices = Math.round(BENCH_SIZES.prices * scale);
  let t = performance.now();
  const lap = (what: string): void => {
    const now = performance.now();
    console.log(`${what}: ${Math.round(now - t)} ms`);
    t = now;
  };
  const grids = planGrids(generateBenchPlan(), "en");
  lap(`plan generated (${grids.map((g) => `${g.name} ${g.rows.length - 1}`).join(", ")})`);
  const wb = newPreviewWorkbook("en");
  for (const g of grids) wb.addSheet(g.name, g.rows);
  lap("sheets added");
  const layout = planWorkbookLayout({ lang: "en", year: 2027, sample: false, formulas: true });
  lap("planWorkbookLayout");
  const summary = await wb.applyPlanLayout(layout, { sample: false });
  lap(`applyPlanLayout (${summary.created.length} created)`);
  const plan = readPlan({ sheets: await wb.readSheets() });
  lap("readSheets + readPlan");
  const tl = workbookTimeline(plan, "en", 2027);
  lap(`timelineLayout (${tl.rows.length} rows × ${tl.rows[0]?.length} cols)`);
  await wb.writeTimeline(tl);
  lap("writeTimeline");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
