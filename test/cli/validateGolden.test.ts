/**
 * `validate`'s output, byte for byte, on a messy plan (fixtures/messy-plan.xlsx, written by
 * bench/writeMessyFixture.ts: ~5,900 findings of 23 rules, a waived one, an invisible character, SKUs holding "$&" and
 * "{{sku}}"), in JSON and as a table, in English and Chinese: the golden files are what the validator printed before
 * issue 13 made it stream its output and render messages without a lookup per finding.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { gunzipSync } from "zlib";
import { runCli } from "./cliRun";

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, "fixtures");
const PLAN = join(FIXTURES, "messy-plan.xlsx");

const golden = (name: string): string =>
  gunzipSync(readFileSync(join(FIXTURES, `${name}.gz`))).toString("utf8");

/** The first line where the two differ (a 2 MB diff helps nobody), or undefined when they are equal. */
function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const a = actual.split("\n");
  const e = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, e.length); i++)
    if (a[i] !== e[i]) return `line ${i + 1}:\n  got      ${a[i]}\n  expected ${e[i]}`;
  return "same lines, different bytes";
}

describe.each(["en", "zh-CN"])("validate --lang %s on a messy plan", (lang) => {
  it("prints the same JSON as before, byte for byte, and exits 1", async () => {
    const run = await runCli(["validate", PLAN, "--json", "--lang", lang]);
    expect(run.stderr).toBe("");
    expect(firstDifference(run.stdout, golden(`messy.${lang}.json`))).toBeUndefined();
    expect(run.code).toBe(1);
  });

  it("prints the same table as before, byte for byte, and exits 1", async () => {
    const run = await runCli(["validate", PLAN, "--lang", lang]);
    expect(run.stderr).toBe("");
    expect(firstDifference(run.stdout, golden(`messy.${lang}.txt`))).toBeUndefined();
    expect(run.code).toBe(1);
  });
});
