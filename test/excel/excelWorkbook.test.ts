import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import { planUpdate, SheetConflictError } from "../../src/core/write/update";
import { isFormulaCell } from "../../src/core/write/layout";
import { columnIndex, columnLetter } from "../../src/core/cells";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { isRowColouring, rowColouringColumn } from "../../src/core/write/rowColouring";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "../../src/excel/highlight";
import { a1Of, FakeExcel, type CellState } from "./fakeExcel";

const TODAY = new Date(2026, 5, 1);
const layoutOf = (sample: boolean, lang: "en" | "zh-CN" = "en"): PlanWorkbookLayout =>
  planWorkbookLayout({ lang, year: 2027, sample, today: TODAY, formulas: true });
const SAMPLE = layoutOf(true);
const rowsOf = (id: string): number => SAMPLE.sheets.find((s) => s.id === id)?.rows.length ?? 0;

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;

function setUp(sheets?: string[]): void {
  fake = new FakeExcel(sheets);
  uninstall = fake.install("zh-CN");
  port = createExcelWorkbook();
}
afterEach(() => uninstall());

/** Every cell of every sheet: value, formula, number format, fill, hyperlink. */
function snapshot(): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const s of fake.sheets) for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, { ...c });
  return out;
}

describe("applyPlanLayout on a new workbook (the sample plan)", () => {
  beforeEach(async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
  });

  test("creates every sheet after the workbook's own, each with its Excel table", () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SAMPLE.sheets.map((s) => s.name)]);
    expect(fake.tables.map((t) => `${t.name}@${t.sheet.name}!${a1Of(t.rect)}`)).toEqual(
      SAMPLE.sheets.map(
        (s) =>
          `${s.tableName}@${s.name}!A1:${s.columns[s.columns.length - 1].letter}${Math.max(2, s.rows.length + 1)}`
      )
    );
    expect(fake.tableOf("tblPromotions")?.style).toBe("TableStyleMedium2");
  });

  test("writes headers (bold), values, dates as serials and PLAN formulas where the layout puts them", () => {
    expect(fake.cell("Promotions", "A1")).toMatchObject({ value: "SKU", bold: true });
    expect(fake.cell("Promotions", "K1")).toMatchObject({ value: "Flags", bold: true });
    const first = SAMPLE.sheets.find((s) => s.id === "promotions")?.rows[0] ?? [];
    expect(fake.cell("Promotions", "A2")?.value).toBe(first[0]);
    expect(fake.cell("Promotions", "D2")).toMatchObject({ value: first[3], numFmt: "yyyy-mm-dd" });
    expect(fake.cell("Promotions", "F2")?.formula).toBe(
      '=IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))'
    );
    expect(fake.cell("Promotions", "K2")?.formula).toMatch(/^=PLAN\.PROMOCHECK\(D2,E2,G2,/);
    expect(fake.cell("Products", "N3")?.formula).toMatch(
      /^=PLAN\.PRODUCTCHECK\(D3,I3,J3,K3,WarehouseLeadDays,PlanYear/
    );
    expect(fake.cell("Budget", "K3")?.formula).toContain("SUM(B$2:B3)");
    expect(fake.cell("Promotions", "G2")?.numFmt).toBe('"¥"#,##0.00');
    expect(fake.cell("Settings", "B2")).toMatchObject({ value: 2027, numFmt: "0" });
  });

  test("number formats and dropdowns reach the reserve rows; dropdowns are fed by the Lists sheet", () => {
    expect(fake.cell("Promotions", "D1000")?.numFmt).toBe("yyyy-mm-dd");
    expect(fake.cell("Promotions", "D1001")).toBeUndefined();
    const v = fake.sheet("Promotions")?.validations ?? [];
    expect(
      v.map((x) => ({ range: a1Of(x.rect), rule: x.rule, style: x.errorAlert?.style }))
    ).toEqual([
      {
        range: "B2:B1000",
        rule: { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" } },
        style: "Warning",
      },
    ]);
    expect(fake.sheet("Budget")?.validations[0].rule.list?.source).toBe("=Lists!$B$2:$B$200");
    expect(fake.sheet("Products")?.validations[0].rule.list?.source).toBe("=Lists!$C$2:$C$200");
  });

  test("conditional formats colour flagged rows; the header is frozen; widths are set", () => {
    const cfs = fake.sheet("Promotions")?.cfs ?? [];
    expect(
      cfs.map((c) => ({
        range: a1Of(c.rects[0]),
        type: c.type,
        formula: c.formula,
        fill: c.fill,
        font: c.font,
      }))
    ).toEqual(
      // Over the presale columns and the hidden Warehouse key and Product row columns (R to U) too; a rule for Flags (K) and one for
      // issue 16's Presale flags (Q).
      ["K", "Q"].map((c) => ({
        range: "A2:U1000",
        type: "Custom",
        formula: `=IF(ISERROR($${c}2),TRUE,AND($${c}2<>"","ops-planner:rows"<>""))`,
        fill: "#FFC7CE",
        font: "#9C0006",
      }))
    );
    expect(fake.sheet("Regions")?.cfs[0]).toMatchObject({
      formula: '=IF(ISERROR($E2),TRUE,AND($E2<>"","ops-planner:rows"<>""))',
      fill: "#FFEB9C",
    });
    expect(fake.sheet("Promotions")?.frozenRows).toBe(1);
    expect(fake.sheet("Promotions")?.widths.get(1)).toBe(77.25); // 14 characters: (14 × 7 + 5) px × 0.75
  });

  test("the Warehouse key and Product row columns are hidden, and no other column", () => {
    const hidden = (sheet: string): number[] => [...(fake.sheet(sheet)?.hiddenColumns ?? [])];
    expect(hidden("Products")).toEqual([15, 16, 17, 18, 19]); // O to S
    expect(hidden("Promotions")).toEqual([18, 19, 20, 21]); // R to U
    expect(hidden("Prices")).toEqual([6, 7]); // F, G
    expect(fake.cell("Promotions", "S1")?.value).toBe("Warehouse keys");
    expect(fake.cell("Promotions", "T1")?.value).toBe("Product row hint");
    for (const name of ["Settings", "Lists", "Budget", "Daily", "Regions", "Waivers"])
      expect([name, hidden(name)]).toEqual([name, []]);
  });

  test("adds the Settings workbook names", () => {
    expect(fake.names).toContainEqual({ name: "PlanYear", reference: "=Settings!$B$2" });
    expect(fake.names).toContainEqual({ name: "BudgetCap", reference: "=Settings!$B$11" });
    expect(fake.names).toHaveLength(SAMPLE.names.length);
  });

  test("the Findings sheet's Cell column links to the cells: HYPERLINK formulas, not Range.hyperlink", () => {
    const f = SAMPLE.findings[0];
    expect(fake.cell("Findings", "D2")).toMatchObject({
      value: f.address,
      formula: `=HYPERLINK("#${f.address}","${f.address}")`,
    });
    expect(fake.writes.filter((w) => w.kind === "hyperlink")).toEqual([]);
  });

  test("readSheets reads the plan back: the sample validates to the same rows", async () => {
    fake.resetCounters();
    const sheets = await port.readSheets();
    expect(sheets.map((s) => s.name)).not.toContain("Findings");
    expect(sheets.map((s) => s.name)).not.toContain("Sheet1");
    const plan = readPlan({ sheets }, { today: TODAY });
    expect(plan.products).toHaveLength(rowsOf("products"));
    expect(plan.promotions).toHaveLength(rowsOf("promotions"));
    expect(plan.settings.planYear).toBe(2027);
    expect(fake.syncs).toBe(4); // collections, sizes, values, the SKU columns' merged areas (ExcelApi 1.13)
  });

  test("sheetNames names the sheets readSheets reads, in its order, in one sync", async () => {
    const read = (await port.readSheets()).map((s) => s.name);
    fake.resetCounters();
    const names = await port.sheetNames?.();
    expect(fake.syncs).toBe(1);
    expect(names).toEqual(read);
    expect(names).toContain("Products");
    expect(names).not.toContain("Findings");
  });
});

describe("applyPlanLayout on a workbook that has our sheets", () => {
  beforeEach(async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
  });

  test("a second run changes nothing a user typed: rows, extra columns, values, fills", async () => {
    fake.type("Products", "B2", "My own name");
    fake.type("Products", "T1", "My column");
    fake.type("Products", "T3", "call the supplier");
    const newRow = rowsOf("products") + 2;
    fake.type("Products", `A${newRow}`, "NEW-1");
    fake.type("Products", `D${newRow}`, "hero");
    fake.type("Products", `E${newRow}`, 99);
    const c = fake.cell("Promotions", "G3");
    if (c) c.fill = "#00B050";
    const before = snapshot();
    fake.resetCounters();

    const summary = await port.applyPlanLayout(SAMPLE, { sample: true });
    expect(summary).toMatchObject({ created: [], addedColumns: [], sampleRows: 0, conflicts: [] });
    expect(summary.keptSheets).toEqual(SAMPLE.sheets.map((s) => s.name));

    const after = snapshot();
    for (const [k, v] of before) if (v.formula === undefined) expect(after.get(k)).toEqual(v);
    // Only formulas of computed and Flags columns were written, the Product row hints (numbers, or blank for a SKU
    // Products lacks) in their hidden columns (Promotions T, Prices F) and the SKU stamps (text `row|SKU`, written
    // as text) in Products Q: nothing else.
    // Formula columns below their second data row are pasted down from it (CellBlock.pastedFrom).
    expect(new Set(fake.writes.map((w) => w.kind))).toEqual(new Set(["formulas", "copyFrom"]));
    const hintColumns = new Set(["Promotions!T", "Prices!F"]);
    let hints = 0;
    let stamps = 0;
    for (const w of fake.writes) {
      if (w.kind === "copyFrom") continue;
      const column = `${w.sheet}!${w.address.replace(/\d.*$/, "")}`;
      for (const line of w.data as unknown[][])
        for (const x of line)
          if (hintColumns.has(column)) {
            expect(typeof x === "number" || x === "" || x === null).toBe(true);
            hints++;
          } else if (column === "Products!Q") {
            expect(String(x)).toMatch(/^'\d+\|/);
            stamps++;
          } else expect(String(x)).toMatch(/^=/);
    }
    expect(hints).toBe(rowsOf("promotions") + rowsOf("prices"));
    expect(stamps).toBe(rowsOf("products") + 1);
    expect(fake.cell("Products", `Q${newRow}`)?.value).toBe(`${newRow}|NEW-1`);
    expect(fake.cell("Products", `N${newRow}`)?.formula).toContain(`PLAN.PRODUCTCHECK(D${newRow},`);
    expect(fake.tableOf("tblProducts")?.rect.r2).toBe(newRow);
    expect(fake.sheets).toHaveLength(SAMPLE.sheets.length + 1);
    expect(fake.names).toHaveLength(SAMPLE.names.length);
    expect(fake.sheet("Promotions")?.cfs).toHaveLength(2);
    expect(fake.sheet("Promotions")?.validations).toHaveLength(1);
  });

  test("#NAME? left by a workbook written without the add-in is repaired by re-entering the formulas", async () => {
    const n = rowsOf("promotions");
    for (let r = 2; r <= n + 1; r++)
      fake.type("Promotions", `F${r}`, { formula: `PLAN.PROMODAYS(D${r},E${r})`, error: "#NAME?" });
    fake.resetCounters();
    const summary = await port.applyPlanLayout(SAMPLE, { sample: false });
    // The first two rows sent, the rest pasted from the second.
    expect(fake.writes).toContainEqual(
      expect.objectContaining({ sheet: "Promotions", address: "F2:F3", kind: "formulas" })
    );
    expect(fake.writes).toContainEqual(
      expect.objectContaining({
        sheet: "Promotions",
        address: `F4:F${n + 1}`,
        kind: "copyFrom",
        data: "Promotions!F3",
      })
    );
    expect(fake.cell("Promotions", `F${n + 1}`)).toEqual(
      expect.objectContaining({
        formula: `=IF(OR(D${n + 1}="",E${n + 1}=""),"",PLAN.PROMODAYS(D${n + 1},E${n + 1}))`,
        value: "",
      })
    );
    expect(fake.cell("Promotions", "F2")?.error).toBeUndefined();
    expect(summary.formulasEntered).toBeGreaterThanOrEqual(2 * n);
  });

  test.each([
    ["in the schema's order", false],
    ["with the columns reordered and a row added below", true],
  ])(
    "every formula the plan enters is in Excel as the plan made it, sent or pasted down (%s)",
    async (_, moved) => {
      if (moved) {
        // Promotions' first two columns swapped by a planner: every formula names other letters.
        const rows = rowsOf("promotions") + 1;
        for (let r = 1; r <= rows; r++) {
          const a = fake.cell("Promotions", `A${r}`);
          const b = fake.cell("Promotions", `B${r}`);
          fake.type("Promotions", `A${r}`, b?.value ?? "");
          fake.type("Promotions", `B${r}`, a?.value ?? "");
        }
        fake.type("Promotions", `A${rows + 1}`, "JD");
        fake.type("Promotions", `B${rows + 1}`, "KA-101");
      }
      const inputs = await port.readSheets();
      const plan = planUpdate(inputs, SAMPLE, { sample: false });
      fake.resetCounters();
      await port.applyPlanLayout(SAMPLE, { sample: false });
      let checked = 0;
      let pasted = 0;
      for (const w of plan.sheets) {
        if (w.kind === "conflict") continue;
        for (const b of w.blocks) {
          if (!b.formulas) continue;
          if (b.pastedFrom !== undefined) pasted++;
          b.cells.forEach((line, i) =>
            line.forEach((cell, j) => {
              if (!isFormulaCell(cell)) return;
              const address = `${columnLetter(columnIndex(b.column) + j)}${b.row + i}`;
              expect([w.sheet, address, fake.cell(w.sheet, address)?.formula]).toEqual([
                w.sheet,
                address,
                `=${cell.formula}`,
              ]);
              checked++;
            })
          );
        }
      }
      expect(pasted).toBeGreaterThan(5);
      expect(checked).toBeGreaterThan(100);
      // Far fewer formulas sent than entered.
      const sent = fake.writes
        .filter((w) => w.kind === "formulas")
        .flatMap((w) => (w.data as unknown[][]).flat())
        .filter((x) => typeof x === "string" && x.startsWith("=")).length;
      expect(sent).toBeLessThan(checked / 2);
    }
  );

  test("a sheet whose rows a filter hides (a table's or its own) gets every formula sent, none pasted", async () => {
    const promotions = fake.tables.find((t) => t.sheet.name === "Promotions");
    expect(promotions).toBeDefined();
    if (promotions) promotions.filtered = true;
    const products = fake.sheet("Products");
    if (products) products.filtered = true;
    const inputs = await port.readSheets();
    const plan = planUpdate(inputs, SAMPLE, { sample: false });
    fake.resetCounters();
    // The fake refuses a paste onto filtered rows (Excel's fills the visible ones only).
    await port.applyPlanLayout(SAMPLE, { sample: false });
    const pastedOn = new Set(fake.writes.filter((w) => w.kind === "copyFrom").map((w) => w.sheet));
    expect(pastedOn.has("Promotions")).toBe(false);
    expect(pastedOn.has("Products")).toBe(false);
    expect(pastedOn.size).toBeGreaterThan(0);
    for (const w of plan.sheets) {
      if (w.kind === "conflict" || (w.sheet !== "Promotions" && w.sheet !== "Products")) continue;
      for (const b of w.blocks)
        b.cells.forEach((line, i) =>
          line.forEach((cell, j) => {
            if (!isFormulaCell(cell)) return;
            const address = `${columnLetter(columnIndex(b.column) + j)}${b.row + i}`;
            expect(fake.cell(w.sheet, address)?.formula).toBe(`=${cell.formula}`);
          })
        );
    }
  });

  test("a user's own number format stays; a General cell gets ours", async () => {
    const own = fake.cell("Promotions", "D2");
    if (own) own.numFmt = "d mmm";
    const general = fake.cell("Promotions", "E2");
    if (general) general.numFmt = "General";
    await port.applyPlanLayout(SAMPLE, { sample: false });
    expect(fake.cell("Promotions", "D2")?.numFmt).toBe("d mmm");
    expect(fake.cell("Promotions", "E2")?.numFmt).toBe("yyyy-mm-dd");
  });
});

describe("applyPlanLayout on a workbook with sheets of its own", () => {
  test("a sheet with our name that is not ours is left alone and reported", async () => {
    setUp(["Sheet1"]);
    fake.addSheet("Prices", [
      ["Item", "Cost"],
      ["pen", 3],
    ]);
    const summary = await port.applyPlanLayout(layoutOf(false), { sample: false });
    expect(summary.conflicts).toEqual(["Prices"]);
    expect(fake.sheet("Prices")?.cells.size).toBe(4);
    expect(fake.cell("Prices", "A1")).toEqual({ value: "Item" });
    expect(fake.writes.filter((w) => w.sheet === "Prices")).toEqual([]);
    expect(fake.tables.filter((t) => t.sheet.name === "Prices")).toEqual([]);
    expect(fake.sheet("Prices")?.validations).toEqual([]);
    expect(fake.sheet("Prices")?.cfs).toEqual([]);
  });

  test("reordered and Chinese columns: a missing column is appended to the table, formulas point at the right columns", async () => {
    setUp(["Sheet1"]);
    fake.addSheet("活动", [
      ["结束日期", "SKU", "活动价", "开始日期", "平台", "My notes"],
      [46541, "KA-101", 599, 46539, "天猫", "keep me"],
      [46560, "KA-102", 299, 46558, "京东", null],
    ]);
    fake.addTable("活动", "tblMine", "A1:F3");
    const summary = await port.applyPlanLayout(layoutOf(false), { sample: false });
    expect(summary.keptSheets).toContain("活动");
    expect(summary.created).not.toContain("Promotions");
    expect(summary.addedColumns).toContainEqual({
      sheet: "活动",
      headers: [
        "Activity",
        "Days",
        "Coupon",
        "Post-promo price",
        "Expected units",
        "Flags",
        "Deposit start",
        "Deposit end",
        "Deposit",
        "Balance start",
        "Balance end",
        "Presale flags",
        "Warehouse key",
        "Warehouse keys",
        "Product row hint",
        "Product row",
      ],
    });
    // The appended helper columns (S to V) are hidden; the planner's own columns are not.
    expect([...(fake.sheet("活动")?.hiddenColumns ?? [])]).toEqual([19, 20, 21, 22]);
    // Appended after "My notes" (F): Activity G, Days H … Flags L.
    expect(fake.cell("活动", "H1")).toMatchObject({ value: "Days", bold: true });
    expect(fake.cell("活动", "H2")?.formula).toBe('=IF(OR(D2="",A2=""),"",PLAN.PROMODAYS(D2,A2))');
    expect(fake.cell("活动", "H3")?.formula).toBe('=IF(OR(D3="",A3=""),"",PLAN.PROMODAYS(D3,A3))');
    expect(fake.cell("活动", "L2")?.formula).toMatch(/^=PLAN\.PROMOCHECK\(D2,A2,C2,/);
    expect(fake.cell("活动", "F2")?.value).toBe("keep me");
    expect(fake.cell("活动", "B2")?.value).toBe("KA-101");
    expect(a1Of(fake.tableOf("tblMine")?.rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 })).toBe("A1:V3");
    expect(fake.sheet("活动")?.validations.map((v) => [a1Of(v.rect), v.rule.list?.source])).toEqual(
      [["E2:E1000", "=Lists!$A$2:$A$200"]]
    );
    expect(fake.sheet("活动")?.cfs[0]).toMatchObject({
      formula: '=IF(ISERROR($L2),TRUE,AND($L2<>"","ops-planner:rows"<>""))',
    });
  });
});

describe("the flagged-row colouring is recognised wherever Excel reads it from (office-js#5194)", () => {
  test("Create / update three times: one rule per flags column, though each is read back relative to the sheet's A1", async () => {
    setUp();
    for (let i = 0; i < 3; i++) await port.applyPlanLayout(SAMPLE, { sample: i === 0 });
    for (const name of ["Products", "Prices", "Budget", "Regions"])
      expect(fake.sheet(name)?.cfs.filter((c) => isRowColouring(c.formula))).toHaveLength(1);
    // Promotions: Flags (K) and issue 16's Presale flags (Q), each coloured like any flagged row.
    const promotions = fake.sheet("Promotions")?.cfs.filter((c) => isRowColouring(c.formula));
    expect(promotions?.map((c) => rowColouringColumn(c.formula))).toEqual(["K", "Q"]);
    expect(new Set(promotions?.map((c) => `${c.fill} ${c.font}`)).size).toBe(1);
  });

  test("a workbook coloured before the Presale flags rule gets that rule, and only it, on Create / update", async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
    const promotions = fake.sheet("Promotions");
    if (!promotions) throw new Error("no Promotions");
    promotions.cfs = promotions.cfs.filter((c) => rowColouringColumn(c.formula) === "K");
    await port.applyPlanLayout(SAMPLE, { sample: false });
    expect(promotions.cfs.map((c) => rowColouringColumn(c.formula))).toEqual(["K", "Q"]);
  });

  test('a rule written before the marker (=$K2<>"") counts as ours: no second one', async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
    const promotions = fake.sheet("Promotions");
    if (promotions)
      promotions.cfs = promotions.cfs
        .filter((c) => rowColouringColumn(c.formula) === "K")
        .map((c) => ({ ...c, formula: '=$K2<>""' }));
    await port.applyPlanLayout(SAMPLE, { sample: false });
    expect(promotions?.cfs.map((c) => rowColouringColumn(c.formula))).toEqual(["K", "Q"]);
    expect(promotions?.cfs[0].formula).toBe('=$K2<>""');
  });
});

