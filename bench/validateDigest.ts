/**
 * A digest of validatePlan's findings on the messy plan (en and zh-CN), to check that a change to the rules keeps
 * every finding: `node dist/bench/bench/validateDigest.js` before and after, and compare the lines.
 */
import { createHash } from "crypto";
import { isInputSheet } from "../src/cli/commands/validate";
import { readWorkbook } from "../src/cli/xlsx/readWorkbook";
import { readPlan } from "../src/core/read/readPlan";
import { validatePlan } from "../src/core/validate";
import { messyBenchWorkbook } from "./plan10k";

async function main(): Promise<void> {
  const plan = readPlan(await readWorkbook(await messyBenchWorkbook(console.log), isInputSheet));
  for (const lang of ["en", "zh-CN"] as const) {
    const hash = createHash("sha256");
    const findings = validatePlan(plan, plan.settings, {
      lang,
      today: new Date(Date.UTC(2027, 0, 1)),
    });
    for (const f of findings) hash.update(JSON.stringify(f)).update("\n");
    console.log(`${lang}: ${findings.length} findings, sha256 ${hash.digest("hex")}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
