/**
 * Issue 13, goal 3: the task pane on a messy plan in the browser preview (Chromium). The plan of
 * generateMessyPreviewPlan (10,000 products, 50,000 promotions, 60,000 prices; ~190,000 findings, BELOW_FLOOR's
 * ~43,000 the largest group) is added to the preview's workbook as plain values, then:
 *   (d) Validate click until the grouped findings show, split by the pane's User Timing measures into the read
 *       (the port's sheets and readPlan), the rules (core validatePlan) and the pane (indexing, grouping, rendering);
 *       the target is on what follows the read;
 *   (e) opening the largest group (its header's click until its rows are on screen);
 *   (f) the sheet and severity filters, (g) each keystroke of searches: from the input until the list shows the new
 *       matches (the caption "Showing N of M" equals what the index model computes in Node for that filter);
 *   (h) scrolling the largest group (a fast wheel-like scroll, then jumps as a dragged scrollbar does) with no long
 *       task over 50 ms (the Long Tasks API); and End from its first row until its last row has the focus.
 * Times are taken in the page (performance.now() to the frame after the change).
 */
import type { Page } from "playwright-core";
import { readPlan } from "../src/core/read/readPlan";
import { validatePlan } from "../src/core/validate";
import { NO_FILTER, type FindingFilter } from "../src/taskpane/model/findingGroups";
import {
  filterFindings,
  indexFindings,
  type FindingIndex,
} from "../src/taskpane/model/findingIndex";
import { READ_MEASURE, RULES_MEASURE } from "../src/taskpane/hooks/useValidation";
import { launchBrowser } from "../test/e2e/browser";
import { PreviewPage } from "../test/e2e/previewPage";
import { startPreview } from "../test/e2e/previewServer";
import { generateMessyPreviewPlan } from "./generatePlan";
import { line, median, ms, targetLine, type Target } from "./measure";
import { planGrids } from "./planGrids";

const REPEATS = Number(process.env.BENCH_PANE_REPEATS ?? 3);
/** A smaller plan (0.1: a tenth of the rows) for trying the bench out; the figures are for 1. */
const SCALE = Number(process.env.BENCH_PANE_SCALE ?? 1);
const RESPONSE_MS = 100;
const count = (n: number): string => n.toLocaleString("en-US");

/** Page-side helpers (window.__paneBench), installed once per page. */
function installHelpers(): void {
  const frame = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  /** Resolves at the frame after `ready()` holds (checked on every DOM change), or rejects after `timeout` ms. */
  const until = (ready: () => boolean, timeout: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        observer.disconnect();
        clearTimeout(timer);
        void frame().then(resolve);
      };
      const observer = new MutationObserver(() => {
        if (ready()) done();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`not ready within ${timeout} ms`));
      }, timeout);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      if (ready()) done();
    });
  const pane = (): HTMLElement => document.querySelector('[data-testid="task-pane"]')!;
  const captionIs = (text: string) => (): boolean =>
    [...pane().querySelectorAll('[aria-live="polite"]')].some((e) => e.textContent === text);
  const setInput = (input: HTMLInputElement, value: string): void => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  (window as unknown as { __paneBench: unknown }).__paneBench = {
    frame,
    until,
    captionIs,
    setInput,
  };
}

interface Helpers {
  frame(): Promise<number>;
  until(ready: () => boolean, timeout: number): Promise<number>;
  captionIs(text: string): () => boolean;
  setInput(input: HTMLInputElement, value: string): void;
}

/** The expected caption for a filter, from the same index model the pane uses (computed in Node). */
function caption(p: PreviewPage, index: FindingIndex, filter: FindingFilter): string {
  const shown = filterFindings(index, filter).shown;
  return shown === 0 ? p.t("noMatch") : p.t("showing", { shown, total: index.total });
}

interface ValidateTiming {
  total: number;
  read: number;
  rules: number;
  afterRead: number;
}

