/**
 * The preview's long writes in slices (src/preview/slices.ts): every row done once, in order; the event loop gets its
 * turn between slices; progress only grows and ends at 1; and a sliced write leaves the same workbook as one done at
 * once (the sample plan, then its Timeline, with every formula's result).
 */
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout } from "../../src/core/timeline";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { nextTask, Slicer } from "../../src/preview/slices";

jest.setTimeout(120_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

describe("Slicer", () => {
  test("chunks: every row once, in order, whatever the pace", async () => {
    const seen: number[] = [];
    await new Slicer(undefined, 1).chunks(1000, (from, to) => {
      for (let i = from; i < to; i++) seen.push(i);
    });
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  test("a spent budget yields: a task queued meanwhile runs between chunks", async () => {
    const order: string[] = [];
    const slicer = new Slicer(undefined, 0);
    await slicer.chunks(20, (from) => {
      order.push(`chunk ${from}`);
      if (from === 0) setTimeout(() => order.push("other task"), 0);
      // Each chunk takes a little time, so the next ones are sized down to a row each.
      const until = Date.now() + 2;
      while (Date.now() < until);
    });
    await nextTask();
    expect(order.indexOf("other task")).toBeGreaterThan(0);
    expect(order.indexOf("other task")).toBeLessThan(order.length - 1);
  });

  test("progress grows, each percent once, within the span, and reaches its end", async () => {
    const fractions: number[] = [];
    const slicer = new Slicer((f) => fractions.push(f), 0);
    await slicer.chunks(500, () => undefined, { from: 0.2, to: 0.6 });
    expect(fractions[0]).toBeGreaterThanOrEqual(0.2);
    expect(fractions.at(-1)).toBe(0.6);
    expect(new Set(fractions).size).toBe(fractions.length);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

/** Every cell of every sheet as text (value and formula), for comparing two workbooks. */
function dump(wb: MemoryWorkbook): string[] {
  return wb.sheets.flatMap((s) =>
    [...s.cellEntries()].map(
      ([c, r, col]) => `${s.name}!${r}:${col} ${c.formula ?? ""} ${JSON.stringify(c.value)}`
    )
  );
}

/** The sample plan written by Create / update; `wb` without a formula engine unless given one. */
async function samplePlan(
  onProgress?: (f: number) => void,
  wb: MemoryWorkbook = newPreviewWorkbook("en")
): Promise<MemoryWorkbook> {
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true, onProgress }
  );
  return wb;
}

describe("the preview's big writes, sliced", () => {
  test("Create / update and Write Timeline report growing progress to 1, and compute what the engine built at once does", async () => {
    const applied: number[] = [];
    const watched = await samplePlan((f) => applied.push(f));
    // The same writes without an engine, then the engine built from the whole workbook in one batch.
    const blank = new MemoryWorkbook("en");
    blank.addSheet("Sheet1");
    const plain = await samplePlan(undefined, blank);
    expect(applied.at(-1)).toBe(1);
    expect([...applied].sort((a, b) => a - b)).toEqual(applied);

    const timeline = timelineLayout(
      readPlan({ sheets: await watched.readSheets() }, { today: TODAY }),
      { lang: "en", year: 2027 }
    );
    const written: number[] = [];
    await watched.writeTimeline(timeline, "en", (f) => written.push(f));
    await plain.writeTimeline(timeline);
    plain.useCalculator(new FormulaEngine());
    expect(written.at(-1)).toBe(1);
    expect([...written].sort((a, b) => a - b)).toEqual(written);
    expect(dump(watched)).toEqual(dump(plain));

    // Every formula of the Timeline has its engine result (no formula left without a value it should have).
    const sheet = watched.sheet(timeline.name)!;
    const formulas = [...sheet.cellValues()].filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((c) => c.value === null && c.message !== undefined)).toEqual([]);
  });

  test("a second Write Timeline leaves the workbook as the first did (the engine's old Timeline cleared first)", async () => {
    const wb = await samplePlan();
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    const timeline = timelineLayout(plan, { lang: "en", year: 2027 });
    await wb.writeTimeline(timeline, "en", () => undefined);
    const before = dump(wb);
    await wb.writeTimeline(timeline, "en", () => undefined);
    expect(dump(wb)).toEqual(before);
  });
});
