import fc from "fast-check";
import { columnIndex } from "../../../src/core/cells";
import type { Plan } from "../../../src/core/plan";
import { readPlan, type SheetInput } from "../../../src/core/read/readPlan";
import { SHEETS } from "../../../src/core/schema/sheets";

const SHEET_NAMES = [
  "Products",
  "产品",
  "Promotions",
  "活動",
  "Prices",
  "Budget",
  "Daily",
  "日报",
  "Regions",
  "Waivers",
  "Calendar",
  "Settings",
  "Lists",
  "列表",
  "Sheet1",
  "Findings",
];
const HEADERS = SHEETS.flatMap((s) =>
  s.columns.flatMap((c) => [c.names.en, c.names.zh, c.names.zhTW])
);
const WORDS = [
  "Tmall",
  "天猫",
  "hero",
  "首发",
  "Coupons",
  "festival",
  "PROMO_TOO_LONG",
  "Max promo days",
  "Plan year",
  "5%",
  "5万",
  "¥1,299",
  "6/7/2027",
  "2027-06-18",
  "2027年6月18日",
  "20270618",
  "#N/A",
  "",
  "  ",
  "abc",
  "-3",
  "1,23",
];

const cell = fc.oneof(
  fc.constantFrom(...HEADERS, ...WORDS),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1e6, max: 1e8 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date(-1e14), max: new Date(1e14) }),
  fc.constant(new Date(NaN)),
  fc.constantFrom({ error: "#REF!" }, { error: "#NAME?" }),
  fc.constantFrom<unknown>(
    { formula: "A1" },
    { formula: "A1", result: { error: "#N/A" } },
    { richText: [{ text: "SKU" }, null] },
    { text: { richText: "x" } },
    Object.create(null),
    [1, 2],
    { weird: { nested: [1, { deeper: true }] } }
  )
);

const headerRow = fc
  .constantFrom(...SHEETS)
  .chain((s) => fc.shuffledSubarray(s.columns.map((c) => c.names.en)));
const row = fc.array(cell, { maxLength: 8 });
const grid = fc
  .tuple(
    fc.array(row, { maxLength: 4 }),
    fc.option(headerRow),
    fc.array(fc.option(row, { nil: undefined }), { maxLength: 10 })
  )
  .map(
    ([above, header, below]) => [...above, ...(header ? [header] : []), ...below] as unknown[][]
  );
const sheetInput = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  rows: grid,
  firstRow: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
  firstCol: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});

/** Within the input's rectangle: its rows, and the columns of its widest row (a ragged row's missing cells are blank cells). */
function inInput(sheets: SheetInput[], sheetName: string, column: string, rowNo: number): boolean {
  return sheets.some((s) => {
    if (s.name !== sheetName) return false;
    const r = rowNo - (s.firstRow ?? 1);
    const c = columnIndex(column) - (s.firstCol ?? 1);
    const width = Math.max(0, ...s.rows.map((cells) => (Array.isArray(cells) ? cells.length : 0)));
    return r >= 0 && r < s.rows.length && c >= 0 && c < width;
  });
}

function numbersAreFinite(plan: Plan): boolean {
  const all = [
    plan.products,
    plan.promotions,
    plan.prices,
    plan.budget,
    plan.daily,
    plan.regions,
    plan.waivers,
    plan.calendar,
  ];
  return all.every((rows) =>
    rows.every((r) =>
      Object.values(r.v as object).every((v) => typeof v !== "number" || Number.isFinite(v))
    )
  );
}

describe("readPlan on arbitrary grids", () => {
  test("never throws; every finding is a cell of the input; no NaN escapes", () => {
    fc.assert(
      fc.property(fc.array(sheetInput, { maxLength: 5 }), (sheets) => {
        const input = sheets as SheetInput[];
        const plan = readPlan({ sheets: input }, { today: new Date(Date.UTC(2026, 0, 1)) });
        for (const h of plan.readHits) {
          expect(h.rule).toMatch(/^DQ_/);
          expect(inInput(input, h.at.sheet, h.at.column, h.at.row)).toBe(true);
          for (const r of h.related ?? [])
            expect(inInput(input, r.sheet, r.column, r.row)).toBe(true);
        }
        expect(numbersAreFinite(plan)).toBe(true);
        for (const v of Object.values(plan.settings))
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 400 }
    );
  });
});
