/**
 * A Chrome trace of the pane's big writes on the bench plan (the steps of bench/previewWrites.ts): the plan added to
 * a new page's workbook, then Create / update plan workbook (`create`) or Write Timeline sheet (`timeline`) clicked,
 * until its button is enabled again and TRACE_AFTER_MS (default 3000) more. Written to bench/out/<which>-trace.json
 * for the DevTools Performance panel; printed: each thread's busy time from the click to the end, the page thread's
 * tasks over 50 ms (ms after the click, duration, top functions by samples, mapped through the build's source maps to
 * the project's files), and the page thread's samples by source file. A profiling aid
 * (`node dist/bench/bench/traceWrites.js create|timeline [trace.json]`), not a bench case.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import { launchBrowser } from "../test/e2e/browser";
import { PreviewPage } from "../test/e2e/previewPage";
import { startPreview } from "../test/e2e/previewServer";
import { generateBenchPlan } from "./generatePlan";
import { planGrids } from "./planGrids";
import { startTrace, type CallFrame, type TraceEvent } from "./pageTrace";

const BUTTONS = { create: "createWorkbook", timeline: "writeTimeline" } as const;

async function main(): Promise<void> {
  const which = (process.argv[2] ?? "create") as keyof typeof BUTTONS;
  if (!(which in BUTTONS)) throw new Error("usage: traceWrites.js create|timeline [trace.json]");
  const server = await startPreview(console.log);
  const maps = sourceMaps(server.dir);
  if (process.argv[3]) {
    const events = (
      JSON.parse(readFileSync(process.argv[3], "utf8")) as { traceEvents: TraceEvent[] }
    ).traceEvents;
    await server.close();
    return summarise(events, maps);
  }
  const grids = planGrids(generateBenchPlan(), "en");
  const session = await launchBrowser();
  try {
    const p = new PreviewPage(session.page, "en");
    await p.open(server.url("en"));
    await p.loadSheets(grids);
    const endTrace = await startTrace(session);
    const label = p.t(BUTTONS[which]);
    const took = await session.page.evaluate(async (text) => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent === text);
      if (!button) throw new Error(`no "${text}" button`);
      const busy = () => button.disabled || button.getAttribute("aria-disabled") === "true";
      performance.mark("click");
      const start = performance.now();
      button.click();
      await new Promise<void>((resolve) => {
        const poll = () => (busy() ? setTimeout(poll, 10) : resolve());
        setTimeout(poll, 10);
      });
      performance.mark("done");
      return performance.now() - start;
    }, label);
    console.log(`${which}: the button enabled again ${Math.round(took)} ms after the click`);
    await new Promise((r) => setTimeout(r, Number(process.env.TRACE_AFTER_MS ?? 3000)));
    const events = await endTrace();
    mkdirSync("bench/out", { recursive: true });
    const file = `bench/out/${which}-trace.json`;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    console.log(`trace: ${file}`);
    summarise(events, maps);
  } finally {
    await session.close();
    await server.close();
  }
}

/** The build's source maps by script name (preview.js → its consumer). */
function sourceMaps(root: string): Map<string, SourceMapConsumer> {
  const out = new Map<string, SourceMapConsumer>();
  for (const map of readdirSync(root).filter((f) => f.endsWith(".js.map")))
    out.set(
      map.slice(0, -4),
      new SourceMapConsumer(JSON.parse(readFileSync(join(root, map), "utf8")) as RawSourceMap)
    );
  return out;
}

/** A frame as `function file:line` in the project's source (node_modules packages by package name). */
function frameName(
  f: CallFrame,
  maps: Map<string, SourceMapConsumer>
): { fn: string; file: string } {
  const script = (f.url ?? "").split("/").pop() ?? "";
  const map = maps.get(script);
  if (map && f.lineNumber !== undefined && f.lineNumber >= 0) {
    const o = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber ?? 0 });
    if (o.source) {
      const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(o.source);
      const file = nm ? nm[1] : o.source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
      return { fn: `${o.name ?? f.functionName ?? "(anon)"} ${file}:${o.line}`, file };
    }
  }
  const fn = f.functionName || "(anon)";
  return {
    fn: script ? `${fn} ${script}` : fn,
    file: fn.startsWith("(") ? fn : script || "(native)",
  };
}

