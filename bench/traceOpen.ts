/**
 * A Chrome trace of opening the bench plan in the preview, then one pane tab click (the steps of
 * bench/previewOpen.bench.ts), written to bench/out/open-trace.json for the DevTools Performance panel; the page
 * thread's tasks over 100 ms are listed with when they started (ms after the file was chosen) and their top
 * functions by samples. A profiling aid (`node dist/bench/bench/traceOpen.js`), not a bench case.
 */
import { readFileSync, writeFileSync } from "fs";
import { benchWorkbook } from "./plan10k";
import { launchBrowser } from "../test/e2e/browser";
import { PreviewPage } from "../test/e2e/previewPage";
import { startPreview } from "../test/e2e/previewServer";
import { startTrace, type TraceEvent } from "./pageTrace";

async function main(): Promise<void> {
  if (process.argv[2]) {
    // A trace written before: summarised again.
    summarise(
      (JSON.parse(readFileSync(process.argv[2], "utf8")) as { traceEvents: TraceEvent[] })
        .traceEvents
    );
    return;
  }
  const file = await benchWorkbook(console.log);
  const server = await startPreview(console.log);
  const session = await launchBrowser();
  try {
    const p = new PreviewPage(session.page, "en");
    await p.open(server.url("en"));
    const endTrace = await startTrace(session);
    await session.page.evaluate(() => performance.mark("chosen"));
    const t0 = Date.now();
    await p.page.getByTestId("open-xlsx-input").setInputFiles(file);
    await p.page.getByTestId("open-notice").waitFor({ timeout: 300_000 });
    console.log(`shown after ${Date.now() - t0} ms (from the node side)`);
    await session.page.evaluate(() => performance.mark("click"));
    const c0 = Date.now();
    await p.tab("tabValidate").click();
    await p.button("validate").waitFor();
    console.log(`tab click answered in ${Date.now() - c0} ms`);
    await new Promise((r) => setTimeout(r, Number(process.env.TRACE_AFTER_MS ?? 3000)));
    const events = await endTrace();
    writeFileSync("bench/out/open-trace.json", JSON.stringify({ traceEvents: events }));
    summarise(events);
  } finally {
    await session.close();
    await server.close();
  }
}

function summarise(events: TraceEvent[]): void {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const chosen = events.find((e) => e.name === "chosen");
  const t0 = chosen?.ts ?? 0;
  const main = [...threadNames].find(([, n]) => n === "CrRendererMain")?.[0];
  // Samples: by thread, (ts, leaf function, stack).
  const nodes = new Map<string, Map<number, { parent?: number; fn: string }>>();
  const samples: { key: string; ts: number; node: number; profile: string }[] = [];
  const profiles = new Map<string, { key: string; ts: number }>();
  for (const e of events) {
    if (e.name === "Profile" && e.id) profiles.set(e.id, { key: `${e.pid}:${e.tid}`, ts: 0 });
    if (e.name === "Profile" && e.id)
      profiles.get(e.id)!.ts = (e.args?.data as { startTime?: number })?.startTime ?? e.ts;
  }
  for (const e of events) {
    if (e.name !== "ProfileChunk" || !e.id) continue;
    const prof = profiles.get(e.id);
    if (!prof) continue;
    const cp = e.args?.data?.cpuProfile;
    const map = nodes.get(e.id) ?? new Map();
    nodes.set(e.id, map);
    for (const n of cp?.nodes ?? [])
      map.set(n.id, {
        parent: n.parent,
        fn: `${n.callFrame.functionName || "(anon)"} ${(n.callFrame.url ?? "").split("/").pop()}`,
      });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cp?.samples ?? []).forEach((s, i) => {
      prof.ts += deltas[i] ?? 0;
      samples.push({ key: prof.key, ts: prof.ts, node: s, profile: e.id! });
    });
  }
  for (const [key, name] of threadNames) {
    const tasks = events.filter(
      (e) =>
        `${e.pid}:${e.tid}` === key && e.name === "RunTask" && (e.dur ?? 0) > 100_000 && e.ts >= t0
    );
    if (tasks.length === 0) continue;
    const busy = events
      .filter((e) => `${e.pid}:${e.tid}` === key && e.name === "RunTask" && e.ts >= t0)
      .reduce((n, e) => n + (e.dur ?? 0), 0);
    console.log(
      `\n${name}${key === main ? " (the page)" : ""} ${key}: ${tasks.length} tasks > 100 ms, busy ${Math.round(busy / 1000)} ms`
    );
    for (const t of tasks) {
      const inTask = samples.filter(
        (s) => s.key === key && s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0)
      );
      const self = new Map<string, number>();
      const incl = new Map<string, number>();
      for (const s of inTask) {
        const map = nodes.get(s.profile)!;
        let n: number | undefined = s.node;
        const seen = new Set<string>();
        let leaf = true;
        while (n !== undefined) {
          const node = map.get(n);
          if (!node) break;
          if (leaf) self.set(node.fn, (self.get(node.fn) ?? 0) + 1);
          leaf = false;
          if (!seen.has(node.fn)) incl.set(node.fn, (incl.get(node.fn) ?? 0) + 1);
          seen.add(node.fn);
          n = node.parent;
        }
      }
      const top = (m: Map<string, number>, k: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(([f, c]) => `${f} ${c}`)
          .join(" | ");
      console.log(
        `  at ${Math.round((t.ts - t0) / 1000)} ms: ${Math.round((t.dur ?? 0) / 1000)} ms (${inTask.length} samples)\n    self: ${top(self, 6)}\n    incl: ${top(incl, 14)}`
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