async function timeValidate(p: PreviewPage, region: string): Promise<ValidateTiming> {
  return p.page.evaluate(
    async ({ label, region, read, rules }) => {
      const h = (window as unknown as { __paneBench: Helpers }).__paneBench;
      performance.clearMeasures();
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent === label);
      if (!button) throw new Error(`no "${label}" button`);
      const start = performance.now();
      button.click();
      const shown = await h.until(
        () => document.querySelector(`section[aria-label="${region}"]`) !== null,
        300_000
      );
      const last = (name: string) => performance.getEntriesByName(name).at(-1);
      const r = last(read);
      const v = last(rules);
      if (!r || !v) throw new Error("the pane recorded no read / rules measure");
      return {
        total: shown - start,
        read: r.duration,
        rules: v.duration,
        afterRead: shown - (r.startTime + r.duration),
      };
    },
    { label: p.t("validate"), region, read: READ_MEASURE, rules: RULES_MEASURE }
  );
}

/** Clicks the group's header; ms until its list shows rows. */
async function timeOpen(page: Page, region: string, title: string): Promise<number> {
  return page.evaluate(
    async ({ region, title }) => {
      const h = (window as unknown as { __paneBench: Helpers }).__paneBench;
      const section = document.querySelector(`section[aria-label="${region}"]`)!;
      const header = [...section.querySelectorAll<HTMLElement>("button[aria-expanded]")].find((b) =>
        b.textContent?.includes(title)
      );
      if (!header) throw new Error(`no group header "${title}"`);
      if (header.getAttribute("aria-expanded") === "true") header.click(); // closed first
      await h.frame();
      const start = performance.now();
      header.click();
      const shown = await h.until(
        () => section.querySelector(`ul[aria-label="${title}"] li`) !== null,
        30_000
      );
      return shown - start;
    },
    { region, title }
  );
}

interface ScrollResult {
  longTasks: number[];
  frames: number[];
  rendered: number;
  lastShown: boolean;
  endKeyMs: number;
}

/** Scrolls the group's list (fast, then jumps) watching long tasks; then End from its first row. */
async function scrollGroup(page: Page, title: string, lastAddress: string): Promise<ScrollResult> {
  return page.evaluate(
    async ({ title, lastAddress }) => {
      const h = (window as unknown as { __paneBench: Helpers }).__paneBench;
      const list = document.querySelector<HTMLElement>(`ul[aria-label="${title}"]`)!;
      const viewport = list.parentElement!;
      const longTasks: number[] = [];
      viewport.scrollTop = 0;
      await h.frame();
      await h.frame();
      const observer = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => longTasks.push(e.duration))
      );
      observer.observe({ type: "longtask" });
      const frames: number[] = [];
      let last = await h.frame();
      const step = async (): Promise<void> => {
        const now = await h.frame();
        frames.push(now - last);
        last = now;
      };
      // A fast wheel scroll: 300 px a frame for 240 frames (about 12 rows a frame)…
      for (let i = 0; i < 240; i++) {
        viewport.scrollTop += 300;
        await step();
      }
      // …then jumps anywhere, as dragging the scrollbar does, ending at the bottom (the height grows as rows are
      // measured: read it at each jump).
      for (let i = 1; i <= 60; i++) {
        const max = viewport.scrollHeight - viewport.clientHeight;
        viewport.scrollTop = i === 60 ? max : ((i * 7919) % 60) * (max / 60);
        await step();
      }
      for (let i = 0; i < 5; i++) {
        viewport.scrollTop = viewport.scrollHeight;
        await step();
      }
      await h.frame();
      await new Promise((r) => setTimeout(r, 200));
      longTasks.push(...observer.takeRecords().map((e) => e.duration));
      observer.disconnect();
      const rendered = list.querySelectorAll("li").length;
      const lastRow = [...list.querySelectorAll("li")].find(
        (li) => li.getAttribute("aria-posinset") === li.getAttribute("aria-setsize")
      );
      const lastShown = lastRow?.textContent?.startsWith(lastAddress) === true;
      // End, from the first row: until the last row has the focus.
      viewport.scrollTop = 0;
      await h.frame();
      await h.frame();
      const first = list.querySelector<HTMLElement>('li[aria-posinset="1"] [data-finding-row]')!;
      first.focus();
      const size = Number(first.closest("li")!.getAttribute("aria-setsize"));
      const start = performance.now();
      first.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
      const focused = await h.until(
        () => document.activeElement?.closest("li")?.getAttribute("aria-posinset") === String(size),
        10_000
      );
      return { longTasks, frames, rendered, lastShown, endKeyMs: focused - start };
    },
    { title, lastAddress }
  );
}

