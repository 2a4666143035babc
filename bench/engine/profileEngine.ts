/**
 * Where the preview's formula engine spends its time (docs/perf/formula-profile.md): the bench plan as the pane's
 * Create / update leaves it (MemoryWorkbook + FormulaEngine), optionally the Timeline, then Promotions Start edits;
 * each phase is CPU-profiled on its own through the inspector and summarised (self time and inclusive time per
 * function, the share of samples). A profiling aid, not a bench case:
 *
 *   node dist/bench/bench/engine/profileEngine.js <products> <promotions> <timeline 0|1|2> [edits] [outDir]
 *
 * (timeline 2: the plan sheets' formulas as values, the Timeline alone.) With an outDir each phase's .cpuprofile is
 * written there too (open it in Chrome DevTools).
 */
import { writeFileSync, mkdirSync } from "fs";
import { Session, type Profiler } from "inspector";
import { join } from "path";
import { performance } from "perf_hooks";
import { columnIndex } from "../../src/core/cells";
import { dateToSerial } from "../../src/core/read/dates";
import { timelineLayout } from "../../src/core/timeline";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { planRows, TODAY, YEAR } from "../lo/loWorkbook";

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) =>
    session.post(method, params, (err, res) => (err ? reject(err) : resolve(res as T)))
  );

function summary(p: Profiler.Profile, top = 15): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Profiler.ProfileNode): string =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const samples = p.samples ?? [];
  for (const id of samples) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + 1);
    }
  }
  const rows = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${((100 * v) / samples.length).toFixed(1).padStart(5)} % ${k}`)
      .join("\n");
  return `self:\n${rows(self)}\ninclusive:\n${rows(incl)}`;
}

async function profiled<T>(
  what: string,
  outDir: string | undefined,
  f: () => Promise<T> | T
): Promise<T> {
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 500 });
  await post("Profiler.start");
  const t = performance.now();
  const out = await f();
  const ms = performance.now() - t;
  const { profile } = await post<{ profile: Profiler.Profile }>("Profiler.stop");
  console.log(`\n== ${what}: ${Math.round(ms)} ms\n${summary(profile)}`);
  if (outDir)
    writeFileSync(join(outDir, `${what.replace(/\W+/g, "-")}.cpuprofile`), JSON.stringify(profile));
  return out;
}

async function main(): Promise<void> {
  const [products, promotions, timeline, edits = 2] = process.argv.slice(2, 6).map(Number);
  const outDir = process.argv[6];
  if (outDir) mkdirSync(outDir, { recursive: true });
  const layout = planWorkbookLayout({
    lang: "en",
    year: YEAR,
    sample: false,
    today: TODAY,
    formulas: timeline !== 2,
    data: planRows({ products, promotions }),
  });
  const wb = new MemoryWorkbook("en");
  await wb.applyPlanLayout(layout, { sample: false });
  await profiled("build", outDir, () => wb.useCalculator(new FormulaEngine()));
  if (timeline >= 1 && layout.plan) {
    const tl = timelineLayout(layout.plan, { lang: "en" });
    await profiled("timeline", outDir, () => wb.writeTimeline(tl));
  }
  const sheet = layout.sheets.find((s) => s.id === "promotions")!;
  const start = sheet.columns.find((c) => c.field === "start")!;
  const si = columnIndex(start.letter) - 1;
  let i = Math.floor(sheet.rows.length / 2);
  while (!(sheet.rows[i][si] instanceof Date)) i++;
  const serial = dateToSerial(sheet.rows[i][si] as Date);
  for (let k = 0; k < edits; k++)
    await profiled(`edit ${k + 1}`, outDir, () =>
      wb.setCell(sheet.name, `${start.letter}${sheet.firstRow + i}`, serial + ((k + 1) % 2))
    );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
