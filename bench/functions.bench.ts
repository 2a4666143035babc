/**
 * Issue 3's targets for the PLAN custom functions: PROMOCHECK called once per row, as Excel calls it, for 5,000
 * Promotions rows ≤ 200 ms in total; CONVERSION over a 100,000-cell range ≤ 100 ms; functions.js minified and
 * gzipped ≤ 60 KB. The calls go through the host-neutral runner, which is what functions.ts hands each call to
 * (the registration layer only maps error objects). Timed cold (the first pass) and warm (median of the next).
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { CONVERSION, PROMOCHECK } from "../src/core/functions/definitions";
import { invokeGrid, invokeSingle } from "../src/core/functions/runner";
import { line, median, ms, ROOT, targetLine, type Target } from "./measure";
import { Prng } from "./prng";

export const name =
  "custom functions: PROMOCHECK per row, CONVERSION over a range, functions.js size";

const RUNS = Number(process.env.BENCH_CORE_RUNS ?? 7);
const PROMO_ROWS = 5000;
const CONVERSION_ROWS = 1000;
const CONVERSION_COLS = 100;

/** The arguments the Promotions Flags formula hands PROMOCHECK on each row (about a third of them breach). */
function promoRows(): unknown[][] {
  const rng = new Prng(3);
  const first = 46388; // 2027-01-01
  const rows: unknown[][] = [];
  for (let i = 0; i < PROMO_ROWS; i++) {
    const start = first + rng.int(0, 364);
    const list = rng.int(50, 500);
    const promo = Math.round(list * (0.6 + rng.next() * 0.45));
    rows.push([
      start,
      start + rng.int(0, 4),
      promo,
      list,
      rng.chance(0.5) ? null : Math.round(list * (0.7 + rng.next() * 0.4)),
      rng.chance(0.3) ? "" : Math.round(list * 0.7),
      rng.chance(0.2) ? 5 : 3,
      rng.chance(0.3) ? rng.int(5, 30) : null,
      Math.round(list * 0.5),
    ]);
  }
  return rows;
}

/** 100,000 cells of orders and visitors, a few blank or zero (errors in place). */
function conversionRanges(): [unknown[][], unknown[][]] {
  const rng = new Prng(4);
  const orders: unknown[][] = [];
  const visitors: unknown[][] = [];
  for (let r = 0; r < CONVERSION_ROWS; r++) {
    const o: unknown[] = [];
    const v: unknown[] = [];
    for (let c = 0; c < CONVERSION_COLS; c++) {
      const vis = rng.chance(0.01) ? (rng.chance(0.5) ? 0 : "") : rng.int(100, 50000);
      v.push(vis);
      o.push(typeof vis === "number" ? Math.round(vis * rng.next() * 0.08) : 0);
    }
    orders.push(o);
    visitors.push(v);
  }
  return [orders, visitors];
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Newest modification time of the sources bundled into functions.js. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** dist/functions.js, built with `npm run build:addin` first when missing or older than src/. */
function functionsBundle(log: (s: string) => void): string {
  const file = join(ROOT, "dist", "functions.js");
  if (!existsSync(file) || statSync(file).mtimeMs < newestSource(join(ROOT, "src"))) {
    log("  building the add-in (npm run build:addin)…");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["run", "build:addin"], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm run build:addin failed: ${r.stderr || r.stdout}`);
  }
  return file;
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const rows = promoRows();
  let flagged = 0;
  const promoPass = (): void => {
    flagged = 0;
    for (const args of rows) if (invokeSingle(PROMOCHECK, args) !== "") flagged++;
  };
  const promoCold = timed(promoPass);
  const promoWarm = median(Array.from({ length: RUNS }, () => timed(promoPass)));

  const [orders, visitors] = conversionRanges();
  let errors = 0;
  const conversionPass = (): void => {
    errors = 0;
    for (const row of invokeGrid(CONVERSION, [orders, visitors]))
      for (const v of row) if (typeof v !== "number") errors++;
  };
  const convCold = timed(conversionPass);
  const convWarm = median(Array.from({ length: RUNS }, () => timed(conversionPass)));

  const bundle = readFileSync(functionsBundle(log));
  const gzKb = gzipSync(bundle, { level: 9 }).length / 1024;
  const rawKb = bundle.length / 1024;

  const targets: Target[] = [
    {
      label: `PROMOCHECK × ${PROMO_ROWS.toLocaleString("en-US")} rows, first pass`,
      value: ms(promoCold),
      target: "≤ 200 ms",
      pass: promoCold <= 200,
    },
    {
      label: `CONVERSION over ${(CONVERSION_ROWS * CONVERSION_COLS).toLocaleString("en-US")} cells, first`,
      value: ms(convCold),
      target: "≤ 100 ms",
      pass: convCold <= 100,
    },
    {
      label: "functions.js minified + gzipped",
      value: `${gzKb.toFixed(1)} KB`,
      target: "≤ 60 KB",
      pass: gzKb <= 60,
    },
  ];
  log(targetLine(targets[0]));
  log(
    line(
      "    warm, median",
      `${promoWarm.toFixed(1)} ms`,
      `${flagged.toLocaleString("en-US")} rows flagged`
    )
  );
  log(targetLine(targets[1]));
  log(
    line(
      "    warm, median",
      `${convWarm.toFixed(1)} ms`,
      `${CONVERSION_ROWS}×${CONVERSION_COLS}, ${errors} error cells`
    )
  );
  log(targetLine(targets[2]));
  log(line("    minified, before gzip", `${rawKb.toFixed(1)} KB`));
  return targets;
}