describe("sheets and names come before the formulas that name them", () => {
  test("the sample in Chinese on a blank workbook: every formula, dropdown and name finds its sheet (the fake refuses any other)", async () => {
    setUp();
    const zh = layoutOf(true, "zh-CN");
    await port.applyPlanLayout(zh, { sample: true });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", ...zh.sheets.map((s) => s.name)]);
    expect(fake.cell("产品", "N2")?.formula).toContain("活动!");
    expect(fake.cell("活动", "K2")?.formula).toContain("日历!");
    expect(fake.names).toContainEqual({ name: "PlanYear", reference: "=设置!$B$2" });
  });

  test("a sheet named like ours that is not ours (活动): the formulas that look it up name it as it is, never a sheet the workbook lacks", async () => {
    setUp();
    fake.addSheet("活动", [["My", "own", "notes"]]);
    const summary = await port.applyPlanLayout(SAMPLE, { sample: true });
    expect(summary.conflicts).toEqual(["活动"]);
    expect(fake.sheet("Promotions")).toBeUndefined();
    const formulas = [...(fake.sheet("Products")?.cells.values() ?? [])]
      .map((c) => c.formula ?? "")
      .join("\n");
    expect(formulas).not.toContain("Promotions!");
    expect(formulas).toContain("活动!");
    expect(fake.cell("活动", "A1")?.value).toBe("My");
  });
});