/** Types `query` into the search box (in the page); ms until the caption reads `expected`. */
async function timeSearch(page: Page, expected: string, query: string): Promise<number> {
  return page.evaluate(
    async ({ expected, query }) => {
      const h = (window as unknown as { __paneBench: Helpers }).__paneBench;
      const input = document.querySelector<HTMLInputElement>(
        '[data-testid="task-pane"] input[type="search"]'
      )!;
      await h.frame();
      const start = performance.now();
      h.setInput(input, query);
      return (await h.until(h.captionIs(expected), 30_000)) - start;
    },
    { expected, query }
  );
}

/**
 * Picks a dropdown's option with the mouse (Playwright's click, after opening the dropdown); ms from the click's
 * event in the page until the caption reads `expected`.
 */
async function timeOption(p: PreviewPage, step: Step, expected: string): Promise<number> {
  await p.pane.getByRole("combobox", { name: p.t(step.dropdown!), exact: true }).click();
  const option = p.page.locator('[role="option"]').filter({ hasText: new RegExp(`^${step.arg}$`) });
  await option.waitFor();
  await p.page.evaluate((expected) => {
    const h = (window as unknown as { __paneBench: Helpers }).__paneBench;
    const w = window as unknown as { __paneBenchPending?: Promise<number> };
    w.__paneBenchPending = new Promise<number>((resolve, reject) => {
      document.addEventListener(
        "click",
        () => {
          const start = performance.now();
          h.until(h.captionIs(expected), 30_000).then((end) => resolve(end - start), reject);
        },
        { capture: true, once: true }
      );
    });
  }, expected);
  await option.click();
  return p.page.evaluate(
    () => (window as unknown as { __paneBenchPending: Promise<number> }).__paneBenchPending
  );
}

/** A filter step: a dropdown option (sheet or severity) or the search box's new value. */
interface Step {
  label: string;
  filter: FindingFilter;
  act: "search" | "option";
  arg: string;
  /** The dropdown to open before the (timed) option click. */
  dropdown?: "filterSheet" | "filterSeverity";
}

function filterSteps(p: PreviewPage): Step[] {
  const steps: Step[] = [];
  const option = (
    dropdown: Step["dropdown"] & string,
    label: string,
    filter: FindingFilter,
    arg: string
  ) => steps.push({ label, filter, act: "option", arg, dropdown });
  option(
    "filterSeverity",
    "severity: warnings",
    { ...NO_FILTER, severity: "warning" },
    p.t("severityWarnings")
  );
  option("filterSeverity", "severity: all", NO_FILTER, p.t("allSeverities"));
  option("filterSheet", "sheet: Prices", { ...NO_FILTER, sheet: "Prices" }, "Prices");
  option("filterSheet", "sheet: all", NO_FILTER, p.t("allSheets"));
  return steps;
}

/** Typing, a key at a time: a word of the messages, then a cell address; cleared between. */
const SEARCHES = ["floor", "promotions!g12", "¥99", "no such finding"];

