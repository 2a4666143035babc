/**
 * `ops-planner validate` run in this process (the command's own function, as bin/ops-planner.js calls it): exit code,
 * stdout and stderr as a user gets them, without spawning Node per file. Spawned runs are in cliRun.ts.
 */
import { runValidate } from "../../src/cli/commands/validate";
import { CliError } from "../../src/cli/io";
import type { ValidateJson } from "./cliRun";

export interface ValidateOutcome {
  code: number;
  /** The JSON of `--json` (exit 0 or 1). */
  json?: ValidateJson;
  /** The one error line (exit 2). */
  error?: string;
}

export async function validateInProcess(
  file: string,
  args: string[] = []
): Promise<ValidateOutcome> {
  let out = "";
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
  try {
    const code = await runValidate([file, "--json", ...args], io);
    return { code, json: JSON.parse(out) as ValidateJson };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, error: e.message };
    throw e;
  }
}

/** "RULE@Sheet!A1" of every finding, in the validator's order. */
export const findingKeys = (o: ValidateOutcome): string[] =>
  (o.json?.findings ?? []).map((f) => `${f.rule}@${f.address}`);
