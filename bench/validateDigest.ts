/**
 * A digest of validatePlan's findings on the messy plan (en and zh-CN), to check that a change to the rules keeps
 * every finding: `node dist/bench/bench/validateDigest.js` before and after, and compare the lines. It fails when the
 * CLI's path (orderedFindings) and validatePlan disagree.
 */
import { createHash } from "crypto";
import { isInputSheet } from "../src/cli/commands/validate";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { readPlan } from "../src/core/read/readPlan";
import { orderedFindings, validatePlan } from "../src/core/validate";
import { messyBenchWorkbook } from "./plan10k";

async function main(): Promise<void> {
  const plan = readPlan(await readWorkbook(await messyBenchWorkbook(console.log), isInputSheet));
  for (const lang of ["en", "zh-CN"] as const) {
    const hash = createHash("sha256");
    const today = new Date(Date.UTC(2027, 0, 1));
    const findings = validatePlan(plan, plan.settings, { lang, today });
    for (const f of findings) hash.update(JSON.stringify(f)).update("\n");
    const digest = hash.digest("hex");
    console.log(`${lang}: ${findings.length} findings, sha256 ${digest}`);
    // The CLI's path (each finding built when written) must give the same findings.
    const ordered = orderedFindings(plan, plan.settings, { lang, today });
    const again = createHash("sha256");
    for (let i = 0; i < ordered.length; i++)
      again.update(JSON.stringify(ordered.finding(i))).update("\n");
    if (again.digest("hex") !== digest) {
      console.log(`${lang}: orderedFindings gives other findings than validatePlan`);
      process.exitCode = 1;
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
