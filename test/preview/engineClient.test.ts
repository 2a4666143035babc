// The page's value mirror over the formula engine (src/preview/engine/): the page's workbook holds values, edits and
// writes go to the engine as messages (here the in-process host behind a MessageChannel, which clones every message
// as the engine worker's postMessage does and answers in later tasks), and the results come back into the cells.
import type { CellValue } from "../../src/core/cells";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { timelineLayout } from "../../src/core/timeline/layout";
import { readPlan } from "../../src/core/read/readPlan";
import {
  EngineClient,
  EngineError,
  type EngineTransport,
} from "../../src/preview/engine/engineClient";
import { EngineHost } from "../../src/preview/engine/engineHost";
import type { EngineReply, EngineRequest } from "../../src/preview/engine/engineMessages";
import { packGrid } from "../../src/preview/packedGrid";
import { nextTask, Slicer } from "../../src/preview/slices";
import { inProcessEngine, inProcessTransport } from "../../src/preview/engine/transports";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook, type Calculator } from "../../src/preview/memoryWorkbook";
import { toMemoryWorkbook } from "../../src/preview/open/toMemoryWorkbook";
import { MemorySheet } from "../../src/preview/memorySheet";

jest.setTimeout(60_000);

/** A column past the engine's sheet size (Excel's 16,384): HyperFormula refuses a cell there. */
const BAD_COL = 16_385;
const BAD = "XFE1";
const TODAY = new Date(Date.UTC(2026, 10, 25));
const open: MemoryWorkbook[] = [];

function book(calculator: Calculator, rows: CellValue[][] = []): MemoryWorkbook {
  const wb = new MemoryWorkbook("en");
  wb.addSheet("Data", rows);
  wb.useCalculator(calculator);
  open.push(wb);
  return wb;
}

afterEach(() => {
  for (const wb of open.splice(0)) wb.dispose();
});

const valueOf = async (wb: MemoryWorkbook, address: string): Promise<CellValue> => {
  const [sheet] = await wb.readSheets();
  const row = Number(address.slice(1));
  const col = address.charCodeAt(0) - 64;
  return sheet.rows[row - (sheet.firstRow ?? 1)]?.[col - (sheet.firstCol ?? 1)] ?? null;
};