describe("highlights", () => {
  beforeEach(async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
  });

  test("highlight paints with marked conditional formats; clear removes only those, the user's fills and rules stay", async () => {
    const own = fake.cell("Promotions", "G3");
    if (own) own.fill = "#00B050";
    const promotions = fake.sheet("Promotions");
    promotions?.cfs.push({
      id: 999,
      rects: [{ r1: 2, c1: 7, r2: 100, c2: 7 }],
      type: "Custom",
      formula: "=G2>1000",
      fill: "#0000FF",
      priority: 5,
    });

    await port.highlight([
      { address: "Promotions!G3", severity: "error" },
      { address: "Promotions!E5", severity: "warning" },
      { address: "'Promotions'!G3", severity: "warning" },
      { address: "Products!A2", severity: "warning" },
    ]);
    const marked = (name: string) =>
      (fake.sheet(name)?.cfs ?? []).filter((c) => c.formula === HIGHLIGHT_FORMULA);
    expect(
      marked("Promotions").map((c) => ({
        at: c.rects.map(a1Of),
        fill: c.fill,
        priority: c.priority,
      }))
    ).toEqual(
      expect.arrayContaining([
        { at: ["G3"], fill: HIGHLIGHT_FILL.error, priority: 0 },
        { at: ["E5"], fill: HIGHLIGHT_FILL.warning, priority: expect.any(Number) },
      ])
    );
    expect(marked("Promotions")).toHaveLength(2);
    expect(marked("Products")).toHaveLength(1);
    expect(fake.cell("Promotions", "G3")?.fill).toBe("#00B050");

    // A second highlight replaces the first.
    await port.highlight([{ address: "Prices!C2", severity: "error" }]);
    expect(marked("Promotions")).toHaveLength(0);
    expect(marked("Prices")).toHaveLength(1);

    await port.clearHighlights();
    for (const s of fake.sheets) expect(marked(s.name)).toEqual([]);
    expect(fake.cell("Promotions", "G3")?.fill).toBe("#00B050");
    expect(promotions?.cfs.map((c) => c.formula).sort()).toEqual([
      "=G2>1000",
      '=IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))',
      '=IF(ISERROR($Q2),TRUE,AND($Q2<>"","ops-planner:rows"<>""))',
    ]);
  });

  test("select activates the sheet and selects the cell", async () => {
    await port.select("'Promotions'!E12");
    expect(fake.active?.name).toBe("Promotions");
    expect(fake.selection).toEqual({ sheet: "Promotions", address: "E12" });
    await expect(port.select("Nowhere!A1")).rejects.toThrow("ItemNotFound");
  });
});

