/**
 * Issue 13 goal 2 on the messy plan (generateMessyPreviewPlan: 10,000 products, 50,000 promotions, 60,000 prices,
 * most rows breaking a rule; ~189,000 findings): `validate --json` and the table output, spawned, against SheetJS's
 * dense read of the same file (ratio ≤ 0.5, peak memory ≤ 250 MB), and the core validatePlan the pane calls.
 */
import { join } from "path";
import { isInputSheet } from "../src/cli/commands/validate";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { readPlan } from "../src/core/read/readPlan";
import { validatePlan } from "../src/core/validate";
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
  type ChildRun,
  type Target,
} from "./measure";
import { fileSizeMb, messyBenchWorkbook } from "./plan10k";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORE_RUNS = Number(process.env.BENCH_CORE_RUNS ?? 5);
/** What the pane may spend after the rules (its index, groups and render measured 76–95 ms): the rest of its 1 s. */
const CORE_TARGET_MS = 900;

const runs = (xs: readonly ChildRun[]): string =>
  `runs: ${xs.map((r) => `${(r.ms / 1000).toFixed(1)} s`).join(", ")}; CPU ${xs.map((r) => `${(r.cpuMs / 1000).toFixed(1)} s`).join(", ")}`;

export async function messyTargets(log: (s: string) => void): Promise<Target[]> {
  const file = await messyBenchWorkbook(log);
  log(`\n  messy plan: bench/out/plan-10k-messy.xlsx, ${fileSizeMb(file).toFixed(1)} MB`);

  const workbook = await readWorkbook(file, isInputSheet);
  const plan = readPlan(workbook);
  const validate = (): unknown => validatePlan(plan, plan.settings, { lang: "en" });
  const cold = await timeRuns(1, validate);
  const core = await timeRunsWithCpu(CORE_RUNS, validate);
  const findings = validatePlan(plan, plan.settings, { lang: "en" }).length;
  log(`  findings: ${findings.toLocaleString("en-US")}`);

  const bin = join(ROOT, "bin", "ops-planner.js");
  const sheetJs = require.resolve("xlsx", { paths: [ROOT] });
  const denseRead =
    `const XLSX = require(${JSON.stringify(sheetJs)});` +
    `const wb = XLSX.readFile(${JSON.stringify(file)}, { dense: true });` +
    `if (Object.keys(wb.Sheets).length === 0) process.exit(3);`;
  const json: ChildRun[] = [];
  const table: ChildRun[] = [];
  const dense: ChildRun[] = [];
  // Interleaved, so that a change of the machine's load touches all three alike.
  for (let i = 0; i < RUNS; i++) {
    json.push(await runNode([bin, "validate", file, "--json"]));
    table.push(await runNode([bin, "validate", file]));
    dense.push(await runNode(["-e", denseRead]));
  }
  const failed = [...json, ...table].find((r) => r.code !== 1);
  if (failed) throw new Error(`the CLI did not exit 1 (exit ${failed.code}): ${failed.stderr}`);
  if (dense.some((r) => r.code !== 0)) throw new Error(`SheetJS failed: ${dense[0].stderr}`);

  const c = median(core.map((r) => r.wall));
  const s = median(dense.map((r) => r.ms));
  const j = median(json.map((r) => r.ms));
  const tb = median(table.map((r) => r.ms));
  const jRss = Math.max(...json.map((r) => r.maxRssMb));
  const tRss = Math.max(...table.map((r) => r.maxRssMb));
  const targets: Target[] = [
    {
      label: "messy: validate --json ÷ SheetJS dense read",
      value: (j / s).toFixed(2),
      target: "≤ 0.5",
      pass: j / s <= 0.5,
    },
    {
      label: "messy: validate --json peak memory",
      value: mb(jRss),
      target: "≤ 250 MB",
      pass: jRss <= 250,
    },
    {
      label: "messy: validate (table) ÷ SheetJS dense read",
      value: (tb / s).toFixed(2),
      target: "≤ 0.5",
      pass: tb / s <= 0.5,
    },
    {
      label: "messy: validate (table) peak memory",
      value: mb(tRss),
      target: "≤ 250 MB",
      pass: tRss <= 250,
    },
    {
      label: "messy: core validatePlan, warm median",
      value: ms(c),
      target: `≤ ${CORE_TARGET_MS} ms`,
      pass: c <= CORE_TARGET_MS,
    },
  ];
  log(line("messy: validate --json, spawned, median", ms(j), runs(json)));
  log(line("messy: validate (table), spawned, median", ms(tb), runs(table)));
  log(line("messy: SheetJS readFile dense, spawned, median", ms(s), runs(dense)));
  log(line("    SheetJS peak memory", mb(Math.max(...dense.map((r) => r.maxRssMb)))));
  const cpu = (xs: readonly ChildRun[]): number => median(xs.map((r) => r.cpuMs));
  log(
    line(
      "    the same ratios in CPU time",
      `${(cpu(json) / cpu(dense)).toFixed(2)} / ${(cpu(table) / cpu(dense)).toFixed(2)}`,
      "(--json / table; CPU time moves less with the machine's load)"
    )
  );
  for (const t of targets.slice(0, 4)) log(targetLine(t));
  log(targetLine(targets[4]));
  log(
    `      runs: ${core.map((r) => Math.round(r.wall)).join(", ")} ms (CPU ${core.map((r) => Math.round(r.cpu)).join(", ")}); first (cold): ${Math.round(cold[0])} ms`
  );
  return targets;
}
