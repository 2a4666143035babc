/**
 * The Products Flags behind the Warehouse keys give the results the unguarded formula gave: the core's evaluation of
 * both declarations over random messy plans (duplicate SKUs in other case, SKUs typed as numbers or with wildcards,
 * Starts that are blank, text, zero, negative or fractional, entries that are text, lead days blank, fractional or
 * text). LibreOffice's evaluation of both formula texts: test/e2e/warehouseKeys.test.ts.
 */
import type { CellValue, Grid } from "../../src/core/cells";
import { formulaValue, rowFormulaValues, type FormulaRow } from "../../src/core/formulas/evaluate";
import {
  blankIf,
  cell,
  earlyFirstPromoStart,
  firstPromoStart,
  isBlank,
  plan,
  setting,
} from "../../src/core/formulas/declare";
import { FormulaWorkbook } from "../../src/core/formulas/workbook";
import { PRODUCTCHECK } from "../../src/core/functions/definitions";
import { sheetSpec } from "../../src/core/schema/sheets";
import type { SheetId } from "../../src/core/schema/types";
import { defaultSettings, SETTING_SPECS } from "../../src/core/settings";
import { settingsRows } from "../../src/core/write/fixedSheets";
import { Prng } from "../../bench/prng";

const TODAY = new Date(Date.UTC(2026, 11, 1));
const SETTINGS = { ...defaultSettings(TODAY), planYear: 2027 };
const Y = 46388; // 2027-01-01

/** The Products Flags as they were: the first promotion's COUNTIFS/MINIFS for every row with a Warehouse entry. */
const UNGUARDED = plan(
  PRODUCTCHECK,
  cell("tier"),
  cell("launchDate"),
  cell("presaleStart"),
  cell("warehouseEntry"),
  setting("WarehouseLeadDays"),
  setting("PlanYear"),
  blankIf([isBlank(cell("warehouseEntry"))], firstPromoStart())
);

const SKUS: readonly CellValue[] = ["A-1", "a-1", "B-2", "C-3", "X", 4711, "4711", "H*", "=X", ""];

function gridOf(id: SheetId, rows: Record<string, CellValue>[]): Grid {
  const cols = sheetSpec(id).columns;
  return [cols.map((c) => c.names.en), ...rows.map((r) => cols.map((c) => r[c.field] ?? null))];
}

function randomPlan(rnd: Prng): Map<SheetId, Grid> {
  const day = (): CellValue => {
    const r = rnd.next();
    if (r < 0.08) return null;
    if (r < 0.11) return "soon";
    if (r < 0.14) return rnd.pick([0, -3, 1e7]);
    const d = Y + rnd.int(60, 160);
    return rnd.chance(0.15) ? d + 0.5 : d;
  };
  const products = Array.from({ length: rnd.int(3, 10) }, () => ({
    sku: rnd.pick(SKUS),
    tier: rnd.pick(["launch", "hero", "presale", "secondary", null]),
    launchDate: day(),
    warehouseEntry: day(),
  }));
  const promotions = Array.from({ length: rnd.int(0, 14) }, () => ({
    sku: rnd.pick(SKUS),
    platform: "Tmall",
    start: day(),
    end: Y + 200,
    promoPrice: 9,
  }));
  const lead = rnd.pick<CellValue>([7, 7, 0, 14, 2.5, null, "x"]);
  const settings = settingsRows(SETTINGS, "en").map((r, i) =>
    SETTING_SPECS[i].workbookName === "WarehouseLeadDays" ? { ...r, value: lead } : r
  );
  return new Map<SheetId, Grid>([
    ["settings", gridOf("settings", settings)],
    ["products", gridOf("products", products)],
    ["promotions", gridOf("promotions", promotions)],
  ]);
}

test("Products Flags: the guarded formula's result is the unguarded one's on 400 random plans", () => {
  const rnd = new Prng(20261206);
  let skipped = 0;
  let lateByPromotion = 0;
  for (let n = 0; n < 400; n++) {
    const grids = randomPlan(rnd);
    const wb = new FormulaWorkbook(grids, SETTINGS);
    const rows = (grids.get("products") ?? []).length - 1;
    for (let row = 2; row < rows + 2; row++) {
      const guarded = rowFormulaValues("products", wb, row, 2);
      const r: FormulaRow = {
        sheet: "products",
        row,
        firstRow: 2,
        wb,
        v: (field) => (field in guarded ? guarded[field] : wb.cell("products", field, row)),
      } as FormulaRow;
      const unguarded = formulaValue(UNGUARDED, r);
      expect([n, row, guarded.flags]).toEqual([n, row, unguarded]);
      const first = formulaValue(firstPromoStart(), r);
      if (formulaValue(earlyFirstPromoStart(), r) === "" && first !== "") skipped++;
      const launchOnly = { ...r, v: (f: string) => (f === "sku" ? null : r.v(f)) };
      if (
        String(unguarded).includes("WAREHOUSE_LATE") &&
        formulaValue(UNGUARDED, launchOnly as FormulaRow) !== unguarded
      )
        lateByPromotion++;
    }
  }
  // Not vacuous: the guard skipped the look-up on rows whose SKU has dated promotions, and promotions made rows late.
  expect(skipped).toBeGreaterThan(50);
  expect(lateByPromotion).toBeGreaterThan(20);
});
