import { columnIndex } from "../../src/core/cells";
import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout, type TimelineLayout } from "../../src/core/timeline";
import { isFormulaCell } from "../../src/core/write/layout";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { clipColumns, formatFormula } from "../../src/excel/timeline";
import { sampleSheets, YEAR } from "../taskpane/fakePort";
import { a1Of, FakeExcel, rectOf } from "./fakeExcel";

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;
let layout: TimelineLayout;

beforeAll(() => {
  layout = timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR });
});
beforeEach(() => {
  fake = new FakeExcel(["Sheet1"]);
  uninstall = fake.install("en");
  port = createExcelWorkbook();
});
afterEach(() => uninstall());

const write = async (): Promise<void> => {
  if (!port.writeTimeline) throw new Error("no writeTimeline");
  await port.writeTimeline(layout, "en");
};

test("writes every cell of the layout: formulas with '=', values as they are, and the key column", async () => {
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
  const k = layout.keys.cells[0];
  expect(fake.cell(layout.name, `${layout.keys.column}${layout.keys.firstRow}`)?.formula).toBe(
    `=${k.formula}`
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

test("rewrites an existing Timeline sheet from scratch, in 1 + ⌈payload / 4 MB⌉ syncs", async () => {
  fake.addSheet(layout.name, [["stale"], [null, "old"]]);
  fake.resetCounters();
  await write();
  expect(fake.cell(layout.name, "B2")?.value).not.toBe("old");
  expect(fake.sheets.filter((s) => s.name === layout.name)).toHaveLength(1);
  const payload = fake.requestBytes;
  expect(fake.syncs).toBeLessThanOrEqual(1 + Math.ceil(payload / (4 * 1024 * 1024)));
  expect(fake.syncs).toBeGreaterThanOrEqual(2);
});
