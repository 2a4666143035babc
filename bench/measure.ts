/** Timing and memory helpers for the bench cases: medians, spawned children with their peak memory. */
import { spawn } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { performance } from "perf_hooks";

/** The repository root (this file runs compiled, from dist/bench/bench). */
function findRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ROOT = findRoot();
export const MAXRSS_PRELOAD = join(ROOT, "bench", "maxrss.js");

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface ChildRun {
  ms: number;
  /** Peak resident set size, MB. */
  maxRssMb: number;
  /** CPU time (user + system, all threads), ms: what the run costs whatever else the machine runs. */
  cpuMs: number;
  code: number | null;
  /** What the child printed on stdout, when `captureStdout`. */
  stdout: string;
  stderr: string;
}

/** Runs `node -r maxrss.js <args>` and times it from spawn to exit (stdout discarded unless captured). */
export function runNode(args: string[], opts: { captureStdout?: boolean } = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "ops-planner-bench-"));
  const rssFile = join(dir, "maxrss");
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-r", MAXRSS_PRELOAD, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", opts.captureStdout ? "pipe" : "ignore", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let maxRssMb = NaN;
      let cpuMs = NaN;
      try {
        const [rss, cpu] = readFileSync(rssFile, "utf8").split(" ").map(Number);
        maxRssMb = rss / 1024;
        cpuMs = cpu / 1000;
      } catch {
        // The child died before its exit handler ran: no figure.
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, maxRssMb, cpuMs, code, stdout, stderr });
    });
  });
}

/** Times `fn` `runs` times (wall-clock ms). */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  return (await timeRunsWithCpu(runs, fn)).map((r) => r.wall);
}

/**
 * Wall-clock and CPU (user + system) ms of `runs` runs. On a machine shared with other work the wall time grows
 * with the load while the CPU time barely moves, so the CPU time says what an idle machine would show.
 */
export async function timeRunsWithCpu(
  runs: number,
  fn: () => unknown
): Promise<{ wall: number; cpu: number }[]> {
  const out: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    out.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  return out;
}

export const ms = (x: number): string => `${Math.round(x).toLocaleString("en-US")} ms`;
export const mb = (x: number): string => `${Math.round(x)} MB`;

export interface Target {
  label: string;
  value: string;
  target: string;
  pass: boolean;
}

/** One result line; targets end with PASS or MISS. */
export function line(label: string, value: string, extra = ""): string {
  return `  ${label.padEnd(44)} ${value.padStart(12)}${extra ? `  ${extra}` : ""}`;
}

export function targetLine(t: Target): string {
  return `  ${t.label.padEnd(44)} ${t.value.padStart(12)}  target ${t.target.padEnd(10)} ${t.pass ? "PASS" : "MISS"}`;
}
