import { timelinePlan } from "../../bench/timeline.bench";
import { columnIndex, columnLetter } from "../../src/core/cells";
import type { Plan } from "../../src/core/plan";
import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout, TIMELINE_TIER_ORDER, type TimelineLayout } from "../../src/core/timeline";
import { isFormulaCell } from "../../src/core/write/layout";
import { MAX_REQUEST_BYTES } from "../../src/excel/chunks";
import { MAX_AREAS_ADDRESS } from "../../src/core/presentation";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import {
  blockCopies,
  blockOf,
  clipColumns,
  formatFormula,
  TIMELINE_SYNCS,
  timelineSyncBound,
} from "../../src/excel/timeline";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { workbookTimeline } from "../../src/core/timeline/workbookTimeline";
import { sampleSheets, YEAR } from "../taskpane/fakePort";
import { runningOutPlan } from "../core/fixtures";
import { a1Of, FakeExcel, rectOf } from "./fakeExcel";

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;
let layout: TimelineLayout;

beforeAll(() => {
  layout = timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR });
});
/** The sheets the Timeline's formulas read: a formula naming a sheet the workbook lacks is refused (as Excel would). */
const INPUTS = ["Products", "Promotions", "Calendar"];

beforeEach(() => {
  fake = new FakeExcel(["Sheet1", ...INPUTS]);
  uninstall = fake.install("en");
  port = createExcelWorkbook();
});
afterEach(() => uninstall());

const write = async (): Promise<void> => {
  if (!port.writeTimeline) throw new Error("no writeTimeline");
  await port.writeTimeline(layout, "en");
};

test("writes every cell of the layout: formulas with '=', values as they are, the promotion slots", async () => {
  await write();
  expect(fake.sheet(layout.name)).toBeDefined();
  let formulas = 0;
  layout.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const got = fake.cell(layout.name, `${layout.columns[c].letter}${r + 1}`);
      if (isFormulaCell(cell)) {
        formulas++;
        expect(got?.formula).toBe(`=${cell.formula}`);
      } else if (cell !== null && cell !== undefined && cell !== "") expect(got?.value).toBe(cell);
    })
  );
  expect(formulas).toBeGreaterThan(100);
  // A slot names one Promotions cell: sent as its own formula, never filled.
  const slot = layout.columns.find((c) => c.role === "slot");
  const first = layout.rowGroups[0].firstRow;
  expect(fake.cell(layout.name, `${slot?.letter}${first}`)?.formula).toMatch(
    /^=IFERROR\(IF\(AND\(Promotions!\$A\$\d+&""=\$A\d+&"",ISNUMBER\(Promotions!\$D\$\d+\)\)/
  );
});

test("widths, hidden helper columns and criteria rows, frozen panes", async () => {
  await write();
  const s = fake.sheet(layout.name);
  for (const c of layout.columns) {
    expect(s?.widths.get(columnIndex(c.letter))).toBeGreaterThan(0);
    expect(s?.hiddenColumns?.has(columnIndex(c.letter)) ?? false).toBe(c.hidden === true);
  }
  expect([...(s?.hiddenRows ?? [])].sort((a, b) => a - b)).toEqual(layout.hiddenRows);
  expect(s?.frozenRows).toBe(layout.freeze.rows);
  expect(s?.frozenColumns).toBe(layout.freeze.columns);
  expect(fake.active).toBe(s); // shown once written
});

test("colours each kind through a custom conditional format, in the layout's priority order", async () => {
  await write();
  const cfs = [...(fake.sheet(layout.name)?.cfs ?? [])].sort((a, b) => a.priority - b.priority);
  expect(cfs).toHaveLength(layout.formats.length);
  cfs.forEach((cf, i) => {
    const f = layout.formats[i];
    expect(cf.type).toBe("Custom");
    expect(a1Of(cf.rects[0])).toBe(a1Of(rectOf(f.range)));
    expect(cf.formula).toBe(formatFormula(f));
    expect(cf.fill).toBe(f.fill);
    expect(cf.font).toBe(f.font);
  });
});