function searchSteps(): Step[] {
  const steps: Step[] = [];
  for (const word of SEARCHES) {
    for (let i = 1; i <= word.length; i++) {
      const q = word.slice(0, i);
      steps.push({ label: `"${q}"`, filter: { ...NO_FILTER, query: q }, act: "search", arg: q });
    }
    steps.push({ label: "(cleared)", filter: NO_FILTER, act: "search", arg: "" });
  }
  return steps;
}

/** Each step's time, median over REPEATS passes; steps whose caption does not change are typed but not timed. */
async function timeSteps(
  p: PreviewPage,
  index: FindingIndex,
  steps: Step[]
): Promise<{ label: string; ms: number }[]> {
  const times = new Map<string, number[]>();
  let before = caption(p, index, NO_FILTER);
  for (let r = 0; r < REPEATS; r++) {
    for (const [i, s] of steps.entries()) {
      const expected = caption(p, index, s.filter);
      const t =
        s.act === "search"
          ? await timeSearch(p.page, expected, s.arg)
          : await timeOption(p, s, expected);
      // A step that leaves the caption as it was is done but not timed: nothing showed its end.
      if (expected !== before) times.set(`${i}`, [...(times.get(`${i}`) ?? []), t]);
      before = expected;
    }
  }
  return steps
    .map((s, i) => ({ label: s.label, ms: median(times.get(`${i}`) ?? []) }))
    .filter((s) => !Number.isNaN(s.ms));
}

