// The page's value mirror over the formula engine (src/preview/engine/): the page's workbook holds values, edits and
// writes go to the engine as messages (here the in-process host behind a MessageChannel, which clones every message
// as the engine worker's postMessage does and answers in later tasks), and the results come back into the cells.
import type { CellValue } from "../../src/core/cells";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { timelineLayout } from "../../src/core/timeline/layout";
import { readPlan } from "../../src/core/read/readPlan";
import { EngineClient, EngineError } from "../../src/preview/engine/engineClient";
import { inProcessEngine, inProcessTransport } from "../../src/preview/engine/transports";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook, type Calculator } from "../../src/preview/memoryWorkbook";
import { toMemoryWorkbook } from "../../src/preview/open/toMemoryWorkbook";
import { MemorySheet } from "../../src/preview/memorySheet";

jest.setTimeout(60_000);

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
    // A cell past the engine's sheet size (Excel's): HyperFormula refuses it.
    wb.sheet("Data")!.setCellAt(2_000_000, 1, { value: 1 });
    wb.setCell("Data", "A2000000", 2);
    await expect(wb.readSheets()).rejects.toThrow(EngineError);
    expect(wb.calculation.error).toMatch(/size|limit|row/i);
    // Reported once: the engine goes on with later work.
    wb.setCell("Data", "B1", "=A1+1");
    expect(await valueOf(wb, "B1")).toBe(2);
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
