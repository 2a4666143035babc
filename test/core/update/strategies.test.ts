import type { CellValue, Grid } from "../../../src/core/cells";
import type { SheetInput } from "../../../src/core/read/input";
import type { SheetId } from "../../../src/core/schema/types";
import { SETTING_SPECS } from "../../../src/core/settings";
import { isFormulaCell, type LayoutCell, type SheetLayout } from "../../../src/core/write/layout";
import { planWorkbookLayout } from "../../../src/core/write/planWorkbook";
import { planUpdate } from "../../../src/core/write/update";
import { listsPlacementOf, LISTS_STRATEGY } from "../../../src/core/write/update/listsStrategy";
import * as locate from "../../../src/core/write/update/locate";
import { planNewSheet } from "../../../src/core/write/update/newSheet";
import { SETTINGS_STRATEGY } from "../../../src/core/write/update/settingsStrategy";
import { SHEET_STRATEGIES, strategyOf } from "../../../src/core/write/update/strategies";
import { DEFAULT_STRATEGY, rowsByMode } from "../../../src/core/write/update/strategy";

const LAYOUT = planWorkbookLayout({
  lang: "en",
  year: 2027,
  sample: true,
  today: new Date(2026, 5, 1),
  formulas: true,
});
const layoutOf = (id: SheetId): SheetLayout => {
  const l = LAYOUT.sheets.find((s) => s.id === id);
  if (!l) throw new Error(`no ${id}`);
  return l;
};
const value = (v: LayoutCell): CellValue =>
  isFormulaCell(v) ? v.result : typeof v === "object" && v !== null && "link" in v ? v.text : v;
const gridOf = (l: SheetLayout, rows = l.rows.length): Grid => [
  l.headers.slice(),
  ...l.rows.slice(0, rows).map((r) => r.map(value)),
];
function located(input: SheetInput, l: SheetLayout): locate.LocatedSheet {
  const found = locate.locateSheet(input, l);
  if (locate.isConflict(found)) throw new Error("conflict");
  return found;
}

describe("the strategy table", () => {
  test("Settings and Lists have their own strategy; every other sheet takes the default", () => {
    expect(Object.keys(SHEET_STRATEGIES).sort()).toEqual(["lists", "settings"]);
    expect(strategyOf("settings")).toBe(SETTINGS_STRATEGY);
    expect(strategyOf("lists")).toBe(LISTS_STRATEGY);
    for (const id of ["products", "promotions", "waivers", "findings"] as const)
      expect(strategyOf(id)).toBe(DEFAULT_STRATEGY);
  });

  test("row modes: the sample only when asked, except the Lists entries, which go into an empty Lists sheet always", () => {
    expect(DEFAULT_STRATEGY.rowMode(true)).toBe("ifEmpty");
    expect(DEFAULT_STRATEGY.rowMode(false)).toBe("keep");
    expect(LISTS_STRATEGY.rowMode(false)).toBe("ifEmpty");
    expect(SETTINGS_STRATEGY.rowMode(false)).toBe("keep");
  });
});

describe("the default strategy: rows by the row mode", () => {
  const products = layoutOf("products");
  const two = located({ name: "Products", rows: gridOf(products, 2) }, products);
  const empty = located({ name: "Products", rows: gridOf(products, 0) }, products);

  test("keep adds nothing; ifEmpty adds only into a sheet without data rows", () => {
    expect(rowsByMode(two, products, "keep")).toEqual({ adding: [], dataEnd: 3 });
    expect(rowsByMode(two, products, "ifEmpty")).toEqual({ adding: [], dataEnd: 3 });
    const r = rowsByMode(empty, products, "ifEmpty");
    expect(r.adding.map((a) => a.row)).toEqual(products.rows.map((_, i) => 2 + i));
    expect(r.dataEnd).toBe(products.rows.length + 1);
  });

  test("append goes after the last row; replace clears the old rows and writes from the first data row", () => {
    const a = rowsByMode(two, products, "append");
    expect(a.adding[0]).toMatchObject({ row: 4, layoutIndex: 0 });
    expect(a.clear).toBeUndefined();
    const r = rowsByMode(two, products, "replace");
    expect(r.clear).toEqual({ fromRow: 2, toRow: 3 });
    expect(r.adding[0].row).toBe(2);
    expect(r.dataEnd).toBe(products.rows.length + 1);
  });
});

