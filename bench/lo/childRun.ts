/** A child process that prints one JSON object a line as it measures, run within a time limit. */
import { spawn } from "child_process";

export interface ChildFigures {
  /** Every JSON line's fields; a field printed more than once keeps each value, in order. */
  figures: Map<string, unknown[]>;
  timedOut: boolean;
  /** A non-zero exit, with the last line of stderr. */
  failure?: string;
}

/**
 * Runs `command args` in its own process group and kills the whole group (a child's children too: soffice) when it
 * takes longer than `timeoutS`; the figures printed until then are kept.
 */
export function runWithin(
  command: string,
  args: string[],
  timeoutS: number
): Promise<ChildFigures> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const out: ChildFigures = { figures: new Map(), timedOut: false };
    let stderr = "";
    let pending = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      pending += d;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const l of lines) {
        if (!l.trim().startsWith("{")) continue;
        for (const [k, v] of Object.entries(JSON.parse(l) as Record<string, unknown>))
          out.figures.set(k, [...(out.figures.get(k) ?? []), v]);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      out.timedOut = true;
      if (child.pid !== undefined)
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
    }, timeoutS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0 && !out.timedOut)
        out.failure = `${command} exited ${code}: ${stderr.trim().split("\n").pop() ?? ""}`;
      resolve(out);
    });
  });
}

/** The numbers printed under `key`. */
export const numbers = (f: ChildFigures, key: string): number[] =>
  (f.figures.get(key) ?? []).filter((v): v is number => typeof v === "number");

/** The last text printed under `key`. */
export const lastText = (f: ChildFigures, key: string): string | undefined => {
  const v = (f.figures.get(key) ?? []).filter((x): x is string => typeof x === "string");
  return v[v.length - 1];
};