describe("Findings and Waivers", () => {
  beforeEach(async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
  });

  test("writeFindings rewrites the sheet: new rows with hyperlinks, old rows cleared, the table fitted", async () => {
    const findings = SAMPLE.findings.slice(0, 3);
    await port.writeFindings(findings, "en");
    for (let i = 0; i < 3; i++)
      expect(fake.cell("Findings", `D${i + 2}`)).toMatchObject({
        value: findings[i].address,
        formula: `=HYPERLINK("#${findings[i].address}","${findings[i].address}")`,
      });
    expect(fake.cell("Findings", "B2")?.value).toBe(findings[0].rule);
    expect(fake.cell("Findings", "B5")?.value ?? "").toBe("");
    expect(fake.cell("Findings", "D5")?.formula).toBeUndefined();
    expect(a1Of(fake.tableOf("tblFindings")?.rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 })).toBe("A1:E4");
  });

  test("writeFindings creates the Findings sheet when it is missing; one that is not ours is refused", async () => {
    setUp(["Sheet1"]);
    await port.writeFindings(SAMPLE.findings.slice(0, 1), "zh-CN");
    expect(fake.cell("检查结果", "A1")?.value).toBe("严重程度");
    expect(fake.cell("检查结果", "D2")?.formula).toBe(
      `=HYPERLINK("#${SAMPLE.findings[0].address}","${SAMPLE.findings[0].address}")`
    );

    setUp(["Sheet1"]);
    fake.addSheet("Findings", [["Totally", "mine"]]);
    await expect(port.writeFindings(SAMPLE.findings, "en")).rejects.toBeInstanceOf(
      SheetConflictError
    );
    expect(fake.sheet("Findings")?.cells.size).toBe(2);
  });

  test("addWaiver appends after the last row and grows the table", async () => {
    const last = rowsOf("waivers") + 1;
    await port.addWaiver(
      { rule: "PROMO_TOO_LONG", target: "Promotions!E5", reason: "=618 runs long", until: 46600 },
      "en"
    );
    expect(fake.cell("Waivers", `A${last + 1}`)?.value).toBe("PROMO_TOO_LONG");
    expect(fake.cell("Waivers", `B${last + 1}`)?.value).toBe("Promotions!E5");
    expect(fake.cell("Waivers", `C${last + 1}`)).toMatchObject({ value: "=618 runs long" });
    expect(fake.cell("Waivers", `C${last + 1}`)?.formula).toBeUndefined();
    expect(fake.cell("Waivers", `D${last + 1}`)?.value).toBe(46600);
    expect(fake.tableOf("tblWaivers")?.rect.r2).toBe(last + 1);
    await port.addWaiver({ rule: "BELOW_FLOOR", target: "10086", reason: "clearance" }, "en");
    expect(fake.cell("Waivers", `A${last + 2}`)?.value).toBe("BELOW_FLOOR");
    // A SKU of digits stays text (Excel would make it a number).
    expect(fake.cell("Waivers", `B${last + 2}`)?.value).toBe("10086");
    expect(fake.writes.some((w) => JSON.stringify(w.data).includes(`"'10086"`))).toBe(true);
    expect(fake.cell("Waivers", `A${last + 1}`)?.value).toBe("PROMO_TOO_LONG");
  });
});

describe("events and language", () => {
  test("onChange reports the changed sheet's name until unsubscribed", async () => {
    setUp(["Sheet1", "Promotions"]);
    const seen: string[] = [];
    const unsubscribe = await port.onChange((name) => seen.push(name));
    await fake.fireChanged("Promotions", "B2");
    expect(seen).toEqual(["Promotions"]);
    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.handlers.size).toBe(0);
    await fake.fireChanged("Promotions", "B3");
    expect(seen).toEqual(["Promotions"]);
  });

  test("displayLanguage is Office's", () => {
    setUp();
    expect(port.displayLanguage()).toBe("zh-CN");
  });
});

describe("document settings", () => {
  test("a pane setting round-trips through Workbook.settings, under our prefix, one sync each way", async () => {
    setUp();
    expect(await port.getSetting("autoValidate")).toBeUndefined();
    const before = fake.syncs;
    await port.setSetting("autoValidate", "false");
    expect(fake.syncs - before).toBe(1);
    expect(fake.settings.get("opsPlanner.autoValidate")).toBe("false");
    expect(await port.getSetting("autoValidate")).toBe("false");
  });
});