test("the stock-out weeks: one rule over all their cells (Worksheet.getRanges), not one per cell", async () => {
  const l = timelineLayout(runningOutPlan(30, 7), { lang: "en", year: 2027 });
  const stockOut = l.formats.filter((f) => f.kind === "stockOut");
  expect(stockOut).toHaveLength(1);
  const f = await writeWith(l, "1.17");
  const cfs = f.sheet(l.name)?.cfs ?? [];
  expect(cfs).toHaveLength(l.formats.length);
  const marks = cfs.filter((c) => c.fill === stockOut[0].fill);
  expect(marks).toHaveLength(1);
  expect(marks[0].formula).toBe("=TRUE");
  expect(marks[0].rects.map(a1Of)).toEqual(stockOut[0].range.split(","));
  expect(marks[0].rects).toHaveLength(30);
});

test("many stock-out weeks: a few rules, each address within the characters getRanges takes (MAX_AREAS_ADDRESS)", async () => {
  const l = timelineLayout(runningOutPlan(1000, 7), { lang: "en", year: 2027 });
  const stockOut = l.formats.filter((f) => f.kind === "stockOut");
  // Past one address's MAX_AREAS_ADDRESS characters: the fake Excel refuses a longer one.
  expect(stockOut.map((f) => f.range).join(",").length).toBeGreaterThan(2 * MAX_AREAS_ADDRESS);
  expect(stockOut.length).toBeGreaterThanOrEqual(3);
  for (const r of stockOut) expect(r.range.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
  const f = await writeWith(l, "1.17");
  const marks = (f.sheet(l.name)?.cfs ?? []).filter((c) => c.fill === stockOut[0].fill);
  expect(marks).toHaveLength(stockOut.length);
  expect(marks.flatMap((m) => m.rects.map(a1Of)).sort()).toEqual(
    stockOut.flatMap((r) => r.range.split(",")).sort()
  );
});

test("number formats: Mondays as dates, helper dates clipped to the sheet's rows", async () => {
  await write();
  expect(clipColumns("AX:BD", 55)).toBe("AX1:BD55");
  expect(clipColumns("D3:BC3", 55)).toBe("D3:BC3");
  for (const n of layout.numberFormats) {
    const r = rectOf(clipColumns(n.range, layout.rows.length));
    const cell = fake.cell(layout.name, a1Of({ r1: r.r2, c1: r.c2, r2: r.r2, c2: r.c2 }));
    expect(cell?.numFmt).toBe(n.numFmt);
  }
});

test("merges the month cells and groups each tier's product rows under its heading", async () => {
  await write();
  const s = fake.sheet(layout.name);
  expect(layout.merges.length).toBeGreaterThan(0);
  expect((s?.merges ?? []).map(a1Of)).toEqual(layout.merges.map((m) => a1Of(rectOf(m))));
  expect(layout.rowGroups.length).toBeGreaterThan(1);
  expect((s?.rowGroups ?? []).map((g) => [g.r1, g.r2])).toEqual(
    layout.rowGroups.map((g) => [g.firstRow, g.lastRow])
  );
});

test("formatFormula is relative to the range's top-left cell", () => {
  expect(
    formatFormula({ range: "D7:BD20", kind: "launch", when: { equals: "L" }, fill: "", font: "" })
  ).toBe('=D7="L"');
  expect(
    formatFormula({
      range: "$D$6:$BD$6",
      kind: "festival",
      when: { notBlank: true },
      fill: "",
      font: "",
    })
  ).toBe("=LEN(D6)>0");
});

test("rewrites an existing Timeline sheet, in 2 + ⌈payload / 4 MB⌉ syncs (its row groups redone in the last)", async () => {
  fake.addSheet(layout.name, [["Timeline 2025"], [null, "old"]]);
  fake.resetCounters();
  await write();
  expect(fake.cell(layout.name, "B2")?.value).not.toBe("old");
  expect(fake.sheets.filter((s) => s.name === layout.name)).toHaveLength(1);
  // The old sheet had no row groups: the fake refuses to ungroup them, as VBA does, and the groups come in one more.
  expect(fake.syncs).toBeLessThanOrEqual(timelineSyncBound(fake.requestBytes, true) + 1);
  expect(timelineSyncBound(fake.requestBytes, true)).toBe(3);
  expect(fake.sheet(layout.name)?.rowGroups).toHaveLength(layout.rowGroups.length);
});

describe("a workbook without some of the sheets the Timeline reads", () => {
  /** The sample workbook without `drop`, read as the pane reads it, written through the port into a fake that has it. */
  async function without(drop: string[]): Promise<{ f: FakeExcel; l: TimelineLayout }> {
    const sheets = sampleSheets().filter((s) => !drop.includes(s.name));
    const l = workbookTimeline(readPlan({ sheets }), "en", YEAR);
    const f = new FakeExcel(["Sheet1", ...INPUTS.filter((n) => !drop.includes(n))]);
    const off = f.install("en");
    try {
      await createExcelWorkbook().writeTimeline(l, "en");
    } finally {
      off();
    }
    return { f, l };
  }
  const formulasOf = (f: FakeExcel, name: string): string[] =>
    [...(f.sheet(name)?.cells.values() ?? [])].flatMap((c) => (c.formula ? [c.formula] : []));

  test("no Calendar: the Calendar row holds no formula and no cell names Calendar; the layout says it is missing", async () => {
    const { f, l } = await without(["Calendar"]);
    expect(l.missing).toEqual(["calendar"]);
    const formulas = formulasOf(f, l.name);
    expect(formulas.length).toBeGreaterThan(1000);
    expect(formulas.filter((x) => x.includes("Calendar!"))).toEqual([]);
    expect(differences(f, l)).toEqual([]);
    // An output command never creates an input sheet.
    expect(f.sheets.map((s) => s.name)).toEqual(["Sheet1", "Products", "Promotions", "Timeline"]);
  });

  test("no Promotions either: the week cells show launch, warehouse and presale weeks without naming it", async () => {
    const { f, l } = await without(["Calendar", "Promotions"]);
    expect(l.missing).toEqual(["promotions", "calendar"]);
    const formulas = formulasOf(f, l.name);
    expect(formulas.filter((x) => /Promotions!|Calendar!/.test(x))).toEqual([]);
    expect(formulas.some((x) => x.includes("Products!"))).toBe(true);
    expect(differences(f, l)).toEqual([]);
    expect(l.columns.filter((c) => c.role === "slot")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The sheet written: found under any of its names, never a planner's own, at its tab position.

describe("the Timeline sheet it replaces", () => {
  const names = (): string[] => fake.sheets.map((s) => s.name);

  test("a planner's own 'Timeline' is left as it was: OutputSheetConflict, nothing written", async () => {
    fake.addSheet("Timeline", [["My launch plan"], [null, "week 12: launch"]]);
    fake.resetCounters();
    const err = await port.writeTimeline(layout, "en").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect((err as OutputSheetConflict).sheet).toBe("Timeline");
    expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline"]);
    expect(fake.cell("Timeline", "A1")?.value).toBe("My launch plan");
    expect(fake.cell("Timeline", "B2")?.value).toBe("week 12: launch");
    expect(fake.sheet("Timeline")?.cells.size).toBe(2);
    // One look-up, no command.
    expect(fake.syncs).toBe(1);
    expect(fake.writes).toEqual([]);
  });

  test("an empty 'Timeline' is reused, in its place", async () => {
    fake.addSheet("Timeline");
    fake.addSheet("Budget");
    await write();
    expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline", "Budget"]);
    expect(fake.cell("Timeline", "A1")?.value).toBe(`Timeline ${YEAR}`);
  });

  test("时间线 is found from an English layout and rewritten under its own name", async () => {
    fake.addSheet("时间线", [[`${YEAR - 1} 年时间线`], ["旧的"]]);
    fake.addSheet("Budget");
    await write();
    expect(names()).toEqual(["Sheet1", ...INPUTS, "时间线", "Budget"]);
    expect(fake.cell("时间线", "A1")?.value).toBe(`Timeline ${YEAR}`);
    expect(fake.cell("时间线", "A2")?.value).toBe("SKU");
  });

  test("a name spelt otherwise ('time line') is found as the reader finds it, in one more sync", async () => {
    fake.addSheet("time line", [["Timeline 2020"]]);
    fake.resetCounters();
    await write();
    expect(names()).toEqual(["Sheet1", ...INPUTS, "time line"]);
    expect(fake.cell("time line", "A1")?.value).toBe(`Timeline ${YEAR}`);
    // A second look-up for the name. The old sheet had no groups: the fake refuses the ungroup as it is called,
    // Office.js's client at the sync — one sync more — either way within TIMELINE_SYNCS.
    expect(fake.syncs).toBeGreaterThanOrEqual(timelineSyncBound(fake.requestBytes, true) + 1);
    expect(fake.syncs).toBeLessThanOrEqual(
      TIMELINE_SYNCS + Math.ceil(fake.requestBytes / MAX_REQUEST_BYTES)
    );
  });

  test("refreshing twice keeps the sheet itself where the planner put it: rewritten, never replaced", async () => {
    await write();
    expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline"]);
    const moved = fake.sheets.splice(4, 1)[0];
    fake.sheets.splice(1, 0, moved);
    fake.type("Timeline", "A500", "a leftover");
    await write();
    expect(names()).toEqual(["Sheet1", "Timeline", ...INPUTS]);
    expect(fake.sheet("Timeline")).toBe(moved);
    expect(fake.cell("Timeline", "A500")?.value ?? "").toBe("");
    expect(fake.cell("Timeline", "A1")?.value).toBe(`Timeline ${YEAR}`);
    // One set of rules, merges and groups, not two.
    expect(moved.cfs).toHaveLength(layout.formats.length);
    expect(moved.merges).toHaveLength(layout.merges.length);
    expect(moved.rowGroups).toHaveLength(layout.rowGroups.length);
    expect(moved.frozenRows).toBe(layout.freeze.rows);
    expect(fake.active).toBe(moved);
  });

  test("a planner's formula that reads the Timeline still reads it after a rewrite (no #REF!)", async () => {
    await write();
    fake.type("Sheet1", "A1", { formula: "=Timeline!B8&Timeline!D7", value: "x" });
    await write();
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: "=Timeline!B8&Timeline!D7" });
    expect(fake.cell("Sheet1", "A1")?.error).toBeUndefined();
  });

  test.each([
    ["a rule Excel refuses", "ConditionalFormatCollection.add", 3],
    ["a fill block's copy", "Range.copyFrom", 2],
    ["a number format", "Range.numberFormat", 1],
  ])(
    "a failure part-way (%s) leaves the old sheet whole and only a hidden scratch sheet, which the next write removes",
    async (_what, member, nth) => {
      fake.addSheet("Timeline", [[`Timeline ${YEAR - 1}`], ["the old one"]]);
      fake.type("Sheet1", "A1", { formula: "=Timeline!A2", value: "the old one" });
      const old = fake.sheet("Timeline");
      const before = JSON.stringify([...(old?.cells ?? [])]);
      fake.failOn(member, nth);
      await expect(write()).rejects.toThrow("injected");
      expect(fake.sheet("Timeline")).toBe(old);
      expect(JSON.stringify([...(old?.cells ?? [])])).toBe(before);
      expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline", "OpsPlanner~timeline"]);
      expect(fake.sheet("OpsPlanner~timeline")?.visibility).toBe("Hidden");
      expect(fake.cell("Sheet1", "A1")?.formula).toBe("=Timeline!A2");

      await write();
      expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline"]);
      expect(fake.sheet("Timeline")).toBe(old);
      expect(fake.cell("Timeline", "A1")?.value).toBe(`Timeline ${YEAR}`);
      expect(fake.cell("Sheet1", "A1")?.formula).toBe("=Timeline!A2");
    }
  );

  test("a write that fails part-way on a workbook without a Timeline leaves no visible stray sheet", async () => {
    fake.failOn("Range.merge", 2);
    await expect(write()).rejects.toThrow("injected");
    expect(names()).toEqual(["Sheet1", ...INPUTS, "OpsPlanner~timeline"]);
    expect(fake.sheets.filter((s) => (s.visibility ?? "Visible") === "Visible")).toHaveLength(4);
    await write();
    expect(names()).toEqual(["Sheet1", ...INPUTS, "Timeline"]);
  });

  test("a workbook whose only sheet is the Timeline (and the sheets it reads)", async () => {
    const only = new FakeExcel(["Timeline", ...INPUTS]);
    const off = only.install("en");
    try {
      await createExcelWorkbook().writeTimeline(layout, "en");
    } finally {
      off();
    }
    expect(only.sheets.map((s) => s.name)).toEqual(["Timeline", ...INPUTS]);
    expect(only.cell("Timeline", "A1")?.value).toBe(`Timeline ${YEAR}`);
  });

  test("an Excel that will not read through a missing sheet: the names, then the sheet found (two syncs)", async () => {
    fake.nullWorksheetChildren = "throw";
    fake.addSheet("Timeline", [["Timeline 2025"]]);
    fake.resetCounters();
    await write();
    expect(fake.cell("Timeline", "A1")?.value).toBe(`Timeline ${YEAR}`);
    // The names, then the sheet found: one sync more (and one for an ungroup refused at the sync, as above).
    expect(fake.syncs).toBeGreaterThanOrEqual(timelineSyncBound(fake.requestBytes, true) + 1);
    expect(fake.syncs).toBeLessThanOrEqual(timelineSyncBound(fake.requestBytes, true) + 2);

    fake.sheet("Timeline")?.cells.set("1:1", { value: "mine" });
    await expect(write()).rejects.toBeInstanceOf(OutputSheetConflict);
    expect(fake.cell("Timeline", "A1")?.value).toBe("mine");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Fill blocks: one formula per block, Range.copyFrom for the rest (ExcelApi 1.9), every cell where 1.9 is missing.

/** Where the sheet in the fake differs from the layout: "A1: got … want …" for each cell (empty when it matches). */
function differences(f: FakeExcel, l: TimelineLayout): string[] {
  const out: string[] = [];
  const check = (a1: string, want: ReturnType<typeof wanted>): void => {
    const got = f.cell(l.name, a1);
    const have = {
      formula: got?.formula,
      value: got?.formula === undefined ? (got?.value ?? "") : "",
    };
    if (have.formula !== want.formula || have.value !== want.value)
      out.push(`${a1}: got ${JSON.stringify(have)}, want ${JSON.stringify(want)}`);
  };
  l.rows.forEach((row, r) =>
    row.forEach((cell, c) => check(`${columnLetter(c + 1)}${r + 1}`, wanted(cell)))
  );
  // Nothing past the layout's last row or column.
  const sheet = f.sheet(l.name);
  const width = l.columns.length;
  for (const k of sheet?.cells.keys() ?? []) {
    const [r, c] = k.split(":").map(Number);
    if (r > l.rows.length || c > width)
      if (sheet?.cells.get(k)?.formula !== undefined || sheet?.cells.get(k)?.value !== "")
        out.push(`${columnLetter(c)}${r}: written outside the layout`);
  }
  return out.length > 10 ? [...out.slice(0, 10), `… and ${out.length - 10} more`] : out;
}

/** A layout cell as Excel holds it: a formula with "=", or a value ("" for a blank). */
function wanted(cell: TimelineLayout["rows"][number][number]): {
  formula?: string;
  value: unknown;
} {
  if (isFormulaCell(cell)) return { formula: `=${cell.formula}`, value: "" };
  return { formula: undefined, value: cell ?? "" };
}

/** How many formulas the adapter sent (the rest of the sheet's formulas were filled by copyFrom). */
const formulasSent = (f: FakeExcel): number =>
  f.writes
    .filter((w) => w.kind === "formulas")
    .flatMap((w) => (w.data as unknown[][]).flat())
    .filter((x) => typeof x === "string" && x.startsWith("=")).length;

const formulaCount = (l: TimelineLayout): number => l.rows.flat().filter(isFormulaCell).length;

/** The promotion slots' formulas: each names its own Promotions cell, so each is sent. */
/** The Products row helpers (the first helper column): each names its own Products row, so each is sent. */
function productRowFormulas(l: TimelineLayout): number {
  const helper = l.columns.find((c) => c.role === "helper");
  const i = helper ? columnIndex(helper.letter) - 1 : -1;
  return l.rows.filter((row) => isFormulaCell(row[i])).length;
}

function slotFormulas(l: TimelineLayout): number {
  const slots = new Set(
    l.columns.flatMap((c) => (c.role === "slot" ? [columnIndex(c.letter) - 1] : []))
  );
  return l.rows.reduce(
    (n, row) => n + row.filter((c, i) => slots.has(i) && isFormulaCell(c)).length,
    0
  );
}

/** Writes `l` into a fresh fake whose Excel has ExcelApi `apiVersion`. */
async function writeWith(
  l: TimelineLayout,
  apiVersion: string,
  inputs: string[] = INPUTS
): Promise<FakeExcel> {
  const f = new FakeExcel(["Sheet1", ...inputs]);
  const off = f.install("en", apiVersion);
  try {
    await createExcelWorkbook().writeTimeline(l, "en");
  } finally {
    off();
  }
  return f;
}

/** The bench's plan with `n` products over the five tiers, and every seventh product in a tier a planner added. */
function generated(n: number): Plan {
  const plan = timelinePlan(n);
  return {
    ...plan,
    products: plan.products.map((p, i) =>
      i % 7 === 3 ? { ...p, v: { ...p.v, tier: "clearance" } } : p
    ),
  };
}

describe("fill blocks", () => {
  test("blockCopies: the first row from the top-left cell, the rows below from the first row, never overlapping", () => {
    expect(blockCopies(blockOf("D7:BC40"))).toEqual([
      ["E7:BC7", "D7"],
      ["D8:BC40", "D7:BC7"],
    ]);
    expect(blockCopies(blockOf("BE7:BE40"))).toEqual([["BE8:BE40", "BE7:BE7"]]);
    expect(blockCopies(blockOf("D4:BC4"))).toEqual([["E4:BC4", "D4"]]);
    expect(blockCopies(blockOf("D9:D9"))).toEqual([]);
    expect(() => blockOf("A:A")).toThrow("range of cells");
  });

  test("the sample plan: every cell holds the layout's formula or value, one formula sent per block", async () => {
    const f = await writeWith(layout, "1.17");
    expect(differences(f, layout)).toEqual([]);
    expect(formulasSent(f)).toBe(
      layout.fills.length + slotFormulas(layout) + productRowFormulas(layout)
    );
    expect(formulaCount(layout)).toBeGreaterThan(10 * layout.fills.length);
  });

  test("a generated plan of 350 products over every tier, and one a planner added: the same, cell for cell", async () => {
    const l = timelineLayout(generated(350), { lang: "en" });
    expect(l.rowGroups.map((g) => g.tier)).toEqual([...TIMELINE_TIER_ORDER, "clearance"]);
    const f = await writeWith(l, "1.17");
    expect(differences(f, l)).toEqual([]);
    expect(formulasSent(f)).toBe(l.fills.length + slotFormulas(l) + productRowFormulas(l));
  });

  test("few promotions, one SKU with many: as many slots as that SKU has, empty where a product has fewer", async () => {
    const plan = generated(1100);
    const sku = plan.products[5].v.sku;
    const promotions = plan.promotions
      .slice(0, 40)
      .map((p, i) => (i < 12 ? { ...p, v: { ...p.v, sku: i % 2 ? sku.toLowerCase() : sku } } : p));
    const l = timelineLayout({ ...plan, promotions }, { lang: "en" });
    expect(l.columns.filter((c) => c.role === "slot")).toHaveLength(3 * 12);
    const f = await writeWith(l, "1.17");
    expect(differences(f, l)).toEqual([]);
    expect(formulasSent(f)).toBe(l.fills.length + slotFormulas(l) + productRowFormulas(l));
    expect(slotFormulas(l)).toBe(3 * 40);
  });

  test("in Chinese too (the Chinese sheet names stand unquoted before their '!')", async () => {
    const l = timelineLayout(generated(60), { lang: "zh-CN" });
    expect(l.fills.some((f) => /[\u4e00-\u9fff]+!\$[A-Z]+:/.test(f.formula))).toBe(true);
    const f = await writeWith(l, "1.17", ["产品", "活动", "日历"]);
    expect(differences(f, l)).toEqual([]);
  });
});

describe("2,000 products (the bench's plan): within the task pane's bounds", () => {
  let big: TimelineLayout;
  beforeAll(() => {
    big = timelineLayout(timelinePlan(2000), { lang: "en" });
  });

  test("as fill blocks: 2 syncs, every request < 4 MB (about 3 MB in all, 10,000 promotion slots with them)", async () => {
    const f = await writeWith(big, "1.17");
    for (const b of f.batches) expect(b.request).toBeLessThan(MAX_REQUEST_BYTES);
    expect(f.syncs).toBeLessThanOrEqual(timelineSyncBound(f.requestBytes));
    expect(f.syncs).toBeLessThanOrEqual(2);
    expect(slotFormulas(big)).toBe(3 * 10_000);
    expect(f.requestBytes).toBeLessThan(MAX_REQUEST_BYTES);
    expect(differences(f, big)).toEqual([]);
  });

  test.each([1, 1000])(
    "with %d presales (issue 16's presale slots on): 2 syncs, every request < 4 MB; a presale slot per presale date only",
    async (presales) => {
      const l = timelineLayout(timelinePlan(2000, presales), { lang: "en" });
      const f = await writeWith(l, "1.17");
      for (const b of f.batches) expect(b.request).toBeLessThan(MAX_REQUEST_BYTES);
      expect(f.syncs).toBeLessThanOrEqual(2);
      // The base slots as before, and four presale dates per presale (before: four per promotion, 40,000 more).
      expect(slotFormulas(l)).toBe(3 * 10_000 + 4 * presales);
      expect(differences(f, l)).toEqual([]);
    }
  );
});
