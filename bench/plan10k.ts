/**
 * The bench workbooks, generated once (and again when the generator's version changes): bench/out/plan-10k.xlsx (the
 * clean plan of generateBenchPlan) and bench/out/plan-10k-messy.xlsx (generateMessyPreviewPlan: most rows breaking a
 * rule).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { generateBenchPlan, generateMessyPreviewPlan, type BenchPlan } from "./generatePlan";
import { ROOT } from "./measure";
import { writeBenchXlsx } from "./writeBenchXlsx";

/** Bump when generatePlan.ts or writeBenchXlsx.ts change what they write. */
const GENERATOR_VERSION = 2;

export const BENCH_FILE = join(ROOT, "bench", "out", "plan-10k.xlsx");
export const MESSY_BENCH_FILE = join(ROOT, "bench", "out", "plan-10k-messy.xlsx");

async function workbook(
  file: string,
  generate: () => BenchPlan,
  log: (s: string) => void
): Promise<string> {
  const stamp = `${file}.json`;
  const fresh =
    existsSync(file) &&
    existsSync(stamp) &&
    (JSON.parse(readFileSync(stamp, "utf8")) as { version?: number }).version === GENERATOR_VERSION;
  if (!fresh) {
    mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
    const t = performance.now();
    log(`  generating ${file.slice(ROOT.length + 1)} (ExcelJS streaming writer)…`);
    await writeBenchXlsx(generate(), file);
    writeFileSync(stamp, JSON.stringify({ version: GENERATOR_VERSION }));
    log(`  written in ${Math.round(performance.now() - t)} ms`);
  }
  return file;
}

/** The clean plan's workbook path; writes it first when missing or stale. */
export const benchWorkbook = (log: (s: string) => void): Promise<string> =>
  workbook(BENCH_FILE, () => generateBenchPlan(), log);

/** The messy plan's workbook path; writes it first when missing or stale. */
export const messyBenchWorkbook = (log: (s: string) => void): Promise<string> =>
  workbook(MESSY_BENCH_FILE, () => generateMessyPreviewPlan(), log);

export const fileSizeMb = (file: string): number => statSync(file).size / 1024 / 1024;