describe("the value mirror", () => {
  test("an edit answers later; an awaited port read never sees the stale result", async () => {
    const wb = book(inProcessEngine(), [[2, 3]]);
    wb.setCell("Data", "C1", "=A1*B1");
    // The page has sent the edit; the engine has not answered yet.
    expect(wb.cell("Data", "C1")?.value).toBeNull();
    expect(wb.calculation.pending).toBe(true);
    expect(await valueOf(wb, "C1")).toBe(6);
    expect(wb.calculation.pending).toBe(false);

    wb.setCell("Data", "A1", 10);
    expect(wb.cell("Data", "C1")?.value).toBe(6); // the last known value, until the engine answers
    expect(await valueOf(wb, "C1")).toBe(30);
  });

  test("edits reach the engine in the order they were made, within a task and across tasks", async () => {
    const wb = book(inProcessEngine(), [[1]]);
    wb.setCell("Data", "B1", "=A1+1");
    for (let i = 2; i <= 40; i++) {
      wb.setCell("Data", "A1", i);
      if (i % 3 === 0) await Promise.resolve(); // some in the same task, some not
      if (i % 7 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    wb.setCell("Data", "B1", "=A1*100");
    wb.setCell("Data", "A1", 7);
    expect(await valueOf(wb, "B1")).toBe(700);
    // A formula replaced by a value stays the value, whatever answers were still on their way.
    wb.setCell("Data", "B1", "=A1*2");
    wb.setCell("Data", "B1", 5);
    expect(await valueOf(wb, "B1")).toBe(5);
  });

  test("a file's cached values show at once, marked as calculating, and the engine's results replace them", async () => {
    const sheet = new MemorySheet("Data");
    sheet.setCellAt(1, 1, { value: 4 });
    sheet.setCellAt(1, 2, { value: 999, formula: "A1*2" }); // a stale cached value
    sheet.setCellAt(1, 3, { value: "kept", formula: "Table1[@Qty]" }); // not computable: kept
    const wb = toMemoryWorkbook({ sheets: [sheet], names: [] }, "en", "note", inProcessEngine());
    open.push(wb);
    expect(wb.cell("Data", "B1")?.value).toBe(999);
    expect(wb.calculation.pending).toBe(true);
    await wb.calculated();
    expect(wb.cell("Data", "B1")?.value).toBe(8);
    expect(wb.cell("Data", "C1")?.value).toBe("kept");
    expect(wb.calculation).toEqual({ pending: false });
  });

  test("an engine error is reported to the read that waits for it and shown, not swallowed", async () => {
    const wb = book(inProcessEngine(), [[1]]);
    await wb.calculated();
    // A cell past the engine's sheet size (Excel's): HyperFormula refuses it. The edit carries it; the mirror's
    // copy is gone again before the rebuild that follows the error reads the sheet.
    wb.sheet("Data")!.setCellAt(1, BAD_COL, { value: 1 });
    wb.setCell("Data", BAD, 2);
    wb.sheet("Data")!.deleteCellAt(1, BAD_COL);
    await expect(wb.readSheets()).rejects.toThrow(/size|limit|column/i);
    // The rebuild after the error succeeded: the error is gone and the engine goes on with later work.
    expect(wb.calculation).toEqual({ pending: false });
    wb.setCell("Data", "B1", "=A1+1");
    expect(await valueOf(wb, "B1")).toBe(2);
  });

  test("every read waiting when the engine failed gets the failure, not only the first", async () => {
    const wb = book(inProcessEngine(), [[1]]);
    await wb.calculated();
    wb.sheet("Data")!.setCellAt(1, BAD_COL, { value: 1 });
    wb.setCell("Data", BAD, 2);
    const reads = [wb.readSheets(), wb.calculated(), wb.readSheets()];
    for (const r of reads) await expect(r).rejects.toThrow(EngineError);
  });

  test("a failed edit batch: the engine is rebuilt, so the dependants of the edits before the throw are fresh", async () => {
    const wb = book(inProcessEngine(), [[1]]);
    wb.setCell("Data", "B1", "=A1*2");
    expect(await valueOf(wb, "B1")).toBe(2);
    // One batch (one task): HyperFormula keeps A1 = 10, then throws on the cell past its size.
    wb.setCell("Data", "A1", 10);
    wb.sheet("Data")!.setCellAt(1, BAD_COL, { value: 1 });
    wb.setCell("Data", BAD, 2);
    wb.sheet("Data")!.deleteCellAt(1, BAD_COL);
    await expect(wb.calculated()).rejects.toThrow(EngineError);
    await wb.calculated();
    expect(wb.cell("Data", "B1")?.value).toBe(20);
  });

  test("a failed rebuild: later edits and single-sheet writes rebuild the whole workbook, never #REF!", async () => {
    const wb = new MemoryWorkbook("en");
    open.push(wb);
    wb.addSheet("Data", [[1]]);
    const other = wb.addSheet("Other");
    other.setCellAt(1, 1, { value: null, formula: "Data!A1+1" });
    wb.sheet("Data")!.setCellAt(1, BAD_COL, { value: 1 });
    const client = inProcessEngine();
    wb.useCalculator(client); // the rebuild fails: the engine is destroyed
    await expect(wb.calculated()).rejects.toThrow(EngineError);
    wb.sheet("Data")!.deleteCellAt(1, BAD_COL);
    // One sheet written (as writeReview / addWaiver do): the engine must not be built from that sheet alone.
    other.setCellAt(1, 2, { value: null, formula: "Data!A1*3" });
    client.recalculate(wb, ["Other"]);
    await wb.calculated();
    expect(wb.cell("Other", "A1")?.value).toBe(2);
    expect(wb.cell("Other", "B1")?.value).toBe(3);
    wb.setCell("Data", "A1", 5);
    expect(await valueOf(wb, "A1")).toBe(5);
    expect(wb.cell("Other", "A1")?.value).toBe(6);
  });

  test("the host refuses to write some sheets into no engine, answering one error", async () => {
    const replies: EngineReply[] = [];
    const host = new EngineHost((r) => replies.push(r));
    host.handle({ kind: "begin", id: 1, rebuild: false, sheets: ["Other"] });
    const rows = packGrid([[{ formula: "Data!A1+1", result: null }]]);
    host.handle({ kind: "rows", id: 1, sheet: "Other", from: 0, rows });
    host.handle({ kind: "end", id: 1, names: [] });
    expect(replies).toEqual([
      { kind: "error", id: 1, message: expect.stringMatching(/not been built/) },
    ]);
    host.destroy();
  });

  test("a request that cannot be posted fails the reads waiting for it, and the engine is rebuilt", async () => {
    const inner = inProcessTransport();
    let refuse = true;
    const transport: EngineTransport = {
      post(r) {
        if (refuse && r.kind === "set") {
          refuse = false;
          throw new DOMException("could not be cloned", "DataCloneError");
        }
        inner.post(r);
      },
      listen: (reply, failed) => inner.listen(reply, failed),
      close: () => inner.close(),
    };
    const wb = book(new EngineClient(transport), [[1]]);
    await wb.calculated();
    wb.setCell("Data", "B1", "=A1+1");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise((r) => (timer = setTimeout(() => r("hung"), 5_000)));
    await expect(Promise.race([wb.calculated(), hung])).rejects.toThrow(/cloned/);
    clearTimeout(timer);
    await wb.calculated();
    expect(wb.cell("Data", "B1")?.value).toBe(2);
  });

  test("an engine that is gone fails every read instead of leaving it waiting", async () => {
    const client = new EngineClient(inProcessTransport());
    const wb = book(client, [[1]]);
    await wb.calculated();
    client.destroy();
    wb.setCell("Data", "B1", "=A1+1");
    await expect(wb.calculated()).rejects.toThrow(/closed/);
  });
});

describe("the pane's writes through the mirror give what the engine on the page gives", () => {
  /** Create / update with the sample, a Promotions edit, then the Timeline: the sheets as the port reads them. */
  async function run(calculator: Calculator) {
    const wb = new MemoryWorkbook("en");
    open.push(wb);
    wb.addSheet("Sheet1");
    wb.useCalculator(calculator);
    const layout = (sample: boolean) =>
      planWorkbookLayout({ lang: "en", year: 2027, sample, today: TODAY, formulas: true });
    await wb.applyPlanLayout(layout(false), { sample: false });
    await wb.applyPlanLayout(layout(true), { sample: true });
    const promotions = wb.sheet("Promotions")!;
    const start = promotions.cellAt(2, 4)?.value;
    expect(typeof start).toBe("number");
    wb.setCell("Promotions", "D2", (start as number) + 3);
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    await wb.writeTimeline(timelineLayout(plan, { lang: "en" }));
    return wb.readSheets();
  }

  test("every sheet, every cell", async () => {
    const mirrored = await run(inProcessEngine());
    const onPage = await run(new FormulaEngine());
    expect(mirrored.map((s) => s.name)).toEqual(onPage.map((s) => s.name));
    expect(mirrored).toEqual(onPage);
  });
});

describe("the workbook's reads and writes around the engine", () => {
  /** A calculator that answers at once and counts its `settled` waits. */
  function counting(): Calculator & { settles: number } {
    const c = {
      settles: 0,
      recalculate: () => undefined,
      cellChanged: () => undefined,
      settled: async () => {
        c.settles++;
      },
    };
    return c;
  }

  afterEach(() => jest.restoreAllMocks());

  test("a read overtaken by edits at every slice reads its last attempt in one task: one state", async () => {
    const wb = new MemoryWorkbook("en");
    wb.addSheet("A", [[0]]);
    wb.addSheet("B", [[0]]);
    const calc = counting();
    wb.useCalculator(calc);
    jest.spyOn(Slicer.prototype, "left").mockReturnValue(0); // every slice yields
    let n = 0;
    let done = false;
    const writer = (async () => {
      while (!done) {
        n++;
        wb.setCell("A", "A1", n); // both sheets in one task
        wb.setCell("B", "A1", n);
        await nextTask();
      }
    })();
    const sheets = await wb.readSheets();
    done = true;
    await writer;
    expect(calc.settles).toBe(3); // started again twice
    expect(sheets[0].rows[0][0]).toBe(sheets[1].rows[0][0]);
  });

  test("a bulk write's slices count as changes: a read between them starts again", async () => {
    const wb = new MemoryWorkbook("en");
    wb.addSheet("Sheet1");
    const calc = counting();
    wb.useCalculator(calc);
    jest.spyOn(Slicer.prototype, "left").mockReturnValue(0);
    let read: Promise<unknown> | undefined;
    let before = 0;
    let atEnd = 0;
    calc.recalculate = () => {
      atEnd = calc.settles; // the cells are written
    };
    const layout = planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: TODAY });
    await wb.applyPlanLayout(layout, {
      sample: true,
      onProgress: (f) => {
        if (f <= 0.05 || read) return; // the first slice of cells is written
        before = calc.settles;
        read = wb.readSheets();
      },
    });
    await read;
    expect(read).toBeDefined();
    expect(atEnd - before).toBeGreaterThan(1); // started again while the cells were being written
  });

  test("Save version does not fail on an old engine error the snapshot has nothing to do with", async () => {
    const wb = new MemoryWorkbook("en");
    wb.addSheet("Data", [[1]]);
    const calc = counting();
    calc.settled = () => Promise.reject(new EngineError("an old failure"));
    wb.useCalculator(calc);
    const info = await wb.saveVersion({
      name: "v1",
      note: "",
      saved: "2026-11-25T00:00:00Z",
      baseline: false,
      parts: ["x"],
    });
    expect(info.name).toBe("v1");
  });

  test("the Changes sheet is written into the engine: an edit there is an edit, not a rebuild", async () => {
    const inner = inProcessTransport();
    const sent: EngineRequest[] = [];
    const transport: EngineTransport = {
      post: (r) => {
        sent.push(r);
        inner.post(r);
      },
      listen: (reply, failed) => inner.listen(reply, failed),
      close: () => inner.close(),
    };
    const wb = book(new EngineClient(transport), [[1]]);
    await wb.calculated();
    await wb.writeChanges(
      { title: "Changes", header: ["Sheet", "Cell"], rows: [["Data", "A1"]] },
      "en"
    );
    const changes = wb.sheets[wb.sheets.length - 1].name;
    await wb.calculated();
    sent.length = 0;
    wb.setCell(changes, "D5", "=Data!A1*2");
    expect(await valueOf(wb, "A1")).toBe(1);
    expect(wb.cell(changes, "D5")?.value).toBe(2);
    expect(sent.map((r) => r.kind)).toEqual(["set"]);
  });
});
