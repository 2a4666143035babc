/**
 * Where the time of Save as version and Compare goes on the bench plan (Node, the preview's in-memory workbook), each
 * step alone and with nothing kept. A profiling aid (`node dist/bench/bench/profileVersions.js`), not a bench case:
 * the targets are bench/versions.bench.ts.
 */
import { performance } from "perf_hooks";
import { compareReadings } from "../src/core/versions/compare/compare";
import {
  findingChanges,
  findingKeys,
  totalsOf,
  weekMoves,
} from "../src/core/versions/compare/effects";
import { PlanReading } from "../src/core/versions/compare/reading";
import { rowChanges } from "../src/core/versions/compare/rowChanges";
import { INPUT_SHEET_IDS } from "../src/core/versions/inputSheets";
import { takeSnapshot } from "../src/core/versions/snapshot";
import { storeFindings } from "../src/core/versions/storedFindings";
import { readSnapshot, readVersionData, snapshotParts } from "../src/core/versions/versionsSheet";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";

// As webpack defines it for the pane (scripts/validatorCode.js): any fixed identity serves within one run.
(globalThis as { OPS_PLANNER_VALIDATOR_CODE?: string }).OPS_PLANNER_VALIDATOR_CODE ??= "profile";

async function main(): Promise<void> {
  const wb = new MemoryWorkbook("en");
  for (const g of planGrids(generateBenchPlan(), "en")) wb.addSheet(g.name, g.rows);
  let t = performance.now();
  const lap = (what: string): void => {
    const now = performance.now();
    console.log(`${what}: ${Math.round(now - t)} ms`);
    t = now;
  };
  for (let round = 0; round < 2; round++) {
    t = performance.now();
    const sheets = await wb.readSheets();
    lap("readSheets");
    const snap = takeSnapshot(sheets);
    lap("takeSnapshot");
    const parts = snapshotParts(snap);
    lap(`snapshotParts (${parts.length})`);
    const back = readSnapshot(parts);
    lap("readSnapshot (parse)");
    const a = new PlanReading(back);
    const b = new PlanReading({ sheets });
    void a.plan;
    lap("readPlan version");
    void b.plan;
    lap("readPlan working");
    const sa = a.sideOf(INPUT_SHEET_IDS);
    lap("side version, every sheet (from the read)");
    const sb = b.sideOf(INPUT_SHEET_IDS);
    lap("side working, every sheet");
    const ch = rowChanges(sa, sb);
    lap(`rowChanges, every sheet (${ch.length})`);
    a.findings("en");
    lap(`validatePlan version (${a.findings("en").length})`);
    b.findings("en");
    lap("validatePlan working");
    findingChanges(
      a.findings("en"),
      b.findings("en"),
      findingKeys(a.findings("en"), sa),
      findingKeys(b.findings("en"), sb)
    );
    lap("findingKeys + findingChanges");
    const c = new PlanReading({ sheets: await wb.readSheets() });
    void c.plan;
    c.findings("en");
    t = performance.now();
    compareReadings(b, c, "en");
    lap("compareReadings: working read twice, validated (only the changed sheets' rows)");
    totalsOf(a.plan);
    totalsOf(b.plan);
    lap("totals");
    weekMoves(a.plan, b.plan);
    lap("weekMoves");
    const stored = storeFindings(b.findings("en"), "en", b.day, b.plan);
    lap("storeFindings (at a save)");
    const withFindings = snapshotParts(snap, stored);
    t = performance.now();
    const data = readVersionData(withFindings);
    lap("readVersionData, with the stored findings (parse)");
    const v = new PlanReading(data.snapshot, undefined, data.findings);
    void v.plan;
    t = performance.now();
    v.comparedFindings("en");
    lap(`the version's findings from those stored (${v.comparedFindings("en").length})`);
    console.log("---");
  }
}

void main();
