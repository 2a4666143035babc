/** The bench workbook bench/out/plan-10k.xlsx, generated once (and again when the generator's version changes). */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { generateBenchPlan } from "./generatePlan";
import { ROOT } from "./measure";
import { writeBenchXlsx } from "./writeBenchXlsx";

/** Bump when generatePlan.ts or writeBenchXlsx.ts change what they write. */
const GENERATOR_VERSION = 2;

export const BENCH_FILE = join(ROOT, "bench", "out", "plan-10k.xlsx");
const STAMP = `${BENCH_FILE}.json`;

/** The workbook's path; writes it first when missing or stale. */
export async function benchWorkbook(log: (s: string) => void): Promise<string> {
  const fresh =
    existsSync(BENCH_FILE) &&
    existsSync(STAMP) &&
    (JSON.parse(readFileSync(STAMP, "utf8")) as { version?: number }).version === GENERATOR_VERSION;
  if (!fresh) {
    mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
    const t = performance.now();
    log("  generating bench/out/plan-10k.xlsx (ExcelJS streaming writer)…");
    await writeBenchXlsx(generateBenchPlan(), BENCH_FILE);
    writeFileSync(STAMP, JSON.stringify({ version: GENERATOR_VERSION }));
    log(`  written in ${Math.round(performance.now() - t)} ms`);
  }
  return BENCH_FILE;
}

export const fileSizeMb = (file: string): number => statSync(file).size / 1024 / 1024;
