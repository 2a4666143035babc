/**
 * Where Write Timeline's plan-worker time goes on the bench plan (10,000 products / 50,000 promotions), in Node, as
 * CPU time (min of RUNS runs; a loaded machine moves it less than wall time): readPlan; the layout made whole then
 * packed a message at a time (`whole`: workbookTimeline, then packGrid per rowsPerMessage rows); the layout's rows
 * packed as they are made (`stream`: workbookTimelineRows, as src/preview/plan/planHost.ts does). The packed
 * messages are dropped at once, as a worker's are once posted. A profiling aid
 * (`node dist/bench/bench/profileTimeline.js [runs] [whole|stream]`, with `--cpu-prof` for a profile), not a bench case.
 */
import type { Plan } from "../src/core/plan";
import { readPlan } from "../src/core/read/readPlan";
import { workbookTimeline, workbookTimelineRows } from "../src/core/timeline/workbookTimeline";
import type { LayoutCell } from "../src/core/write/layout";
import { packGrid } from "../src/preview/packedGrid";
import { rowsPerMessage, TIMELINE_CELLS_PER_MESSAGE } from "../src/preview/plan/planMessages";
import { generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";

function cpuMs(f: () => void): number {
  const a = process.cpuUsage();
  f();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
}

/** The layout made whole, then packed a message at a time; the characters of its texts. */
function whole(plan: Plan): number {
  const layout = workbookTimeline(plan, "en", plan.settings.planYear);
  const step = rowsPerMessage(layout.rows[0].length);
  let chars = 0;
  for (let from = 0; from < layout.rows.length; from += step)
    for (const t of packGrid(layout.rows.slice(from, from + step)).texts) chars += t.length;
  return chars;
}

/** Rows a message (default: as planHost.ts posts the Timeline's). */
const CHUNK_ROWS = Number(process.env.CHUNK_ROWS ?? rowsPerMessage(94, TIMELINE_CELLS_PER_MESSAGE));

/** The layout's rows packed a message at a time as they are made. */
function stream(plan: Plan): number {
  let chunk: LayoutCell[][] = [];
  let chars = 0;
  const flush = (): void => {
    for (const t of packGrid(chunk).texts) chars += t.length;
    chunk = [];
  };
  workbookTimelineRows(plan, "en", plan.settings.planYear, (row) => {
    chunk.push(row);
    if (chunk.length >= CHUNK_ROWS) flush();
  });
  flush();
  return chars;
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const only = process.argv[3];
  const sheets = planGrids(generateBenchPlan(), "en");
  const ways = { whole, stream };
  const times: Record<string, number[]> = { readPlan: [], whole: [], stream: [] };
  const chars: Record<string, number> = {};
  for (let k = 0; k < runs; k++) {
    let plan = readPlan({ sheets });
    times.readPlan.push(cpuMs(() => (plan = readPlan({ sheets }))));
    for (const [name, way] of Object.entries(ways))
      if (!only || only === name) times[name].push(cpuMs(() => (chars[name] = way(plan))));
  }
  const min = (a: number[]): number => Math.round(Math.min(...a));
  console.log(
    `CPU ms (min of ${runs}): ${Object.entries(times)
      .filter(([, t]) => t.length > 0)
      .map(([name, t]) => `${name} ${min(t)}`)
      .join(", ")}; texts' characters ${JSON.stringify(chars)}; every run: ${JSON.stringify(times)}`
  );
}

main();
