import { columnIndex, columnLetter, type CellValue, type Grid } from "../../src/core/cells";
import type { SheetInput } from "../../src/core/read/readPlan";
import { sheetSpec } from "../../src/core/schema/sheets";
import type { SheetId } from "../../src/core/schema/types";
import { SETTING_SPECS } from "../../src/core/settings";
import { isFormulaCell, type LayoutCell, type SheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import {
  planExistingSheet,
  planUpdate,
  SheetConflictError,
  type SheetPlan,
  type SheetWrite,
  type WorkbookUpdate,
} from "../../src/core/write/update";

const TODAY = new Date(2026, 5, 1);
const layoutOf = (sample: boolean, lang: "en" | "zh-CN" = "en"): PlanWorkbookLayout =>
  planWorkbookLayout({ lang, year: 2027, sample, today: TODAY, formulas: true });

const EMPTY = layoutOf(false);
const SAMPLE = layoutOf(true);

const sheetOf = (l: PlanWorkbookLayout, id: SheetId): SheetLayout => {
  const s = l.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};

/** What a sheet written from the layout reads back as: header and values (a formula cell shows its cached result). */
function gridOf(layout: SheetLayout): Grid {
  const value = (v: LayoutCell): CellValue =>
    isFormulaCell(v)
      ? v.result
      : typeof v === "object" && v !== null && "link" in v
        ? v.text
        : (v as CellValue);
  return [layout.headers.slice(), ...layout.rows.map((r) => r.map(value))];
}

/** The workbook as the template writes it: every layout sheet, header on row 1. */
const workbookOf = (l: PlanWorkbookLayout): SheetInput[] =>
  l.sheets.map((s) => ({ name: s.name, rows: gridOf(s) }));

/** A grid with its columns reordered: `order` lists the fields left to right (others dropped). */
function reorder(layout: SheetLayout, order: string[]): Grid {
  const idx = order.map((f) => layout.columns.findIndex((c) => c.field === f));
  return gridOf(layout).map((r) => idx.map((i) => r[i]));
}

const writeOf = (u: WorkbookUpdate, id: SheetId): SheetWrite => {
  const p = u.sheets.find((s) => s.layout.id === id) as SheetPlan;
  if (p.kind === "conflict") throw new Error(`${id} is a conflict`);
  return p;
};

const letterOf = (p: SheetWrite, field: string): string => {
  const c = p.columns.find((x) => x.column.field === field);
  if (!c) throw new Error(`no ${field}`);
  return c.letter;
};

/** Every cell a plan writes, as `A1 → cell`. */
function cellsWritten(p: SheetWrite): Map<string, LayoutCell> {
  const out = new Map<string, LayoutCell>();
  for (const b of p.blocks)
    b.cells.forEach((row, i) =>
      row.forEach((v, j) => out.set(`${columnLetter(columnIndex(b.column) + j)}${b.row + i}`, v))
    );
  return out;
}

const formulaAt = (p: SheetWrite, address: string): string => {
  const v = cellsWritten(p).get(address);
  if (v === undefined || !isFormulaCell(v)) throw new Error(`no formula at ${address}`);
  return v.formula;
};

describe("planUpdate on an empty workbook", () => {
  const u = planUpdate([], SAMPLE, { sample: true });

  test("creates every sheet of the layout, with its table, frozen header, widths and names", () => {
    expect(u.summary.created).toEqual(SAMPLE.sheets.map((s) => s.name));
    expect(u.summary.conflicts).toEqual([]);
    expect(u.summary.keptSheets).toEqual([]);
    const products = writeOf(u, "products");
    expect(products.kind).toBe("create");
    expect(products.table).toEqual({
      name: "tblProducts",
      range: `A1:S${1 + sheetOf(SAMPLE, "products").rows.length}`,
    });
    expect(products.freezeRows).toBe(1);
    // The hidden Warehouse key and Product row columns, after every other column.
    expect(products.hidden).toEqual(["O", "P", "Q", "R", "S"]);
    expect(writeOf(u, "promotions").hidden).toEqual(["R", "S", "T", "U"]);
    expect(writeOf(u, "prices").hidden).toEqual(["F", "G"]);
    expect(products.widths).toContainEqual({ column: "A", width: 14 });
    expect(u.names).toEqual(SAMPLE.names);
  });

  test("writes the header and every layout row from A1, formula columns as formulas with their cached results", () => {
    const promotions = writeOf(u, "promotions");
    const layout = sheetOf(SAMPLE, "promotions");
    expect(promotions.blocks).toHaveLength(1);
    const [block] = promotions.blocks;
    expect(block).toMatchObject({ column: "A", row: 1 });
    expect(block.cells[0]).toEqual(layout.headers);
    expect(block.cells).toHaveLength(layout.rows.length + 1);
    expect(formulaAt(promotions, "F2")).toBe('IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))');
    expect(cellsWritten(promotions).get("F2")).toMatchObject({ result: 18 });
    expect(formulaAt(promotions, "K3")).toContain("INDEX(Products!$E:$E,IF(N(U3)>=1,U3,-1))");
    expect(formulaAt(promotions, "U3")).toContain("MATCH(A3,Products!$A:$A,0)");
    // Days, Flags, Presale flags, the two Warehouse key columns and the Product row.
    expect(promotions.formulasEntered).toBe(6 * layout.rows.length);
    expect(u.summary.sampleRows).toBeGreaterThan(0);
  });

  test("formats, dropdowns fed by the Lists sheet and the row colouring reach the reserve rows", () => {
    const promotions = writeOf(u, "promotions");
    expect(promotions.formats).toContainEqual({
      column: "D",
      fromRow: 2,
      toRow: 1000,
      numFmt: "yyyy-mm-dd",
    });
    expect(promotions.validations).toEqual([
      {
        column: "B",
        fromRow: 2,
        toRow: 1000,
        list: "platform",
        source: "=Lists!$A$2:$A$200",
        header: "Platform",
      },
    ]);
    // One rule per flags column: Flags, and issue 16's Presale flags.
    expect(promotions.rowColourings).toEqual([
      {
        range: "A2:U1000",
        formula: '=IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))',
        kind: "flag",
      },
      {
        range: "A2:U1000",
        formula: '=IF(ISERROR($Q2),TRUE,AND($Q2<>"","ops-planner:rows"<>""))',
        kind: "flag",
      },
    ]);
    const settings = writeOf(u, "settings");
    expect(settings.formats).toContainEqual({ column: "B", fromRow: 2, toRow: 2, numFmt: "0" });
  });

  test("a Chinese workbook's formulas look up the Chinese sheet names", () => {
    const zh = planUpdate([], layoutOf(true, "zh-CN"), { sample: true });
    const promotions = writeOf(zh, "promotions");
    expect(promotions.sheet).toBe("活动");
    expect(formulaAt(promotions, "K2")).toContain("INDEX(产品!$E:$E,IF(N(U2)>=1,U2,-1))");
    expect(formulaAt(promotions, "U2")).toContain("MATCH(A2,产品!$A:$A,0)");
    expect(formulaAt(promotions, "K2")).toContain("COUNTIFS(日历!$E$1:$E$1000");
    expect(promotions.validations[0].source).toBe("=列表!$A$2:$A$200");
  });

  test("a taken table name gets a free one", () => {
    const v = planUpdate([], EMPTY, { sample: false, tableNames: ["tblProducts", "TBLPRODUCTS2"] });
    expect(writeOf(v, "products").table?.name).toBe("tblProducts3");
  });
});

describe("planUpdate on a workbook that has our sheets", () => {
  const existing = workbookOf(SAMPLE);
  const u = planUpdate(existing, SAMPLE, { sample: true });

  test("a second run creates nothing, adds nothing and writes only our formula columns, Product row hints and SKU stamps", () => {
    expect(u.summary.created).toEqual([]);
    expect(u.summary.addedColumns).toEqual([]);
    expect(u.summary.sampleRows).toBe(0);
    expect(u.summary.keptSheets).toEqual(SAMPLE.sheets.map((s) => s.name));
    for (const p of u.sheets) {
      if (p.kind === "conflict") throw new Error("conflict");
      const spec = sheetSpec(p.layout.id);
      const ours = new Set(spec.columns.filter((c) => c.formula).map((c) => letterOf(p, c.field)));
      const hint = spec.columns.some((c) => c.field === "productRowHint")
        ? letterOf(p, "productRowHint")
        : undefined;
      for (const b of p.blocks) {
        if (b.column === hint) {
          // The sheet row each SKU has in Products (the sample's SKUs are all there, from row 2).
          const products = sheetOf(SAMPLE, "products").rows.map((r) => String(r[0]).toLowerCase());
          const skus = sheetOf(SAMPLE, p.layout.id).rows.map((r) => String(r[0]).toLowerCase());
          expect(b.cells.map((r) => r[0])).toEqual(
            skus.map((k) => (products.includes(k) ? products.indexOf(k) + 2 : null))
          );
          continue;
        }
        if (p.layout.id === "products" && b.column === letterOf(p, "skuStamp")) {
          // Every SKU of the sample is its only row: each is stamped with its sheet row.
          const skus = sheetOf(SAMPLE, "products").rows.map((r) => String(r[0]));
          expect(b.ours).toBe(true);
          expect(b.cells.map((r) => r[0])).toEqual(skus.map((k, i) => `${i + 2}|${k}`));
          continue;
        }
        expect(b.formulas).toBe(true);
        expect(ours.has(b.column)).toBe(true);
        expect(b.cells.every((r) => r.length === 1 && isFormulaCell(r[0]))).toBe(true);
      }
      expect(p.headerCells).toEqual([]);
      expect(p.table).toBeUndefined();
      expect(p.widths).toEqual([]);
    }
  });

  test("a SKU stamp left below the data (its row cleared since) is cleared, never proving that row again", () => {
    const products = existing.find((s) => s.name === "Products") as SheetInput;
    const spec = sheetSpec("products");
    const stampAt = spec.columns.findIndex((c) => c.field === "skuStamp");
    const rows = products.rows as Grid;
    const last = rows.length; // the last data row's sheet row (the header is row 1)
    expect(String(rows[last - 1][stampAt])).toMatch(new RegExp(`^${last}\\|`));
    // The planner clears the last product's row but for the hidden stamp.
    const cleared = rows.map((r, i) =>
      i === last - 1 ? r.map((v, j) => (j === stampAt ? v : null)) : r
    );
    const v = planUpdate(
      existing.map((s) => (s === products ? { ...s, rows: cleared } : s)),
      SAMPLE,
      { sample: false }
    );
    const p = writeOf(v, "products");
    const written = cellsWritten(p);
    const letter = letterOf(p, "skuStamp");
    expect(written.has(`${letter}${last}`)).toBe(true);
    expect(written.get(`${letter}${last}`)).toBeNull();
    expect(written.get(`${letter}${last - 1}`)).toMatch(new RegExp(`^${last - 1}\\|`));
  });

  test("re-enters every formula on every data row (repairs #NAME?)", () => {
    const promotions = existing.find((s) => s.name === "Promotions") as SheetInput;
    const broken = promotions.rows.map((r, i) =>
      i === 0 ? r : r.map((v, j) => (j === 5 ? { error: "#NAME?" } : v))
    );
    const v = planUpdate(
      existing.map((s) => (s === promotions ? { ...s, rows: broken } : s)),
      SAMPLE,
      { sample: false }
    );
    const p = writeOf(v, "promotions");
    const n = sheetOf(SAMPLE, "promotions").rows.length;
    const days = p.blocks.find((b) => b.column === "F");
    expect(days?.row).toBe(2);
    expect(days?.cells).toHaveLength(n);
    expect(formulaAt(p, `F${n + 1}`)).toBe(
      `IF(OR(D${n + 1}="",E${n + 1}=""),"",PLAN.PROMODAYS(D${n + 1},E${n + 1}))`
    );
    expect(p.formulasEntered).toBe(6 * n);
  });

  test("names point at the Settings rows", () => {
    expect(u.names).toEqual(SAMPLE.names);
  });
});

describe("planExistingSheet", () => {
  const promotions = sheetOf(SAMPLE, "promotions");
  const products = sheetOf(SAMPLE, "products");

  test("reordered columns get formulas pointing at the right columns", () => {
    const order = [
      "end",
      "sku",
      "flags",
      "promoPrice",
      "start",
      "platform",
      "days",
      "activity",
      "coupon",
      "postPromoPrice",
      "expectedUnits",
      "depositStart",
      "depositEnd",
      "deposit",
      "balanceStart",
      "balanceEnd",
      "presaleFlags",
    ];
    const u = planUpdate([{ name: "Promotions", rows: reorder(promotions, order) }], SAMPLE, {
      sample: false,
    });
    const p = writeOf(u, "promotions");
    expect(p.kind).toBe("update");
    expect(letterOf(p, "days")).toBe("G");
    // Days = PROMODAYS(Start, End): Start is now E, End is A.
    expect(formulaAt(p, "G2")).toBe('IF(OR(E2="",A2=""),"",PLAN.PROMODAYS(E2,A2))');
    // Flags (C) reads Promo price from D, Coupon from I, and looks the SKU (B) up in the new Products sheet.
    const flags = formulaAt(p, "C5");
    expect(flags).toMatch(/^PLAN\.PROMOCHECK\(E5,A5,D5,/);
    expect(flags).toContain("INDEX(Products!$E:$E,IF(N(U5)>=1,U5,-1))");
    expect(formulaAt(p, "U5")).toContain("MATCH(B5,Products!$A:$A,0)");
    // The sheet lacked only the hidden helper columns: appended after the others (R to U), hidden.
    expect(p.columns.filter((c) => c.added).map((c) => `${c.column.field}@${c.letter}`)).toEqual([
      "warehouseKey@R",
      "warehouseKeys@S",
      "productRowHint@T",
      "productRow@U",
    ]);
    expect(p.hidden).toEqual(["R", "S", "T", "U"]);
    expect(p.rowColourings?.map((r) => [r.range, r.formula, r.kind])).toEqual([
      ["A2:U1000", '=IF(ISERROR($C2),TRUE,AND($C2<>"","ops-planner:rows"<>""))', "flag"],
      ["A2:U1000", '=IF(ISERROR($Q2),TRUE,AND($Q2<>"","ops-planner:rows"<>""))', "flag"],
    ]);
    expect(p.validations.map((x) => x.column)).toEqual(["F"]);
  });

  test("look-ups follow the Products sheet's own column order and name", () => {
    const order = [
      "name",
      "sku",
      "tier",
      "floorPrice",
      "listPrice",
      "unitCost",
      "category",
      "stock",
      "launchDate",
      "presaleStart",
      "warehouseEntry",
      "platforms",
      "owner",
      "flags",
    ];
    const u = planUpdate(
      [
        { name: "产品", rows: reorder(products, order) },
        { name: "Promotions", rows: gridOf(promotions) },
      ],
      SAMPLE,
      { sample: false }
    );
    expect(writeOf(u, "products").sheet).toBe("产品");
    const flags = formulaAt(writeOf(u, "promotions"), "K2");
    // List price is column E, Floor price D, Unit cost F, SKU B of 产品.
    expect(flags).toContain('IFERROR(INDEX(产品!$E:$E,IF(N(U2)>=1,U2,-1)),"")');
    expect(flags).toContain('IFERROR(INDEX(产品!$D:$D,IF(N(U2)>=1,U2,-1)),"")');
    expect(flags).toContain('IFERROR(INDEX(产品!$F:$F,IF(N(U2)>=1,U2,-1)),"")');
    expect(formulaAt(writeOf(u, "promotions"), "U2")).toContain("MATCH(A2,产品!$B:$B,0)");
  });

  test("renamed (Chinese) headers are recognised, and a sheet with 繁體 headers too", () => {
    const zh = sheetOf(layoutOf(true, "zh-CN"), "products");
    const grid = gridOf(zh);
    const p = planExistingSheet({ name: "Products", rows: grid }, products, { rows: "keep" });
    expect(p.kind).toBe("update");
    const tw = sheetSpec("products").columns.map((c) => c.names.zhTW);
    const q = planExistingSheet({ name: "產品", rows: [tw, ...grid.slice(1)] }, products, {
      rows: "keep",
    });
    expect(q.kind).toBe("update");
    expect((q as SheetWrite).columns.every((c) => !c.added)).toBe(true);
  });

  test("a missing column is appended after the last header, with its header, width and formulas", () => {
    const order = [
      "sku",
      "name",
      "tier",
      "listPrice",
      "launchDate",
      "presaleStart",
      "warehouseEntry",
    ];
    const grid = reorder(products, order);
    grid[0].push("My notes");
    grid[3].push("call supplier");
    const p = planExistingSheet({ name: "Products", rows: grid }, products, {
      rows: "keep",
    }) as SheetWrite;
    expect(p.columns.filter((c) => c.added).map((c) => `${c.column.field}@${c.letter}`)).toEqual([
      "category@I",
      "floorPrice@J",
      "unitCost@K",
      "stock@L",
      "platforms@M",
      "owner@N",
      "flags@O",
      "warehouseKey@P",
      "skuRow@Q",
      "skuStamp@R",
      "skuUnstamped@S",
      "skuUnstampedKeys@T",
    ]);
    expect(p.hidden).toEqual(["P", "Q", "R", "S", "T"]);
    expect(p.headerCells).toContainEqual({ column: "O", text: "Flags" });
    expect(p.widths).toContainEqual({ column: "O", width: 36 });
    const written = cellsWritten(p);
    expect(written.get("O1")).toBe("Flags");
    // Nothing the user typed is written over: no block touches A..H.
    for (const a of written.keys())
      expect(columnIndex(a.replace(/\d+/g, ""))).toBeGreaterThanOrEqual(9);
    expect(formulaAt(p, "O2")).toContain(
      "PLAN.PRODUCTCHECK(C2,E2,F2,G2,WarehouseLeadDays,PlanYear"
    );
    expect(p.extent).toMatchObject({ firstColumn: "A", lastColumn: "T", headerRow: 1 });
    expect(p.formats).toContainEqual({
      column: "J",
      fromRow: 2,
      toRow: 1000,
      numFmt: '"¥"#,##0.00',
    });
  });

  test("an appended column skips a column holding a user's values below a blank header", () => {
    const grid = reorder(
      promotions,
      promotions.columns.filter((c) => c.field !== "flags" && !c.hidden).map((c) => c.field)
    );
    grid[0].push(null);
    grid[4].push("a note without a header");
    const p = planExistingSheet({ name: "Promotions", rows: grid }, promotions, {
      rows: "keep",
    }) as SheetWrite;
    expect(p.columns.find((c) => c.added)?.letter).toBe("R");
  });

  test("title rows above the header and a used range that starts at B3 are honoured", () => {
    const grid: Grid = [["Promotions 2027", null], [null, null], ...gridOf(promotions).slice(0, 4)];
    const p = planExistingSheet(
      { name: "Promotions", rows: grid, firstRow: 3, firstCol: 2 },
      promotions,
      {
        rows: "keep",
      }
    ) as SheetWrite;
    expect(p.extent).toMatchObject({ headerRow: 5, firstColumn: "B", lastColumn: "V", lastRow: 8 });
    expect(letterOf(p, "days")).toBe("G");
    expect(formulaAt(p, "G6")).toBe('IF(OR(E6="",F6=""),"",PLAN.PROMODAYS(E6,F6))');
    expect(formulaAt(p, "G8")).toBe('IF(OR(E8="",F8=""),"",PLAN.PROMODAYS(E8,F8))');
    expect(cellsWritten(p).has("G9")).toBe(false);
    expect(p.rowColourings?.map((r) => r.range)).toEqual(["B6:V1004", "B6:V1004"]);
  });

  test("Products Flags read the Warehouse keys on Promotions' first data row, where the workbook has it", () => {
    const grid: Grid = [["Promotions 2027", null], [null, null], ...gridOf(promotions).slice(0, 4)];
    const u = planUpdate([{ name: "Promotions", rows: grid, firstRow: 3, firstCol: 2 }], SAMPLE, {
      sample: false,
    });
    // Header on row 5 from column B: Warehouse keys is T, its first data row 6.
    expect(formulaAt(writeOf(u, "products"), "N2")).toContain('IFERROR(Promotions!$T$6&"","")');
    const fresh = planUpdate([], SAMPLE, { sample: false });
    expect(formulaAt(writeOf(fresh, "products"), "N2")).toContain('IFERROR(Promotions!$S$2&"","")');
  });

  test("a sheet with our name but not our key headers is a conflict: nothing to write", () => {
    const u = planUpdate(
      [
        {
          name: "Prices",
          rows: [
            ["Item", "Cost"],
            ["pen", 3],
          ],
        },
      ],
      EMPTY,
      { sample: false }
    );
    const p = u.sheets.find((s) => s.layout.id === "prices");
    expect(p).toEqual(expect.objectContaining({ kind: "conflict", sheet: "Prices" }));
    expect(p?.kind === "conflict" && p.missing).toEqual([
      "SKU",
      "Platform",
      "Price",
      "Effective from",
    ]);
    expect(u.summary.conflicts).toEqual(["Prices"]);
    expect(u.summary.created).not.toContain("Prices");
  });

  test("a header lacking one key header is a conflict too (never written into on a guess)", () => {
    const grid = reorder(promotions, ["sku", "platform", "start", "end"]);
    const p = planExistingSheet({ name: "Promotions", rows: grid }, promotions, { rows: "keep" });
    expect(p).toMatchObject({ kind: "conflict", missing: ["Promo price"] });
    expect(new SheetConflictError("Promotions", ["Promo price"]).message).toContain("Promo price");
  });

  test("the sample goes only into a sheet without data rows", () => {
    const headerOnly = {
      name: "Promotions",
      rows: [promotions.headers.slice(), promotions.headers.map(() => null)],
    };
    const p = planExistingSheet(headerOnly, promotions, { rows: "ifEmpty" }) as SheetWrite;
    expect(p.rowsAdded).toBe(promotions.rows.length);
    const written = cellsWritten(p);
    expect(written.get("A2")).toBe(promotions.rows[0][0]);
    expect(written.get(`A${promotions.rows.length + 1}`)).toBe(
      promotions.rows[promotions.rows.length - 1][0]
    );
    expect(formulaAt(p, "F2")).toBe('IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))');
    expect(written.get("F2")).toMatchObject({ result: 18 });
    expect(p.extent.lastRow).toBe(promotions.rows.length + 1);

    const withData = { name: "Promotions", rows: gridOf(promotions).slice(0, 2) };
    const q = planExistingSheet(withData, promotions, { rows: "ifEmpty" }) as SheetWrite;
    expect(q.rowsAdded).toBe(0);
    expect(q.blocks.every((b) => b.formulas)).toBe(true);
  });

  test("append writes after the last row (a Waivers row)", () => {
    const waivers = sheetOf(SAMPLE, "waivers");
    const grid = gridOf(waivers);
    grid.push([null, null, null, null, null], ["DQ_X", "Products!A9", "why", null, null]);
    const p = planExistingSheet({ name: "Waivers", rows: grid }, waivers, {
      rows: "append",
    }) as SheetWrite;
    const row = grid.length + 1;
    expect(p.rowsAdded).toBe(waivers.rows.length);
    expect(cellsWritten(p).get(`A${row}`)).toBe(waivers.rows[0][0]);
    expect(p.extent.lastRow).toBe(row + waivers.rows.length - 1);
  });

  test("replace clears the old rows of an output sheet and writes the new ones from the first data row", () => {
    const findings = sheetOf(SAMPLE, "findings");
    const grid = gridOf(findings);
    const few = { ...findings, rows: findings.rows.slice(0, 2) };
    const p = planExistingSheet({ name: "Findings", rows: grid }, few, {
      rows: "replace",
    }) as SheetWrite;
    expect(p.clear).toEqual({ fromRow: 2, toRow: findings.rows.length + 1 });
    expect(p.extent.lastRow).toBe(3);
    expect(cellsWritten(p).get("D2")).toEqual(findings.rows[0][3]);
  });

  test("missing settings are appended, and the names point at each setting's real row", () => {
    const settings = sheetOf(EMPTY, "settings");
    const grid = gridOf(settings);
    // The user moved Budget cap to the top and deleted Plan year.
    const budget = grid.findIndex((r) => r[0] === "Budget cap");
    const rows: Grid = [grid[0], grid[budget], ...grid.slice(2).filter((_, i) => i + 2 !== budget)];
    const u = planUpdate([{ name: "Settings", rows }], EMPTY, { sample: false });
    const p = writeOf(u, "settings");
    expect(p.rowsAdded).toBe(1);
    const last = rows.length + 1;
    expect(cellsWritten(p).get(`A${last}`)).toBe("Plan year");
    expect(cellsWritten(p).get(`B${last}`)).toBe(2027);
    expect(u.names.find((n) => n.name === "BudgetCap")?.ref).toBe("Settings!$B$2");
    expect(u.names.find((n) => n.name === "PlanYear")?.ref).toBe(`Settings!$B$${last}`);
    expect(u.names).toHaveLength(SETTING_SPECS.length);
    expect(p.formats).toContainEqual({ column: "B", fromRow: last, toRow: last, numFmt: "0" });
  });

  test("a list the Lists sheet lacks is appended with its default entries", () => {
    const lists = sheetOf(EMPTY, "lists");
    const grid = gridOf(lists).map((r) => [r[0], r[1]]);
    grid[3][0] = "My platform";
    const p = planExistingSheet({ name: "Lists", rows: grid }, lists, {
      rows: "ifEmpty",
    }) as SheetWrite;
    expect(p.rowsAdded).toBe(0);
    const written = cellsWritten(p);
    expect(written.get("C1")).toBe("Tier");
    expect(written.get("C2")).toBe("launch");
    expect(written.get("C6")).toBe("presale");
    expect(written.has("C7")).toBe(false);
    expect(written.has("A4")).toBe(false);
    expect(p.extent.lastRow).toBe(lists.rows.length + 1);
  });

  test("dropdown sources follow the Lists sheet's real name and columns", () => {
    const lists = sheetOf(EMPTY, "lists");
    const grid = [
      ["Notes", "层级", "平台", "渠道"],
      ...gridOf(lists)
        .slice(1)
        .map((r) => ["", r[2], r[0], r[1]]),
    ];
    const u = planUpdate([{ name: "列表", rows: grid }], EMPTY, { sample: false });
    expect(writeOf(u, "lists").rowsAdded).toBe(0);
    expect(writeOf(u, "promotions").validations[0].source).toBe("=列表!$C$2:$C$200");
    expect(writeOf(u, "budget").validations[0].source).toBe("=列表!$D$2:$D$200");
    expect(writeOf(u, "products").validations[0].source).toBe("=列表!$B$2:$B$200");
  });
});
