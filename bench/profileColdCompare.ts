/**
 * Where the time of a cold compare goes (the pane just opened on the Versions tab: nothing kept) on the bench plan, in
 * the preview's in-memory workbook, step by step as compareSides runs them, wall and CPU time. A profiling aid
 * (`node dist/bench/bench/profileColdCompare.js`), not a bench case: the target is bench/versions.bench.ts.
 */
import { performance } from "perf_hooks";
import { PlanReadings } from "../src/core/planReadings";
import { sameSheet } from "../src/core/read/sameSheets";
import { compareReadings } from "../src/core/versions/compare/compare";
import {
  findingChanges,
  findingKeys,
  weekMovesBetween,
} from "../src/core/versions/compare/effects";
import { rowChanges } from "../src/core/versions/compare/rowChanges";
import { INPUT_SHEET_IDS } from "../src/core/versions/inputSheets";
import { compareSides, saveWorkingPlan } from "../src/core/versions/session";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";

// As webpack defines it for the pane (scripts/validatorCode.js): any fixed identity serves within one run.
(globalThis as { OPS_PLANNER_VALIDATOR_CODE?: string }).OPS_PLANNER_VALIDATOR_CODE ??= "profile";

async function main(): Promise<void> {
  const wb = new MemoryWorkbook("en");
  for (const g of planGrids(generateBenchPlan(), "en")) wb.addSheet(g.name, g.rows);
  const info = await saveWorkingPlan(
    wb,
    new PlanReadings(wb),
    { name: "v1", note: "", saved: new Date().toISOString(), baseline: false },
    "en"
  );
  wb.setCell("Promotions", "G2", 1);
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    let c = process.cpuUsage();
    const lap = (what: string): void => {
      const now = performance.now();
      const cpu = process.cpuUsage(c);
      console.log(
        `${what}: ${Math.round(now - t)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms)`
      );
      t = now;
      c = process.cpuUsage();
    };
    const readings = new PlanReadings(wb);
    const a = await readings.version(info);
    lap("the version read back (cells, JSON.parse, the values' hash)");
    const b = await readings.workingPlan();
    lap("the working sheets read (readSheets)");
    void a.plan;
    lap("readPlan version");
    void b.plan;
    lap("readPlan working");
    a.comparedFindings("en");
    lap("the version's findings (stored)");
    b.comparedFindings("en");
    lap("validatePlan working");
    void a.totals;
    void b.totals;
    void a.weeks;
    lap("totals both, weeks version");
    void b.weeks;
    lap("weeks working");
    for (const id of INPUT_SHEET_IDS) {
      const x = a.inputOf(id);
      const y = b.inputOf(id);
      if (x && y) sameSheet(x, y);
    }
    lap("sameSheet, every input sheet");
    const sa = a.sideOf(["promotions"]);
    lap("side version, Promotions");
    const sb = b.sideOf(["promotions"]);
    lap("side working, Promotions");
    rowChanges(sa, sb);
    lap("rowChanges, Promotions");
    findingChanges(
      a.comparedFindings("en"),
      b.comparedFindings("en"),
      findingKeys(a.comparedFindings("en"), sa),
      findingKeys(b.comparedFindings("en"), sb)
    );
    lap("findingKeys + findingChanges");
    weekMovesBetween(a.weeks, b.weeks);
    lap("weekMovesBetween");
    compareReadings(a, b, "en");
    lap("compareReadings, all made (changed sheets again, the rest reused)");
    const total = performance.now();
    const cpu0 = process.cpuUsage();
    await compareSides(new PlanReadings(wb), info, "plan", "en");
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `compareSides cold, whole: ${Math.round(performance.now() - total)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms)`
    );
    console.log("---");
  }
}

void main();