export async function paneFindingsTargets(log: (s: string) => void): Promise<Target[]> {
  let t = performance.now();
  const grids = planGrids(generateMessyPreviewPlan(undefined, SCALE), "en");
  const rows = grids.reduce((n, g) => n + g.rows.length - 1, 0);
  log(`  messy plan: ${count(rows)} rows generated in ${ms(performance.now() - t)}`);
  t = performance.now();
  const plan = readPlan({ sheets: grids }, { today: new Date() });
  const findings = validatePlan(plan, plan.settings, { lang: "en" });
  log(`  the same plan validated in Node (the expected figures): ${ms(performance.now() - t)}`);

  const server = await startPreview(log);
  const session = await launchBrowser();
  try {
    const p = new PreviewPage(session.page, "en");
    const index = indexFindings(findings, (rule) => p.ruleTitle(rule));
    const big = [...index.groups].sort((a, b) => b.findings.length - a.findings.length)[0];
    log(
      `  findings: ${count(index.total)} (${count(index.waived.length)} waived) in ${index.groups.length} groups; ` +
        `largest ${big.rule} ${count(big.findings.length)}`
    );
    await p.open(server.url("en"));
    await session.page.evaluate(installHelpers);
    t = performance.now();
    await p.loadSheets(grids);
    log(`  added to the preview's workbook in ${ms(performance.now() - t)} (not timed below)`);
    await p.tab("tabValidate").click();
    await p.button("validate").waitFor();
    const region = p.t("findingsByRule");

    const v = await timeValidate(p, region);
    await p.pane.getByText(caption(p, index, NO_FILTER), { exact: true }).waitFor();
    const opens: number[] = [];
    for (let i = 0; i < REPEATS; i++)
      opens.push(await timeOpen(session.page, region, p.ruleTitle(big.rule)));
    // Scrolled REPEATS times: on a shared machine one pass can meet a stall of the machine's own; the median pass
    // (by its count of long tasks, then its longest) is the figure, every pass is printed.
    const passes: ScrollResult[] = [];
    for (let i = 0; i < REPEATS; i++)
      passes.push(
        await scrollGroup(
          session.page,
          p.ruleTitle(big.rule),
          big.findings[big.findings.length - 1].address
        )
      );
    const over = (r: ScrollResult) => r.longTasks.filter((d) => d > 50);
    const worse = (a: ScrollResult, b: ScrollResult) =>
      over(a).length - over(b).length || Math.max(0, ...over(a)) - Math.max(0, ...over(b));
    const scroll = [...passes].sort(worse)[Math.floor(passes.length / 2)];
    if (process.env.BENCH_PANE_DEBUG)
      await session.page.screenshot({ path: "/tmp/pane-bench.png" });
    const filters = await timeSteps(p, index, filterSteps(p));
    const searches = await timeSteps(p, index, searchSteps());
    if (session.problems.length)
      throw new Error(`the preview reported problems: ${session.problems.join("; ")}`);

    const open = median(opens);
    const worstFilter = Math.max(...filters.map((s) => s.ms));
    const worstSearch = Math.max(...searches.map((s) => s.ms));
    const over50 = scroll.longTasks.filter((d) => d > 50);
    const sortedFrames = [...scroll.frames].sort((a, b) => a - b);
    const p95 = sortedFrames[Math.floor(sortedFrames.length * 0.95)];
    const targets: Target[] = [
      {
        label: `(d) Validate, ${count(index.total)} findings: shown after the read`,
        value: ms(v.afterRead),
        target: "≤ 1,000 ms",
        pass: v.afterRead <= 1000,
      },
      {
        label: `(e) open the ${count(big.findings.length)}-finding group`,
        value: ms(open),
        target: `≤ ${RESPONSE_MS} ms`,
        pass: open <= RESPONSE_MS,
      },
      {
        label: "(f) sheet / severity filter (slowest step)",
        value: ms(worstFilter),
        target: `≤ ${RESPONSE_MS} ms`,
        pass: worstFilter <= RESPONSE_MS,
      },
      {
        label: "(g) search, per keystroke (slowest)",
        value: ms(worstSearch),
        target: `≤ ${RESPONSE_MS} ms`,
        pass: worstSearch <= RESPONSE_MS,
      },
      {
        label: "(h) scrolling that group: long tasks > 50 ms",
        value: over50.length === 0 ? "none" : `${over50.length}, ${ms(Math.max(...over50))}`,
        target: "none",
        pass: over50.length === 0 && passes.every((r) => r.lastShown),
      },
    ];
    log(targetLine(targets[0]));
    log(
      `      click → shown ${ms(v.total)}: read (port + readPlan) ${ms(v.read)}, rules (core validatePlan) ` +
        `${ms(v.rules)}, pane (index, groups, render) ${ms(v.afterRead - v.rules)}`
    );
    log(targetLine(targets[1]));
    log(`      median of ${REPEATS}: ${opens.map((x) => Math.round(x)).join(", ")} ms`);
    log(targetLine(targets[2]));
    log(
      `      ${filters.map((s) => `${s.label} ${Math.round(s.ms)}`).join(", ")} ms (median of ${REPEATS})`
    );
    log(targetLine(targets[3]));
    const sorted = [...searches].sort((a, b) => a.ms - b.ms);
    log(
      `      ${searches.length} keystrokes, median ${ms(median(searches.map((s) => s.ms)))}; slowest ` +
        `${sorted
          .slice(-3)
          .reverse()
          .map((s) => `${s.label} ${Math.round(s.ms)}`)
          .join(", ")} ms (each the median of ${REPEATS})`
    );
    log(targetLine(targets[4]));
    log(
      `      median pass: ${scroll.frames.length} frames scrolled: 95th percentile frame ${ms(p95)}, longest ${ms(
        sortedFrames[sortedFrames.length - 1]
      )}; long tasks ${scroll.longTasks.length ? scroll.longTasks.map((d) => Math.round(d)).join(", ") + " ms" : "none"}; ` +
        `${scroll.rendered} rows in the DOM at the end, the last finding ${scroll.lastShown ? "shown" : "NOT shown"}`
    );
    log(
      `      passes (long tasks > 50 ms): ${passes
        .map((r) =>
          over(r).length
            ? over(r)
                .map((d) => Math.round(d))
                .join("+") + " ms"
            : "none"
        )
        .join(" | ")}`
    );
    log(
      line("    End key, first row → last row focused", ms(median(passes.map((r) => r.endKeyMs))))
    );
    return targets;
  } finally {
    await session.close();
    await server.close();
  }
}