function summarise(events: TraceEvent[], maps: Map<string, SourceMapConsumer>): void {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const t0 = events.find((e) => e.name === "click")?.ts ?? 0;
  const tDone = events.find((e) => e.name === "done")?.ts ?? Infinity;
  const main = [...threadNames].find(([, n]) => n === "CrRendererMain")?.[0];
  const nodes = new Map<string, Map<number, { parent?: number; fn: string; file: string }>>();
  const samples: { key: string; ts: number; node: number; profile: string }[] = [];
  const profiles = new Map<string, { key: string; ts: number }>();
  for (const e of events)
    if (e.name === "Profile" && e.id)
      profiles.set(e.id, { key: `${e.pid}:${e.tid}`, ts: e.args?.data?.startTime ?? e.ts });
  for (const e of events) {
    if (e.name !== "ProfileChunk" || !e.id) continue;
    const prof = profiles.get(e.id);
    if (!prof) continue;
    const cp = e.args?.data?.cpuProfile;
    const map = nodes.get(e.id) ?? new Map();
    nodes.set(e.id, map);
    for (const n of cp?.nodes ?? [])
      map.set(n.id, { parent: n.parent, ...frameName(n.callFrame, maps) });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cp?.samples ?? []).forEach((s, i) => {
      prof.ts += deltas[i] ?? 0;
      samples.push({ key: prof.key, ts: prof.ts, node: s, profile: e.id! });
    });
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, c]) => `${f} ${c}`)
      .join(" | ");
  /** Self and inclusive sample counts by function, and self by file, over samples. */
  const tally = (inTask: typeof samples) => {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    const files = new Map<string, number>();
    for (const s of inTask) {
      const map = nodes.get(s.profile)!;
      let n: number | undefined = s.node;
      const seen = new Set<string>();
      let leaf = true;
      while (n !== undefined) {
        const node = map.get(n);
        if (!node) break;
        if (leaf) {
          self.set(node.fn, (self.get(node.fn) ?? 0) + 1);
          files.set(node.file, (files.get(node.file) ?? 0) + 1);
        }
        leaf = false;
        if (!seen.has(node.fn)) incl.set(node.fn, (incl.get(node.fn) ?? 0) + 1);
        seen.add(node.fn);
        n = node.parent;
      }
    }
    return { self, incl, files };
  };
  console.log(`the button enabled ${Math.round((tDone - t0) / 1000)} ms after the click`);
  for (const [key, name] of threadNames) {
    const tasks = events.filter(
      (e) => `${e.pid}:${e.tid}` === key && e.name === "RunTask" && e.ts >= t0
    );
    const busy = (until: number) =>
      tasks.filter((e) => e.ts < until).reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
    if (busy(Infinity) < 20) continue;
    const long = tasks.filter((e) => (e.dur ?? 0) > 50_000);
    console.log(
      `\n${name}${key === main ? " (the page)" : ""} ${key}: busy ${Math.round(busy(tDone))} ms until the button, ${Math.round(busy(Infinity))} ms to the end; ${long.length} tasks > 50 ms`
    );
    if (key === main) {
      const all = tally(samples.filter((s) => s.key === key && s.ts >= t0 && s.ts <= tDone));
      console.log(`  until the button, self samples by file: ${top(all.files, 15)}`);
      console.log(`  self: ${top(all.self, 15)}`);
      console.log(`  incl: ${top(all.incl, 25)}`);
    }
    for (const t of long) {
      const inTask = samples.filter(
        (s) => s.key === key && s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0)
      );
      const { self, incl } = tally(inTask);
      console.log(
        `  at ${Math.round((t.ts - t0) / 1000)} ms: ${Math.round((t.dur ?? 0) / 1000)} ms (${inTask.length} samples)` +
          (key === main || (t.dur ?? 0) > 500_000
            ? `\n    self: ${top(self, 6)}\n    incl: ${top(incl, 14)}`
            : "")
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
