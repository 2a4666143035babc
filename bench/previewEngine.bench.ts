/**
 * Issue 13 goal 1, the preview's side: one Promotions Start edit recomputed by the preview's engine setup
 * (src/preview/formulaEngine.ts: HyperFormula with the PLAN functions, over the in-memory workbook the pane's
 * Create / update fills) at 2,000 products / 10,000 promotions, plan sheets alone and with the Timeline, and whether
 * 10,000 / 50,000 builds at all. Each case runs in a child process (bench/engine/previewEdit.ts) within a time limit.
 *
 * Run alone: `npm run bench -- previewEngine`. Environment:
 *   BENCH_ENGINE_SCALE=0.1    shrink the plans (a quick try)
 *   BENCH_ENGINE_TIMEOUT=300  seconds one case may take (then: timeout, a MISS)
 *   BENCH_ENGINE_EDITS=3      edits timed per case (the median is reported)
 *   BENCH_ENGINE_LARGE=0      skip the 10,000 / 50,000 build
 */
import { join } from "path";
import { lastText, numbers, runWithin } from "./lo/childRun";
import { line, median, ms, targetLine, type Target } from "./measure";

export const name =
  "previewEngine: one Promotions Start edit in the preview's HyperFormula setup, 2,000 / 10,000 (and 10,000 / 50,000 built)";

const SCALE = Number(process.env.BENCH_ENGINE_SCALE ?? 1);
const TIMEOUT_S = Number(process.env.BENCH_ENGINE_TIMEOUT ?? 300);
const EDITS = Number(process.env.BENCH_ENGINE_EDITS ?? 3);
const EDIT_TARGET_MS = 100;
const CHILD = join(__dirname, "engine", "previewEdit.js");

const size = (products: number, promotions: number): [number, number] => [
  Math.max(50, Math.round(products * SCALE)),
  Math.max(250, Math.round(promotions * SCALE)),
];
const label = ([p, q]: [number, number]): string =>
  `${p.toLocaleString("en-US")} / ${q.toLocaleString("en-US")}`;

export async function run(log: (s: string) => void): Promise<Target[]> {
  const targets: Target[] = [];
  log(`  time limit ${TIMEOUT_S} s a case; ${EDITS} edits${SCALE !== 1 ? `; scale ${SCALE}` : ""}`);
  const small = size(2000, 10_000);
  // timeline 2: the Timeline alone (the plan sheets' formulas as values): the Timeline's own share of an edit.
  const cases: { sz: [number, number]; timeline: 0 | 1 | 2; edits: number; target: boolean }[] = [
    { sz: small, timeline: 0, edits: EDITS, target: true },
    { sz: small, timeline: 1, edits: EDITS, target: true },
    { sz: small, timeline: 2, edits: EDITS, target: true },
  ];
  if (process.env.BENCH_ENGINE_LARGE !== "0")
    cases.push(
      { sz: size(10_000, 50_000), timeline: 0, edits: 1, target: false },
      { sz: size(10_000, 50_000), timeline: 2, edits: EDITS, target: false }
    );
  const kind = ["plan sheets", "with the Timeline", "the Timeline alone"];
  for (const c of cases) {
    const what = `${label(c.sz)}, ${kind[c.timeline]}`;
    const f = await runWithin(
      process.execPath,
      [
        "--max-old-space-size=6144",
        CHILD,
        String(c.sz[0]),
        String(c.sz[1]),
        String(c.timeline),
        String(c.edits),
      ],
      TIMEOUT_S
    );
    const build = numbers(f, "build")[0];
    const timeline = numbers(f, "timeline")[0];
    const edits = numbers(f, "edit");
    const cpu = (key: string): string => {
      const v = numbers(f, key);
      return v.length ? ` (CPU ${v.map(ms).join(", ")})` : "";
    };
    const end = f.timedOut
      ? `timed out after ${TIMEOUT_S} s`
      : (lastText(f, "failure") ?? f.failure ?? "");
    log(
      `  ${what}: ${[
        build !== undefined ? `build ${ms(build)}${cpu("buildCpu")}` : "",
        timeline !== undefined ? `Timeline ${ms(timeline)}${cpu("timelineCpu")}` : "",
        edits.length ? `edit ${edits.map(ms).join(", ")}${cpu("editCpu")}` : "",
        lastText(f, "check") !== undefined ? `Days after the edit ${lastText(f, "check")}` : "",
        end,
      ]
        .filter(Boolean)
        .join("; ")}`
    );
    if (c.target) {
      const edit = edits.length ? median(edits) : undefined;
      targets.push({
        label: `preview engine edit @${what}`,
        value: edit !== undefined ? ms(edit) : "timeout",
        target: `≤ ${EDIT_TARGET_MS} ms`,
        pass: edit !== undefined && edit <= EDIT_TARGET_MS,
      });
      log(targetLine(targets[targets.length - 1]));
    } else
      log(
        line(
          `preview engine @${what}`,
          build !== undefined ? `build ${ms(build)}` : end || "—",
          edits.length ? `edit ${ms(median(edits))}` : ""
        )
      );
  }
  return targets;
}
