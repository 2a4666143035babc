// The Timeline in the preview: its colour rules become cell-value conditional formats of the in-memory sheet, which the
// grid's cell model evaluates on each cell's current value (first matching rule wins), so a recomputed formula
// recolours its cell; hidden helper columns and criteria rows, merged month headers, number formats and frozen panes
// are kept; the .xlsx download carries them all.
import ExcelJS from "exceljs";
import { columnIndex, columnLetter } from "../../src/core/cells";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout, TIMELINE_ROWS, type TimelineLayout } from "../../src/core/timeline";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { isFormulaCell, schemaLetters } from "../../src/core/write/layout";
import { cellTestFormula, cellTestMatches } from "../../src/preview/cellRules";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { formatValue } from "../../src/preview/numberFormat";
import {
  cellView,
  colourRules,
  mergedCells,
  shownColumns,
  shownRows,
} from "../../src/preview/sheetModel";
import { xlsxBytes } from "../../src/preview/xlsxDownload";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

async function withTimeline(
  lang: "en" | "zh-CN" = "en"
): Promise<{ wb: MemoryWorkbook; timeline: TimelineLayout }> {
  const wb = newPreviewWorkbook(lang);
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang, year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  const timeline = timelineLayout(plan, { lang, year: 2027 });
  await wb.writeTimeline(timeline);
  return { wb, timeline };
}

/** The colours the grid gives a cell of the Timeline (CSS), and the text it shows. */
function shown(wb: MemoryWorkbook, name: string, address: string) {
  const s = wb.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const v = cellView(wb, s, colourRules(s), Number(m[2]), columnIndex(m[1]));
  return { text: v.text, background: v.background, color: v.color, ruled: v.ruleColoured };
}

