/** Runs the built CLI as a user does (`node bin/ops-planner.js …`; `npm test`'s pretest builds dist/node). */
import { spawn } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const BIN = join(__dirname, "..", "..", "bin", "ops-planner.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OPS_PLANNER_DEBUG: "", ...opts.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `ops-planner-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** stderr is one line (plus the usage, when asked) and never a stack trace. */
export function expectOneLineError(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split("\n")[0]).toMatch(/^ops-planner: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).toBe("");
}

/** The JSON `validate --json` prints. */
export interface ValidateJson {
  findings: {
    rule: string;
    severity: string;
    sheet: string;
    row: number;
    column: string;
    address: string;
    message: string;
    related: string[];
    waived?: boolean;
    reason?: string;
  }[];
  counts: { error: number; warning: number; waived: number };
}
