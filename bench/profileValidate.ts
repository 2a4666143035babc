/**
 * Profiles the core validatePlan on the messy plan (bench/out/plan-10k-messy.xlsx, written first when missing):
 * each rule's check alone (warm median, CPU), then validatePlan whole. Run it under `node --cpu-prof` for a profile:
 *   npx tsc -p tsconfig.bench.json && node --cpu-prof dist/bench/bench/profileValidate.js
 * `BENCH_PROFILE_RUNS` (5) sets the runs of each; `BENCH_PROFILE_RULES=0` leaves out the rules one by one.
 */
import { loadavg } from "os";
import { isInputSheet } from "../src/cli/commands/validate";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { readPlan } from "../src/core/read/readPlan";
import { buildIndex } from "../src/core/planIndex";
import { RULES } from "../src/core/rules";
import { orderedFindings, validatePlan } from "../src/core/validate";
import { median, timeRunsWithCpu } from "./measure";
import { messyBenchWorkbook } from "./plan10k";

const RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 5);

async function main(): Promise<void> {
  const file = await messyBenchWorkbook(console.log);
  const plan = readPlan(await readWorkbook(file, isInputSheet));
  const ctx = { plan, settings: plan.settings, index: buildIndex(plan) };
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`
  );
  const perRule: { id: string; hits: number; cpu: number }[] = [];
  for (const rule of process.env.BENCH_PROFILE_RULES === "0" ? [] : RULES) {
    const hits = rule.check(ctx).length;
    const runs = await timeRunsWithCpu(RUNS, () => rule.check(ctx));
    perRule.push({ id: rule.id, hits, cpu: median(runs.map((r) => r.cpu)) });
  }
  perRule.sort((a, b) => b.cpu - a.cpu);
  for (const r of perRule)
    console.log(`  ${r.id.padEnd(26)} ${r.cpu.toFixed(0).padStart(6)} ms CPU  ${r.hits} hits`);
  console.log(`  rules alone: ${perRule.reduce((s, r) => s + r.cpu, 0).toFixed(0)} ms CPU`);
  const phase = async (label: string, fn: () => unknown): Promise<void> => {
    const r = await timeRunsWithCpu(RUNS, fn);
    console.log(`  ${label}: median CPU ${median(r.map((x) => x.cpu)).toFixed(0)} ms`);
  };
  await phase("every rule's check, in a row", () => RULES.map((rule) => rule.check(ctx)));
  await phase("orderedFindings (rules, messages, order, waivers)", () =>
    orderedFindings(plan, plan.settings, { lang: "en" })
  );
  const validate = (): unknown => validatePlan(plan, plan.settings, { lang: "en" });
  validate();
  const runs = await timeRunsWithCpu(RUNS, validate);
  console.log(
    `validatePlan: ${validatePlan(plan).length} findings; ` +
      `wall ${runs.map((r) => r.wall.toFixed(0)).join(", ")} ms; CPU ${runs.map((r) => r.cpu.toFixed(0)).join(", ")} ms; ` +
      `median CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms, wall ${median(runs.map((r) => r.wall)).toFixed(0)} ms`
  );
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
