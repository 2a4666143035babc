/**
 * The plan worker's protocol (src/preview/plan/): the page's client posts the sheets in chunks, the host answers in
 * chunks, and the workbook's writes with the page's planner set give what they give on the page's own thread.
 */
import { generateBenchPlan } from "../../bench/generatePlan";
import { planGrids } from "../../bench/planGrids";
import { readPlan } from "../../src/core/read/readPlan";
import { workbookTimeline } from "../../src/core/timeline/workbookTimeline";
import { workbookLayout } from "../../src/core/write/workbookLayout";
import { columnLetter } from "../../src/core/cells";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import {
  PlanClient,
  PlanWorkerGone,
  setPagePlanner,
  type PlanTransport,
} from "../../src/preview/plan/planClient";
import { PlanHost } from "../../src/preview/plan/planHost";
import {
  CELLS_PER_MESSAGE,
  TIMELINE_CELLS_PER_MESSAGE,
  type PlanReply,
  type PlanRequest,
} from "../../src/preview/plan/planMessages";
import { Slicer } from "../../src/preview/slices";

/** The host behind a transport that clones each message and delivers it in a later task, as a worker does. */
function inProcess(): PlanTransport & { requests: PlanRequest[]; replies: PlanReply[] } {
  let reply: (r: PlanReply) => void = () => undefined;
  const requests: PlanRequest[] = [];
  const replies: PlanReply[] = [];
  const host = new PlanHost((r) => {
    replies.push(r);
    const copy = structuredClone(r);
    setTimeout(() => reply(copy), 0);
  });
  return {
    requests,
    replies,
    post(r) {
      requests.push(r);
      const copy = structuredClone(r);
      setTimeout(() => host.handle(copy), 0);
    },
    listen(fn) {
      reply = fn;
    },
    close: () => undefined,
  };
}

/** A plan big enough for several messages each way (the bench's generator, small). */
function planWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook("en");
  const sizes = { products: 600, promotions: 1500, prices: 300, dailyYears: 0, dailyPlatforms: 1 };
  for (const g of planGrids(generateBenchPlan(7, sizes), "en")) wb.addSheet(g.name, g.rows);
  return wb;
}

/** Create / update of the bench plan without the sample, its layout made again from this in the worker. */
const recipe = {
  lang: "en" as const,
  year: 2027,
  sample: false,
  formulas: true,
  platformFigures: false,
};

// Two plans laid out twice each: seconds on the shared, loaded machine.
jest.setTimeout(60_000);

afterEach(() => setPagePlanner(undefined));

