import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/cells";
import { columnIndex } from "../../../src/core/cells";
import { readPlan, type SheetInput } from "../../../src/core/read/readPlan";
import { SHEETS } from "../../../src/core/schema/sheets";
import { validatePlan } from "../../../src/core/validate";

const SHEET_NAMES = SHEETS.flatMap((s) => [s.names.en, s.names.zh]);
const HEADERS = SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.names.en, c.names.zh]));
const WORDS = [
  "Tmall",
  "天猫",
  "JD",
  "hero",
  "主推",
  "presale",
  "offline only",
  "Fake orders",
  "刷单",
  "Offline",
  "SKU-1",
  "SKU-2",
];
const TEXTS = [
  "2027-06-18",
  "6/7/2027",
  "18/6/2027",
  "2027年6月18日",
  "20270618",
  "5万",
  "¥1,299.00",
  "５０",
  "12%",
  "#N/A",
  "abc",
  "",
  " ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: false }),
  fc.boolean(),
  fc.constantFrom(...WORDS, ...TEXTS, ...HEADERS),
  fc.string({ maxLength: 6 }),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }),
  fc.date({
    min: new Date(Date.UTC(1899, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: false,
  })
);

/** A sheet whose rows often start with a real header row, so the rules get data. */
const sheet: fc.Arbitrary<SheetInput> = fc
  .record({
    name: fc.constantFrom(...SHEET_NAMES, "Notes"),
    titleRows: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
    body: fc.array(fc.array(cell, { minLength: 0, maxLength: 14 }), { maxLength: 12 }),
    withHeader: fc.boolean(),
    shuffle: fc.boolean(),
    firstRow: fc.integer({ min: 1, max: 4 }),
    firstCol: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ name, titleRows, body, withHeader, shuffle, firstRow, firstCol }) => {
    const spec = SHEETS.find((s) => s.names.en === name || s.names.zh === name);
    const rows: Grid = [...titleRows];
    if (spec && withHeader) {
      const header = spec.columns.map((c) => (name === spec.names.zh ? c.names.zh : c.names.en));
      rows.push(shuffle ? [...header].reverse() : header);
    }
    rows.push(...body);
    return { name, rows, firstRow, firstCol };
  });

function bounds(s: SheetInput): {
  lastRow: number;
  lastCol: number;
  firstRow: number;
  firstCol: number;
} {
  const firstRow = s.firstRow ?? 1;
  const firstCol = s.firstCol ?? 1;
  const width = s.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  return {
    firstRow,
    firstCol,
    lastRow: firstRow + Math.max(s.rows.length, 1) - 1,
    lastCol: firstCol + Math.max(width, 1) - 1,
  };
}

describe("reader and validator on arbitrary grids", () => {
  it("never throw, and every finding points at a cell of the input", () => {
    fc.assert(
      fc.property(fc.uniqueArray(sheet, { selector: (s) => s.name, maxLength: 6 }), (sheets) => {
        const plan = readPlan({ sheets }, { today: new Date(Date.UTC(2026, 10, 25)) });
        const findings = validatePlan(plan, plan.settings, { lang: "zh-CN" });
        for (const f of findings) {
          const s = sheets.find((x) => x.name === f.sheet);
          expect(s).toBeDefined();
          const b = bounds(s as SheetInput);
          expect(f.row).toBeGreaterThanOrEqual(b.firstRow);
          expect(f.row).toBeLessThanOrEqual(b.lastRow);
          const col = columnIndex(f.column);
          expect(col).toBeGreaterThanOrEqual(b.firstCol);
          expect(col).toBeLessThanOrEqual(b.lastCol);
          expect(f.message).not.toBe("");
          expect(f.message).not.toMatch(/^rules:/);
          for (const r of f.related) expect(typeof r).toBe("string");
        }
      }),
      { numRuns: 300 }
    );
  });
});