const fillOf = (timeline: TimelineLayout, kind: string) => {
  const f = timeline.formats.find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} rule`);
  return { background: f.fill, color: f.font };
};

/** The first cell of the product rows that shows `text`. */
function findCell(wb: MemoryWorkbook, timeline: TimelineLayout, text: string): string {
  const lastRow = timeline.rows.length;
  for (let row = TIMELINE_ROWS.first; row <= lastRow; row++)
    for (const w of timeline.weeks)
      if (wb.cell(timeline.name, `${w.column}${row}`)?.value === text) return `${w.column}${row}`;
  throw new Error(`no week cell shows ${text}`);
}

describe("cell-value rules", () => {
  test('match as Excel\'s =D7="L" and =LEN(D7)>0 do', () => {
    expect(cellTestMatches({ equals: "L" }, "L")).toBe(true);
    expect(cellTestMatches({ equals: "L" }, "l")).toBe(true); // Excel's = ignores case
    expect(cellTestMatches({ equals: "L" }, "LL")).toBe(false);
    expect(cellTestMatches({ equals: "1" }, 1)).toBe(false); // a number is not the text "1"
    expect(cellTestMatches({ equals: "首发" }, "首发")).toBe(true);
    expect(cellTestMatches({ notBlank: true }, "")).toBe(false); // a formula's ""
    expect(cellTestMatches({ notBlank: true }, null)).toBe(false);
    expect(cellTestMatches({ notBlank: true }, "Tmall")).toBe(true);
    expect(cellTestMatches({ notBlank: true }, 0)).toBe(true);
    expect(cellTestMatches({ notBlank: true }, false)).toBe(true);
    expect(cellTestMatches({ notBlank: true }, { error: "#N/A" })).toBe(false);
    expect(cellTestMatches({ equals: "L" }, { error: "#N/A" })).toBe(false);
    expect(cellTestFormula("$D$7:BD40", { equals: 'say "hi"' })).toBe('D7="say ""hi"""');
    expect(cellTestFormula("D6:BD6", { notBlank: true })).toBe("LEN(D6)>0");
  });

  test("the first rule that matches colours the cell; a highlight outranks it", async () => {
    const wb = newPreviewWorkbook("en");
    const s = wb.addSheet("Rules", [["L", "x", "", 5]]);
    s.conditionalFormats.push(
      {
        range: "A1:D1",
        kind: "cellValue",
        when: { equals: "L" },
        fill: "#111111",
        font: "#222222",
      },
      {
        range: "A1:D1",
        kind: "cellValue",
        when: { notBlank: true },
        fill: "#333333",
        font: "#444444",
      }
    );
    const at = (col: number) => cellView(wb, s, colourRules(s), 1, col);
    expect(at(1)).toMatchObject({ background: "#111111", color: "#222222", ruleColoured: true });
    expect(at(2)).toMatchObject({ background: "#333333", color: "#444444" });
    expect(at(3).background).toBeUndefined();
    expect(at(4).background).toBe("#333333");
    expect(at(5).background).toBeUndefined(); // outside the range
    await wb.highlight([{ address: "Rules!A1", severity: "error" }]);
    expect(at(1).background).not.toBe("#111111");
    expect(at(1).highlight).toBe("error");
  });
});

describe("writeTimeline in the preview", () => {
  test("the engine computes every week cell as the layout's cached result, the presale (D, B) weeks with them", async () => {
    const { wb, timeline } = await withTimeline();
    let presaleWeeks = 0;
    let cells = 0;
    for (let r = TIMELINE_ROWS.first; r <= timeline.rows.length; r++)
      for (const w of timeline.weeks) {
        const c = timeline.rows[r - 1][columnIndex(w.column) - 1];
        if (!isFormulaCell(c)) continue;
        const got = wb.cell(timeline.name, `${w.column}${r}`)?.value ?? "";
        expect([w.column, r, got]).toEqual([w.column, r, c.result]);
        cells++;
        if (c.result === "D" || c.result === "B") presaleWeeks++;
      }
    expect(cells).toBeGreaterThan(500);
    expect(presaleWeeks).toBeGreaterThan(2);
  });

  test("shows the sheet it wrote (as Excel activates it), in either language", async () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const { wb, timeline } = await withTimeline(lang);
      expect(wb.selection).toEqual({ sheet: timeline.name, address: "A1" });
    }
  });

  test("keeps the layout's colour rules in order, hidden columns and rows, merges, formats and frozen panes", async () => {
    const { wb, timeline } = await withTimeline();
    const s = wb.sheet(timeline.name);
    if (!s) throw new Error("no Timeline");
    expect(s.conditionalFormats).toEqual(
      timeline.formats.map((f) => ({
        range: f.range,
        kind: "cellValue",
        when: f.when,
        fill: f.fill,
        font: f.font,
      }))
    );
    const hiddenLetters = timeline.columns.filter((c) => c.hidden).map((c) => c.letter);
    expect(hiddenLetters.length).toBeGreaterThan(1);
    expect([...s.hiddenColumns].sort()).toEqual([...hiddenLetters].sort());
    expect([...s.hiddenRows].sort()).toEqual([...timeline.hiddenRows].sort());
    expect(s.merges).toEqual(timeline.merges);
    expect(s.frozenRows).toBe(timeline.freeze.rows);
    expect(s.frozenColumns).toBe(timeline.freeze.columns);

    // The grid draws neither the helper columns nor the criteria rows.
    const lastCol = timeline.columns.length + 2;
    const cols = shownColumns(s, lastCol);
    for (const l of hiddenLetters) expect(cols).not.toContain(columnIndex(l));
    expect(cols).toContain(columnIndex(timeline.weeks[0].column));
    expect(shownRows(s, 1, TIMELINE_ROWS.calendar)).toEqual([1, 2, 3, TIMELINE_ROWS.calendar]);
    // The month headers are drawn merged (one row each).
    const { spans, covered } = mergedCells(s);
    expect(spans.size).toBe(timeline.merges.length);
    const jan = spans.get(`1:${columnIndex(timeline.weeks[0].column)}`);
    expect(jan).toBeDefined();
    expect(covered.has(`1:${columnIndex(timeline.weeks[1].column)}`)).toBe(true);

    // The Mondays row shows dates through the layout's m/d format, not serials.
    const monday = timeline.weeks[0];
    expect(shown(wb, timeline.name, `${monday.column}${TIMELINE_ROWS.monday}`).text).toBe(
      formatValue(monday.monday, "m/d")
    );
    expect(shown(wb, timeline.name, `${monday.column}${TIMELINE_ROWS.monday}`).text).toMatch(
      /^\d{1,2}\/\d{1,2}$/
    );
  });

  test("colours each kind of week cell by the first rule that matches its computed value", async () => {
    const { wb, timeline } = await withTimeline();
    const launch = findCell(wb, timeline, "L");
    expect(shown(wb, timeline.name, launch)).toMatchObject({
      text: "L",
      ...fillOf(timeline, "launch"),
      ruled: true,
    });
    const warehouse = findCell(wb, timeline, "W");
    expect(shown(wb, timeline.name, warehouse)).toMatchObject(fillOf(timeline, "warehouse"));
    // A promotion cell shows its platform: the "not blank" rule after the L / W / P rules.
    const promo = findCell(wb, timeline, "Tmall");
    expect(shown(wb, timeline.name, promo)).toMatchObject({
      text: "Tmall",
      ...fillOf(timeline, "promotion"),
    });
    // A blank week (a formula showing "") is not coloured.
    const row = Number(/\d+$/.exec(launch)?.[0]);
    const blank = timeline.weeks
      .map((w) => `${w.column}${row}`)
      .find((a) => wb.cell(timeline.name, a)?.value === "");
    expect(blank).toBeDefined();
    expect(shown(wb, timeline.name, blank as string).background).toBeUndefined();
    // The Calendar row: the Spring Festival shutdown matches both of its rules; the first (shutdown) wins.
    const calendar = timeline.weeks.map((w) => `${w.column}${TIMELINE_ROWS.calendar}`);
    const shutdown = calendar.find((a) => wb.cell(timeline.name, a)?.value === "Shutdown");
    const festival = calendar.find((a) => {
      const v = wb.cell(timeline.name, a)?.value;
      return typeof v === "string" && v !== "" && v !== "Shutdown";
    });
    expect(shutdown && shown(wb, timeline.name, shutdown)).toMatchObject(
      fillOf(timeline, "shutdown")
    );
    expect(festival && shown(wb, timeline.name, festival)).toMatchObject(
      fillOf(timeline, "festival")
    );
  });

  test("moving a launch date recomputes the week cells, and the colours follow", async () => {
    const { wb, timeline } = await withTimeline();
    const from = findCell(wb, timeline, "L");
    const row = Number(/\d+$/.exec(from)?.[0]);
    const sku = wb.cell(timeline.name, `A${row}`)?.value;
    // The product's Products row and an empty week of its Timeline row, 8+ weeks from the launch week.
    const products = wb.sheet("Products");
    const skuCol = columnIndex(schemaLetters("products", "sku"));
    let productRow = 0;
    for (let r = 2; r < 200 && !productRow; r++)
      if (products?.cellAt(r, skuCol)?.value === sku) productRow = r;
    expect(productRow).toBeGreaterThan(1);
    const fromIndex = timeline.weeks.findIndex((w) => `${w.column}${row}` === from);
    const target = timeline.weeks.find(
      (w, i) =>
        Math.abs(i - fromIndex) >= 8 && wb.cell(timeline.name, `${w.column}${row}`)?.value === ""
    );
    if (!target) throw new Error("no empty week to move the launch to");
    const to = `${target.column}${row}`;
    expect(shown(wb, timeline.name, to).background).toBeUndefined();

    wb.setCell(
      "Products",
      `${schemaLetters("products", "launchDate")}${productRow}`,
      target.monday + 2
    );

    expect(shown(wb, timeline.name, to)).toMatchObject({
      text: "L",
      ...fillOf(timeline, "launch"),
    });
    expect(wb.cell(timeline.name, from)?.value).not.toBe("L");
    expect(shown(wb, timeline.name, from).background).not.toBe(
      fillOf(timeline, "launch").background
    );
  });

  test("a rewrite keeps the Timeline's tab in its place and replaces its rules", async () => {
    const { wb, timeline } = await withTimeline();
    const order = wb.sheets.map((s) => s.name);
    wb.addSheet("After");
    await wb.writeTimeline(timeline);
    expect(wb.sheets.map((s) => s.name)).toEqual([...order, "After"]);
    expect(wb.sheet(timeline.name)?.conditionalFormats).toHaveLength(timeline.formats.length);
    expect(wb.sheet(timeline.name)?.merges).toHaveLength(timeline.merges.length);
  });

  test("in 简体中文: the codes are Chinese and colour the same way", async () => {
    const { wb, timeline } = await withTimeline("zh-CN");
    const launch = findCell(wb, timeline, "首发");
    expect(shown(wb, timeline.name, launch)).toMatchObject(fillOf(timeline, "launch"));
  });

  test("the .xlsx download carries the rules (as Excel formulas, in order), hidden parts, merges and panes", async () => {
    const { wb, timeline } = await withTimeline();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsxBytes(wb, "en"));
    // ExcelJS reads the rules back but does not declare them.
    const ws = book.getWorksheet(timeline.name) as
      | (ExcelJS.Worksheet & {
          conditionalFormattings: {
            ref: string;
            rules: { formulae?: string[]; priority?: number }[];
          }[];
        })
      | undefined;
    if (!ws) throw new Error("no Timeline in the download");
    const rules = ws.conditionalFormattings.map((cf) => ({
      ref: cf.ref,
      formula: cf.rules[0].formulae?.[0],
      priority: cf.rules[0].priority,
    }));
    expect(rules.map((r) => r.formula)).toEqual(
      timeline.formats.map((f) => cellTestFormula(f.range, f.when))
    );
    const priorities = rules.map((r) => r.priority ?? 0);
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
    for (const c of timeline.columns.filter((x) => x.hidden))
      expect(ws.getColumn(c.letter).hidden).toBe(true);
    for (const r of timeline.hiddenRows) expect(ws.getRow(r).hidden).toBe(true);
    const first = timeline.merges[0];
    const [a, b] = first.split(":");
    expect(ws.getCell(b).isMerged).toBe(true);
    expect(ws.getCell(b).master.address).toBe(a);
    expect(ws.views[0]).toMatchObject({
      state: "frozen",
      xSplit: timeline.freeze.columns,
      ySplit: timeline.freeze.rows,
    });
    expect(columnLetter(columnIndex(timeline.weeks[0].column))).toBe("D");
  });
});

describe("writeTimeline in the preview: the sheet it replaces (as in Excel)", () => {
  let timeline: TimelineLayout;
  beforeAll(async () => {
    timeline = (await withTimeline()).timeline;
  });
  const names = (wb: MemoryWorkbook): string[] => wb.sheets.map((s) => s.name);

  test("a planner's own 'Timeline' is left as it was: OutputSheetConflict", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Timeline", [["My launch plan"], [null, "week 12"]]);
    const before = wb.version;
    const err = await wb.writeTimeline(timeline).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect((err as OutputSheetConflict).sheet).toBe("Timeline");
    expect(wb.cell("Timeline", "A1")?.value).toBe("My launch plan");
    expect(wb.cell("Timeline", "B2")?.value).toBe("week 12");
    expect(wb.sheet("Timeline")?.cellCount).toBe(2);
    expect(wb.version).toBe(before);
  });

  test("an empty 'Timeline' is reused in its place; 时间线 is found from an English layout and keeps its name", async () => {
    const empty = new MemoryWorkbook();
    empty.addSheet("Timeline");
    empty.addSheet("After");
    await empty.writeTimeline(timeline);
    expect(names(empty)).toEqual(["Timeline", "After"]);
    expect(empty.cell("Timeline", "A1")?.value).toBe("Timeline 2027");

    const zh = new MemoryWorkbook();
    zh.addSheet("时间线", [["2026 年时间线"]]);
    zh.addSheet("After");
    await zh.writeTimeline(timeline);
    expect(names(zh)).toEqual(["时间线", "After"]);
    expect(zh.cell("时间线", "A1")?.value).toBe("Timeline 2027");
    expect(zh.sheet("时间线")?.conditionalFormats).toHaveLength(timeline.formats.length);
  });
});