describe("the plan worker", () => {
  test("the Timeline's layout made in the worker is the one made here, its rows sent in chunks", async () => {
    const wb = planWorkbook();
    const here = await wb.timelineOf("en", 2027);
    const transport = inProcess();
    setPagePlanner(new PlanClient(transport));
    const there = await wb.timelineOf("en", 2027);
    expect(there).toEqual(here);
    expect(here.products).toBe(600);
    expect(here.layout.rows.length).toBeGreaterThan(600);
    // The sheets went in chunks, and so did the answer's rows: no message over the cells a message carries.
    const sheetMessages = transport.requests.filter((r) => r.kind === "sheet");
    const rowMessages = transport.replies.filter((r) => r.kind === "rows");
    expect(sheetMessages.length).toBeGreaterThan(2);
    expect(rowMessages.length).toBeGreaterThan(2);
    for (const m of [...sheetMessages, ...rowMessages])
      if (m.kind === "sheet" || m.kind === "rows")
        expect(m.rows.kinds.length).toBeLessThanOrEqual(CELLS_PER_MESSAGE);
    // The Timeline's rows, posted as they are made, go in small messages (their texts die young).
    for (const m of rowMessages)
      if (m.kind === "rows")
        expect(m.rows.kinds.length).toBeLessThanOrEqual(TIMELINE_CELLS_PER_MESSAGE);
    // It is the layout the pane makes from readPlan.
    const direct = workbookTimeline(readPlan({ sheets: await wb.readSheets() }), "en", 2027);
    expect(there.layout).toEqual(direct);
  });

  test("Create / update planned in the worker writes the workbook it writes here", async () => {
    const here = planWorkbook();
    const summaryHere = await here.applyPlanLayout(workbookLayout(recipe), {
      sample: false,
      recipe,
    });
    const transport = inProcess();
    setPagePlanner(new PlanClient(transport));
    const there = planWorkbook();
    const summaryThere = await there.applyPlanLayout(workbookLayout(recipe), {
      sample: false,
      recipe,
    });
    expect(transport.replies.some((r) => r.kind === "update")).toBe(true);
    expect(summaryThere).toEqual(summaryHere);
    expect(summaryHere.formulasEntered).toBeGreaterThan(600);
    expect(await there.readSheets()).toEqual(await here.readSheets());
    const cells = (wb: MemoryWorkbook) => wb.sheets.map((s) => [s.name, [...s.cellEntries()]]);
    expect(cells(there)).toEqual(cells(here));
  });

  test("a cell typed while the worker plans is not written over: the plan is made again on the sheets as they are", async () => {
    /** The bench plan without its Products Flags column: Create / update writes that header again. */
    const withoutFlags = (): MemoryWorkbook => {
      const wb = planWorkbook();
      const products = wb.sheet("Products")!;
      const headers = [...products.cellEntries()].filter(([, r]) => r === 1);
      const flags = headers.find(([c]) => c.value === "Flags")?.[2];
      if (flags === undefined) throw new Error("no Flags header in the bench plan");
      for (const [, r, c] of [...products.cellEntries()])
        if (c === flags) products.deleteCellAt(r, c);
      return wb;
    };
    const headerColumns = (wb: MemoryWorkbook): number[] =>
      [...wb.sheet("Products")!.cellEntries()].filter(([, r]) => r === 1).map(([, , c]) => c);
    const twin = withoutFlags();
    const had = new Set(headerColumns(twin));
    await twin.applyPlanLayout(workbookLayout(recipe), { sample: false });
    const col = headerColumns(twin).find((c) => !had.has(c));
    if (col === undefined) throw new Error("the update wrote no Products header");

    const wb = withoutFlags();
    const transport = inProcess();
    let typed = false;
    setPagePlanner(
      new PlanClient({
        ...transport,
        post(r) {
          transport.post(r);
          if (!typed) {
            typed = true;
            setTimeout(() => wb.setCell("Products", `${columnLetter(col)}1`, "my note"), 0);
          }
        },
      })
    );
    await wb.applyPlanLayout(workbookLayout(recipe), { sample: false, recipe });
    expect(typed).toBe(true);
    expect(wb.sheet("Products")?.cellAt(1, col)?.value).toBe("my note");
    expect(
      headerColumns(wb).some((c) => wb.sheet("Products")?.cellAt(1, c)?.value === "Flags")
    ).toBe(true);
  });

  test("an error of the worker is the write's; a worker gone leaves the work to the page's thread", async () => {
    const failing: PlanTransport = {
      post: (r) => {
        if (r.kind === "timeline")
          setTimeout(() => reply({ kind: "error", id: r.id, message: "no plan here" }), 0);
      },
      listen: (fn) => {
        reply = fn;
      },
      close: () => undefined,
    };
    let reply: (r: PlanReply) => void = () => undefined;
    const wb = planWorkbook();
    setPagePlanner(new PlanClient(failing));
    await expect(wb.timelineOf("en", 2027)).rejects.toThrow("no plan here");

    let gone: (m: string) => void = () => undefined;
    const dying: PlanTransport = {
      post: () => undefined,
      listen: (_reply, failed) => {
        gone = failed;
      },
      close: () => undefined,
    };
    const client = new PlanClient(dying);
    setPagePlanner(client);
    const asked = client.timeline(await wb.readSheets(), "en", 2027, new Slicer());
    gone("the worker could not start");
    await expect(asked).rejects.toBeInstanceOf(PlanWorkerGone);
    const { products } = await wb.timelineOf("en", 2027);
    expect(products).toBe(600);
  });
});
