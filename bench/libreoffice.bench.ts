/**
 * Issue 13 goal 1: the workbook's own formulas recalculated by LibreOffice Calc (headless, python3-uno), at 2,000
 * products / 10,000 promotions and 10,000 / 50,000, with the Timeline. The workbook is written by the project's
 * writer (bench/lo/loWorkbook.ts); bench/lo/recalc.py opens it with a private profile, changes one Promotions Start
 * and times the recalculation of what depends on it (setValue + calculate(): the dirty cells only), then a full
 * recalculation (calculateAll(), what a load that recalculates costs). LibreOffice knows no PLAN functions (they
 * are #NAME? there): the figures are the cost of everything around them.
 *
 * Run alone: `npm run bench -- libreoffice`. Environment:
 *   BENCH_LO_SCALE=0.1     shrink both plans (a quick try)
 *   BENCH_LO_TIMEOUT=120   seconds one LibreOffice run may take (then: timeout, a MISS)
 *   BENCH_LO_EDITS=3       edits timed per run (the median is reported)
 *   BENCH_LO_FAMILY=planSheets  what the two sizes measure (default all: every formula with the Timeline)
 *   BENCH_LO_PROFILE=1     also time each formula family alone (bench/lo/loWorkbook.ts FAMILIES) at the small size
 *   BENCH_LO_FAMILIES=a,b  the families to profile (default: all of them)
 *   BENCH_LO_SIZES=small   only the small plan (small, large, both, or none: the profile alone)
 *   BENCH_LO_EDIT=calendar edit the first Calendar event's From instead of a Promotions Start (every Promotions
 *                          Flags cell reads the Calendar: the edit recalculates them all)
 */
import { mkdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { lastText, numbers, runWithin } from "./lo/childRun";
import { FAMILIES, writeLoWorkbook, type Family, type LoSize } from "./lo/loWorkbook";
import { line, median, ms, ROOT, targetLine, type Target } from "./measure";

export const name =
  "libreoffice: one Promotions Start edit recalculated in LibreOffice Calc, 2,000 / 10,000 and 10,000 / 50,000";

const SCALE = Number(process.env.BENCH_LO_SCALE ?? 1);
const TIMEOUT_S = Number(process.env.BENCH_LO_TIMEOUT ?? 120);
const EDITS = Number(process.env.BENCH_LO_EDITS ?? 3);
const SIZES_WANTED = process.env.BENCH_LO_SIZES ?? "both";
const MAIN: Family = (process.env.BENCH_LO_FAMILY ?? "all") as Family;
const EDIT = process.env.BENCH_LO_EDIT === "calendar" ? "calendar" : "start";
const OUT = join(ROOT, "bench", "out", "lo");
const SCRIPT = join(ROOT, "bench", "lo", "recalc.py");
const PYTHON = "/usr/bin/python3";

const scaled = (products: number, promotions: number): LoSize => ({
  products: Math.max(50, Math.round(products * SCALE)),
  promotions: Math.max(250, Math.round(promotions * SCALE)),
});
const SMALL = scaled(2000, 10_000);
const LARGE = scaled(10_000, 50_000);
const EDIT_TARGET_S = { small: 0.5, large: 3 };

export interface LoRun {
  load?: number;
  edits: number[];
  full?: number;
  /** CPU seconds LibreOffice spent loading and in the full recalculation (the load of other work inflates less). */
  loadCpu?: number;
  fullCpu?: number;
  check?: string;
  failure?: string;
  timedOut: boolean;
}

/** Runs recalc.py on a file within the time limit (its process group, python and soffice, killed when over). */
export async function runLibreOffice(args: string[], timeoutS = TIMEOUT_S): Promise<LoRun> {
  const f = await runWithin(PYTHON, [SCRIPT, ...args], timeoutS);
  const profile = lastText(f, "profile");
  if (profile?.startsWith(tmpdir())) rmSync(profile, { recursive: true, force: true });
  return {
    load: numbers(f, "load")[0],
    edits: numbers(f, "edit"),
    full: numbers(f, "full")[0],
    loadCpu: numbers(f, "loadCpu")[0],
    fullCpu: numbers(f, "fullCpu")[0],
    check: lastText(f, "check"),
    failure: lastText(f, "failure") ?? f.failure,
    timedOut: f.timedOut,
  };
}

const s = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} s`;
const label = (z: LoSize): string =>
  `${z.products.toLocaleString("en-US")} / ${z.promotions.toLocaleString("en-US")}`;

/** Writes the family's workbook at a size and times it in LibreOffice. */
async function measure(
  size: LoSize,
  family: Family,
  log: (s: string) => void
): Promise<LoRun & { formulas: number }> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${family}-${size.products}-${size.promotions}.xlsx`);
  const t = performance.now();
  const wb = await writeLoWorkbook(file, size, family, EDIT);
  log(
    line(
      `  written (${wb.formulas.toLocaleString("en-US")} formulas)`,
      ms(performance.now() - t),
      file.slice(ROOT.length + 1)
    )
  );
  const args = [file, wb.edit.sheet, wb.edit.cell, String(wb.edit.serial), String(EDITS)];
  if (wb.check) args.push(wb.check.sheet, wb.check.cell);
  const run = await runLibreOffice(args);
  rmSync(file, { force: true });
  return { ...run, formulas: wb.formulas };
}

