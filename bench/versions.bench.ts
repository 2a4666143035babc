/**
 * Issue 18: Save as version and Compare on the bench plan (10,000 products, 50,000 promotions, 60,000 prices, 2 years
 * of daily rows) in the preview's in-memory workbook, through the workbook port as the pane calls it (Node, no
 * browser: the preview runs the same code in the page). Each ≤ 2 s. Then what the version adds to the downloaded
 * file against the compressed size of the values it copies (≤ 1.1 ×).
 */
import { deflateSync } from "zlib";
import { performance } from "perf_hooks";
import { cellText } from "../src/core/read/cellValue";
import { comparePlans } from "../src/core/versions/compare/compare";
import { takeSnapshot } from "../src/core/versions/snapshot";
import { snapshotParts } from "../src/core/versions/versionsSheet";
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
  let parts: string[] = [];
  const save = async () => {
    parts = snapshotParts(takeSnapshot(await wb.readSheets()));
    return wb.saveVersion({
      name: "v",
      note: "",
      saved: new Date().toISOString(),
      baseline: false,
      parts,
    });
  };
  const saves: number[] = [];
  for (let i = 0; i < RUNS; i++) saves.push((await timed(save)).ms);
  const json = parts.reduce((n, p) => n + p.length, 0);
  log(
    `  a version: ${(json / 2 ** 20).toFixed(2)} MiB of JSON in ${parts.length} cells; saves ${saves.map(ms).join(", ")}`
  );

  // An edit, then the version compared with the working plan (both sides read and validated).
  wb.setCell("Promotions", "G2", 1);
  const compares: number[] = [];
  let summary = "";
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(async () => {
      const v = await wb.readVersion(1);
      return comparePlans(v.snapshot, { sheets: await wb.readSheets() }, { lang: "en" });
    });
    compares.push(r.ms);
    const d = r.value.sheets[0];
    summary = `${r.value.sheets.length} sheet changed (${d?.changed.length ?? 0} row), ${r.value.effects.appeared.length} findings appear`;
  }
  log(`  compare: ${summary}; ${compares.map(ms).join(", ")}`);

  const targets: Target[] = [
    {
      label: "Save as version",
      value: ms(median(saves)),
      target: "≤ 2,000 ms",
      pass: median(saves) <= LIMIT_MS,
    },
    {
      label: "Compare a version with the working plan",
      value: ms(median(compares)),
      target: "≤ 2,000 ms",
      pass: median(compares) <= LIMIT_MS,
    },
  ];

  if (process.env.BENCH_VERSIONS_FILE !== "0") {
    const fresh = new MemoryWorkbook("en");
    const grids = planGrids(generateBenchPlan(), "en");
    for (const g of grids) fresh.addSheet(g.name, g.rows);
    const without = (await xlsxBytes(fresh, "en")).byteLength;
    const snap = takeSnapshot(await fresh.readSheets());
    await fresh.saveVersion({
      name: "v",
      note: "",
      saved: new Date().toISOString(),
      baseline: false,
      parts: snapshotParts(snap),
    });
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
