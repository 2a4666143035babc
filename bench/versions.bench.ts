/**
 * Issue 18: Save as version and Compare on the bench plan (10,000 products, 50,000 promotions, 60,000 prices, 2 years
 * of daily rows) in the preview's in-memory workbook, through the workbook port as the pane calls it (Node, no
 * browser: the preview runs the same code in the page). Each ≤ 2 s. Then what the version adds to the downloaded
 * file against the compressed size of the values it copies (≤ 1.1 ×).
 */
import { deflateSync } from "zlib";
import { performance } from "perf_hooks";
import { cellText } from "../src/core/read/cellValue";
import { PlanReadings } from "../src/core/planReadings";
import { compareSides, saveWorkingPlan } from "../src/core/versions/session";
import { takeSnapshot } from "../src/core/versions/snapshot";
import { snapshotParts, type VersionInfo } from "../src/core/versions/versionsSheet";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { xlsxBytes } from "../src/preview/xlsxDownload";
import { generateBenchPlan } from "./generatePlan";
import { median, ms, targetLine, type Target } from "./measure";
import { planGrids } from "./planGrids";

export const name =
  "versions: Save as version and Compare on 10,000 products / 50,000 promotions / 60,000 prices, preview workbook";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIMIT_MS = 2000;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const wb = new MemoryWorkbook("en");
  for (const g of planGrids(generateBenchPlan(), "en")) wb.addSheet(g.name, g.rows);
  // What the pane keeps (src/core/planReadings.ts), as the Validate and Versions tabs share it.
  const readings = new PlanReadings(wb);
  const validation = await timed(async () => (await readings.workingPlan()).findings("en"));
  log(
    `  the pane's validation on opening (not timed below): ${ms(validation.ms)}, ${validation.value.length} findings`
  );
  const saves: number[] = [];
  let first: VersionInfo | undefined;
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() =>
      saveWorkingPlan(
        wb,
        readings,
        { name: `v${i + 1}`, note: "", saved: new Date().toISOString(), baseline: false },
        "en"
      )
    );
    first ??= r.value;
    saves.push(r.ms);
  }
  if (!first) throw new Error("no version saved");
  const v1 = first;
  const saved = await wb.readVersion(v1.id);
  const json = snapshotParts(saved.snapshot, saved.findings).reduce((n, p) => n + p.length, 0);
  const findingsJson = saved.findings ? JSON.stringify(saved.findings).length : 0;
  log(
    `  a version: ${(json / 2 ** 20).toFixed(2)} MiB of JSON in ${v1.parts} cells (its ${saved.findings?.messages.length ?? 0} findings ${(findingsJson / 2 ** 10).toFixed(0)} KiB of it); saves ${saves.map(ms).join(", ")}`
  );

  // An edit, the pane's live validation of it (as the Validate tab runs it half a second after an edit), then the
  // version compared with the working plan: the first compare makes both sides' rows, the next reuse them.
  wb.setCell("Promotions", "G2", 1);
  const live = await timed(async () => (await readings.workingPlan()).findings("en"));
  log(`  the pane's live validation after the edit (not timed below): ${ms(live.ms)}`);
  const compares: number[] = [];
  let summary = "";
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() => compareSides(readings, v1, "plan", "en"));
    compares.push(r.ms);
    const d = r.value.sheets[0];
    summary = `${r.value.sheets.length} sheet changed (${d?.changed.length ?? 0} row), ${r.value.effects.appeared.length} findings appear`;
  }
  log(`  compare: ${summary}; ${compares.map(ms).join(", ")} (the first makes both sides' rows)`);
  // Nothing kept (the pane just opened on the Versions tab): the version read and parsed (its findings those stored
  // with it), the working plan read and validated. Its CPU time too: on the shared machine, wall time is mostly load.
  const cpu = process.cpuUsage();
  const cold = await timed(() => compareSides(new PlanReadings(wb), v1, "plan", "en"));
  const cpuUsed = process.cpuUsage(cpu);
  log(
    `  compare with nothing kept: ${ms(cold.ms)} (CPU ${ms((cpuUsed.user + cpuUsed.system) / 1000)})`
  );

  const targets: Target[] = [
    {
      label: "Save as version",
      value: ms(median(saves)),
      target: "≤ 2,000 ms",
      pass: median(saves) <= LIMIT_MS,
    },
    {
      label: "Compare a version with the working plan (first)",
      value: ms(compares[0]),
      target: "≤ 2,000 ms",
      pass: compares[0] <= LIMIT_MS,
    },
    {
      label: "Compare with nothing kept (pane just opened)",
      value: ms(cold.ms),
      target: "≤ 2,000 ms",
      pass: cold.ms <= LIMIT_MS,
    },
  ];

  if (process.env.BENCH_VERSIONS_FILE !== "0") {
    const fresh = new MemoryWorkbook("en");
    const grids = planGrids(generateBenchPlan(), "en");
    for (const g of grids) fresh.addSheet(g.name, g.rows);
    const without = (await xlsxBytes(fresh, "en")).byteLength;
    const snap = takeSnapshot(await fresh.readSheets());
    // As the pane saves it: the values, and the findings stored with them.
    await saveWorkingPlan(
      fresh,
      new PlanReadings(fresh),
      { name: "v", note: "", saved: new Date().toISOString(), baseline: false },
      "en"
    );
    const withVersion = (await xlsxBytes(fresh, "en")).byteLength;
    const tsv = snap.sheets
      .map((s) => s.rows.map((r) => r.map((c) => cellText(c ?? null)).join("\t")).join("\n"))
      .join("\n");
    const values = deflateSync(Buffer.from(tsv, "utf8")).length;
    const ratio = (withVersion - without) / values;
    log(
      `  file: ${(without / 2 ** 20).toFixed(2)} MiB → ${(withVersion / 2 ** 20).toFixed(2)} MiB with one version; the values deflated: ${(values / 2 ** 20).toFixed(2)} MiB`
    );
    targets.push({
      label: "File growth ÷ compressed values",
      value: ratio.toFixed(3),
      target: "≤ 1.1",
      pass: ratio <= 1.1,
    });
  }
  for (const t of targets) log(targetLine(t));
  return targets;
}