const cpu = (x: number | undefined): string => (x !== undefined ? ` (CPU ${s(x)})` : "");

function describe(run: LoRun): string {
  const parts = [
    run.load !== undefined ? `load ${s(run.load)}${cpu(run.loadCpu)}` : "",
    run.edits.length ? `edit ${run.edits.map(s).join(", ")}` : "",
    run.full !== undefined ? `full ${s(run.full)}${cpu(run.fullCpu)}` : "",
    run.check !== undefined ? `check cell "${run.check}"` : "",
    run.timedOut ? `timed out after ${TIMEOUT_S} s` : "",
    run.failure ?? "",
  ];
  return parts.filter(Boolean).join("; ");
}

export async function run(log: (s: string) => void): Promise<Target[]> {
  const targets: Target[] = [];
  log(
    `  LibreOffice headless via python3-uno; time limit ${TIMEOUT_S} s a run; ${EDITS} edits a run${EDIT === "calendar" ? " of a Calendar event's From" : ""}${SCALE !== 1 ? `; scale ${SCALE}` : ""}`
  );
  const sizes: [keyof typeof EDIT_TARGET_S, LoSize][] = [];
  if (SIZES_WANTED === "small" || SIZES_WANTED === "both") sizes.push(["small", SMALL]);
  if (SIZES_WANTED === "large" || SIZES_WANTED === "both") sizes.push(["large", LARGE]);
  const full: Partial<Record<keyof typeof EDIT_TARGET_S, number>> = {};
  const fullCpu: Partial<Record<keyof typeof EDIT_TARGET_S, number>> = {};
  for (const [which, size] of sizes) {
    const what = `${label(size)}${MAIN === "all" ? " with the Timeline" : ` (${FAMILIES[MAIN]})`}`;
    log(`  ${what}:`);
    const r = await measure(size, MAIN, log);
    log(`    ${describe(r)}`);
    const edit = r.edits.length ? median(r.edits) : undefined;
    const target = EDIT_TARGET_S[which];
    targets.push({
      label: `LibreOffice ${EDIT === "calendar" ? "Calendar " : ""}edit recalc @${label(size)}${MAIN === "all" ? "" : `, ${MAIN}`}`,
      value: edit !== undefined ? s(edit) : "timeout",
      target: `≤ ${target} s`,
      pass: edit !== undefined && edit <= target,
    });
    log(targetLine(targets[targets.length - 1]));
    if (r.load !== undefined) log(line(`LibreOffice load @${label(size)}`, s(r.load)));
    if (r.full !== undefined) {
      full[which] = r.full;
      fullCpu[which] = r.fullCpu;
      log(line(`LibreOffice full recalc @${label(size)}`, `${s(r.full)}${cpu(r.fullCpu)}`));
    }
  }
  if (sizes.length === 2) {
    const rows = LARGE.promotions / SMALL.promotions;
    const ratio =
      full.small !== undefined && full.large !== undefined ? full.large / full.small : undefined;
    targets.push({
      label: `LibreOffice full recalc growth ×${rows} rows`,
      value: ratio !== undefined ? `×${ratio.toFixed(1)}` : "timeout",
      target: `≤ ×${rows}`,
      pass: ratio !== undefined && ratio <= rows,
    });
    log(targetLine(targets[targets.length - 1]));
    if (fullCpu.small !== undefined && fullCpu.large !== undefined)
      log(
        line(
          "  the same growth in LibreOffice's CPU time",
          `×${(fullCpu.large / fullCpu.small).toFixed(1)}`
        )
      );
  }

  if (process.env.BENCH_LO_PROFILE === "1") {
    const wanted = (process.env.BENCH_LO_FAMILIES ?? Object.keys(FAMILIES).join(","))
      .split(",")
      .filter((f): f is Family => f in FAMILIES);
    log(`\n  Profile @${label(SMALL)}: each formula family alone (median edit; load; full)`);
    for (const family of wanted) {
      log(`  ${family}: ${FAMILIES[family]}`);
      const r = await measure(SMALL, family, log);
      log(`    ${describe(r)}`);
    }
  }
  return targets;
}
