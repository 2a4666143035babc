/**
 * Issue 2's targets on 10,000 products, 50,000 promotions, 60,000 prices and 2 years × 6 platforms of daily rows:
 * (a) core validatePlan ≤ 300 ms; (b) CLI read + validate ÷ (c) ExcelJS's plain readFile ≤ 1.0; CLI peak memory ≤ 300 MB.
 * Then issue 13's on the messy plan of the same size (validateMessy.ts).
 */
import { join } from "path";
import { performance } from "perf_hooks";
import { isInputSheet } from "../src/cli/commands/validate";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { readPlan } from "../src/core/read/readPlan";
import { countFindings, validatePlan } from "../src/core/validate";
import { BENCH_SIZES } from "./generatePlan";
import {
  line,
  mb,
  median,
  ms,
  ROOT,
  runNode,
  targetLine,
  timeRuns,
  timeRunsWithCpu,
  type Target,
} from "./measure";
import { benchWorkbook, fileSizeMb } from "./plan10k";
import { messyTargets } from "./validateMessy";

export const name =
  "validate: 10k products, 50k promotions, 60k prices, 2 years of daily data; the same size messy";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORE_RUNS = Number(process.env.BENCH_CORE_RUNS ?? 7);

export async function run(log: (s: string) => void): Promise<Target[]> {
  const file = await benchWorkbook(log);
  log(
    `  file: bench/out/plan-10k.xlsx, ${fileSizeMb(file).toFixed(1)} MB (${BENCH_SIZES.products.toLocaleString("en-US")} products, ` +
      `${BENCH_SIZES.promotions.toLocaleString("en-US")} promotions, ${BENCH_SIZES.prices.toLocaleString("en-US")} prices, ` +
      `${BENCH_SIZES.dailyYears * 365 * BENCH_SIZES.dailyPlatforms} daily rows)`
  );

  // In process, once: read, then the core on the plan read.
  let t = performance.now();
  const workbook = await readWorkbook(file, isInputSheet);
  const readMs = performance.now() - t;
  t = performance.now();
  const plan = readPlan(workbook);
  const readPlanMs = performance.now() - t;
  // The first runs pay for V8's compilation of the rules (the CLI pays it once): reported, kept out of the median.
  const validate = (): unknown => validatePlan(plan, plan.settings, { lang: "en" });
  const warmUp = await timeRuns(2, validate);
  const coreTimed = await timeRunsWithCpu(CORE_RUNS, validate);
  const coreRuns = coreTimed.map((r) => r.wall);
  const findings = validatePlan(plan, plan.settings, { lang: "en" });
  const counts = countFindings(findings);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  log(
    `  findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.waived} waived; ${byRule.size} rules fired`
  );
  log(`    ${[...byRule].map(([r, n]) => `${r} ${n}`).join(", ")}`);

  // Spawned, as a user runs them: the CLI, and ExcelJS's full read of the same file.
  const bin = join(ROOT, "bin", "ops-planner.js");
  const cli = [];
  for (let i = 0; i < RUNS; i++) cli.push(await runNode([bin, "validate", file, "--json"]));
  const failed = cli.find((r) => r.code !== 0 && r.code !== 1);
  if (failed) throw new Error(`the CLI failed (exit ${failed.code}): ${failed.stderr}`);
  const readFileScript =
    `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [ROOT] }))});` +
    `const t = performance.now();` +
    `new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(() => console.log(performance.now() - t));`;
  const plain = [];
  for (let i = 0; i < RUNS; i++)
    plain.push(await runNode(["-e", readFileScript], { captureStdout: true }));

  const a = median(coreRuns);
  const b = median(cli.map((r) => r.ms));
  const c = median(plain.map((r) => r.ms));
  const cliRss = Math.max(...cli.map((r) => r.maxRssMb));
  const plainRss = Math.max(...plain.map((r) => r.maxRssMb));
  const targets: Target[] = [
    {
      label: "(a) core validatePlan, warm median",
      value: ms(a),
      target: "≤ 300 ms",
      pass: a <= 300,
    },
    { label: "b/c", value: (b / c).toFixed(2), target: "≤ 1.0", pass: b / c <= 1 },
    {
      label: "CLI peak memory (maxRSS)",
      value: mb(cliRss),
      target: "≤ 300 MB",
      pass: cliRss <= 300,
    },
  ];
  log(targetLine(targets[0]));
  log(
    `      runs: ${coreRuns.map((x) => Math.round(x)).join(", ")} ms; first two (cold): ${warmUp.map((x) => Math.round(x)).join(", ")} ms`
  );
  log(
    `      CPU time (user + system), median: ${ms(median(coreTimed.map((r) => r.cpu)))} — what an idle machine shows`
  );
  log(
    line(
      "(b) CLI validate --json, spawned, median",
      ms(b),
      `runs: ${cli.map((r) => Math.round(r.ms)).join(", ")} ms`
    )
  );
  log(
    line(
      "    in process: read + readPlan + validate",
      ms(readMs + readPlanMs + warmUp[0]),
      `= ${ms(readMs)} + ${ms(readPlanMs)} + ${ms(warmUp[0])} (first run)`
    )
  );
  log(
    line(
      "(c) ExcelJS xlsx.readFile, spawned, median",
      ms(c),
      `readFile call alone: ${plain.map((r) => ms(Number(r.stdout))).join(", ")}`
    )
  );
  log(targetLine(targets[1]));
  log(targetLine(targets[2]));
  log(line("    ExcelJS readFile peak memory", mb(plainRss)));
  return [...targets, ...(await messyTargets(log))];
}