describe("the Settings strategy", () => {
  const settings = layoutOf("settings");

  test("finds each setting by its name in any language and appends the missing ones after the last row", () => {
    const grid = gridOf(settings, 0);
    // Currency only, under its Chinese name, two rows down.
    const currency = SETTING_SPECS.findIndex((s) => s.key === "currency");
    grid.push([], [SETTING_SPECS[currency].zh, "USD"]);
    const sheet = located({ name: "Settings", rows: grid }, settings);
    const r = SETTINGS_STRATEGY.rowsOf(sheet, settings, "keep");
    expect(r.settingRows?.currency).toBe(3);
    expect(r.adding).toHaveLength(SETTING_SPECS.length - 1);
    expect(r.adding[0].row).toBe(4);
    expect(r.adding.map((a) => a.layoutIndex)).not.toContain(currency);
    expect(r.dataEnd).toBe(3 + SETTING_SPECS.length - 1);
    for (const s of SETTING_SPECS) expect(r.settingRows?.[s.key]).toBeGreaterThan(1);
  });

  test("a new Settings sheet has one row per setting in order, and its names point at the Value cells", () => {
    const p = planNewSheet(settings, { rows: "keep" });
    expect(p.settingRows).toEqual(
      Object.fromEntries(SETTING_SPECS.map((s, i) => [s.key, settings.firstRow + i]))
    );
    const names = SETTINGS_STRATEGY.names?.(p) ?? [];
    expect(names).toHaveLength(SETTING_SPECS.length);
    expect(names[0]).toEqual({ name: SETTING_SPECS[0].workbookName, ref: "Settings!$B$2" });
  });
});

describe("the Lists strategy", () => {
  const lists = layoutOf("lists");

  test("a list the sheet lacks is filled with its entries; nothing is filled when rows are added anyway", () => {
    const grid = gridOf(lists).map((r) => r.slice(0, 2));
    const sheet = located({ name: "Lists", rows: grid }, lists);
    const r = LISTS_STRATEGY.rowsOf(sheet, lists, "ifEmpty");
    expect(r.adding).toEqual([]);
    expect(r.filled?.map((p) => p.column.field)).toEqual(["tier"]);
    expect(r.dataEnd).toBe(lists.rows.length + 1);
    const headerOnly = located({ name: "Lists", rows: [grid[0]] }, lists);
    const h = LISTS_STRATEGY.rowsOf(headerOnly, lists, "ifEmpty");
    expect(h.adding).toHaveLength(lists.rows.length);
    expect(h.filled).toBeUndefined();
  });

  test("its placement names each list's column and the rows that feed dropdowns", () => {
    const p = planNewSheet(lists, { rows: "ifEmpty" });
    expect(listsPlacementOf(p)).toEqual({
      sheet: "Lists",
      columns: { platform: "A", channel: "B", tier: "C" },
      firstRow: 2,
      lastRow: 200,
    });
  });
});

test("planUpdate locates each existing sheet once", () => {
  const spy = jest.spyOn(locate, "locateSheet");
  try {
    const existing = LAYOUT.sheets.map((s) => ({ name: s.name, rows: gridOf(s) }));
    const u = planUpdate(existing, LAYOUT, { sample: false });
    expect(u.summary.conflicts).toEqual([]);
    expect(spy).toHaveBeenCalledTimes(LAYOUT.sheets.length);
  } finally {
    spy.mockRestore();
  }
});
