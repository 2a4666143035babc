/**
 * A Chrome trace of a page, as the profiling aids take it (bench/traceOpen.ts, bench/traceWrites.ts): the timeline,
 * V8's execution and its sampled CPU profile, and user-timing marks, through the DevTools protocol.
 */
import type { BrowserSession } from "../test/e2e/browser";

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber?: number;
  columnNumber?: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

/** Starts tracing the session's page; the function returned ends it and answers the events. */
export async function startTrace(session: BrowserSession): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await session.context.newCDPSession(session.page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (d) => {
    events.push(...(d.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: CATEGORIES, recordMode: "recordContinuously" },
    transferMode: "ReportEvents",
  });
  return async () => {
    await cdp.send("Tracing.end");
    await complete;
    return events;
  };
}
