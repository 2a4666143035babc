import type { Finding } from "../../src/core/finding";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { SheetConflictError } from "../../src/core/write/update";
import { VERSIONS_SHEET } from "../../src/core/versions/versionsSheet";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { colourRules, rowColourOf } from "../../src/preview/sheetModel";
import { timelineLayout } from "../../src/core/timeline";
import { columnLetter } from "../../src/core/cells";
import { isFormulaCell, type FormulaCell } from "../../src/core/write/layout";

const TODAY = new Date(2026, 5, 1);
const layout = (sample: boolean, lang: "en" | "zh-CN" = "en") =>
  planWorkbookLayout({ lang, year: 2027, sample, today: TODAY, formulas: true });

/** Every cell's value and formula of every sheet, for before/after comparisons. */
function snapshot(wb: MemoryWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of wb.sheets)
    s.forEachCell((c, row, col) => {
      out[`${s.name}!${row}:${col}`] = { v: c.value, f: c.formula, n: c.numFmt, fill: c.fill };
    });
  return out;
}

describe("MemoryWorkbook", () => {
  test("creates the plan workbook from the layout: sheets, tables, formats, dropdowns, colouring, names", async () => {
    const wb = new MemoryWorkbook("zh-CN");
    const l = layout(true);
    const summary = await wb.applyPlanLayout(l, { sample: true });
    expect(summary.created).toEqual(l.sheets.map((s) => s.name));
    expect(wb.sheets.map((s) => s.name)).toEqual(l.sheets.map((s) => s.name));
    const promotions = wb.sheet("Promotions");
    expect(promotions?.tables).toEqual([
      { name: "tblPromotions", range: `A1:U${l.sheets[3].rows.length + 1}` },
    ]);
    // The Warehouse key and Product row columns (R to U, after the presale columns; Products O, P; Prices F, G)
    // are hidden.
    expect([...(promotions?.hiddenColumns ?? [])]).toEqual(["R", "S", "T", "U"]);
    expect([...(wb.sheet("Products")?.hiddenColumns ?? [])]).toEqual(["O", "P", "Q", "R", "S"]);
    expect([...(wb.sheet("Prices")?.hiddenColumns ?? [])]).toEqual(["F", "G"]);
    expect(promotions?.frozenRows).toBe(1);
    expect(promotions?.validations).toEqual([{ range: "B2:B1000", source: "=Lists!$A$2:$A$200" }]);
    // A rule per flags column: Flags (K) and issue 16's Presale flags (Q).
    expect(promotions?.conditionalFormats).toEqual(
      ["K", "Q"].map((c) => ({
        range: "A2:U1000",
        formula: `=IF(ISERROR($${c}2),TRUE,AND($${c}2<>"","ops-planner:rows"<>""))`,
        kind: "flag",
      }))
    );
    // A row whose Presale flags alone say something is coloured as a flagged row, in the grid too.
    const s = wb.sheet("Promotions");
    if (!s) throw new Error("no Promotions");
    wb.setCell("Promotions", "K2", "");
    wb.setCell("Promotions", "Q2", "PRESALE_DEPOSIT (5.00 < 10.00)");
    expect(rowColourOf(s, colourRules(s), 2)?.kind).toBe("flag");
    wb.setCell("Promotions", "Q2", "");
    expect(rowColourOf(s, colourRules(s), 2)).toBeUndefined();
    expect(wb.cell("Promotions", "A1")).toMatchObject({ value: "SKU", bold: true });
    expect(wb.cell("Promotions", "F2")).toMatchObject({
      formula: 'IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))',
      value: 18,
    });
    expect(wb.numFmtOf("Promotions", "D2")).toBe("yyyy-mm-dd");
    expect(wb.numFmtOf("Promotions", "D999")).toBe("yyyy-mm-dd");
    expect(wb.numFmtOf("Promotions", "A2")).toBe("General");
    expect(wb.names.get("PlanYear")).toBe("Settings!$B$2");
    expect(wb.displayLanguage()).toBe("zh-CN");
  });

  test("readSheets gives what the reader needs: the sample plan validates to its deliberate findings", async () => {
    const wb = new MemoryWorkbook();
    const l = layout(true);
    await wb.applyPlanLayout(l, { sample: true });
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    expect(plan.products.length).toBe(l.sheets.find((s) => s.id === "products")?.rows.length);
    const findings = validatePlan(plan, plan.settings, { lang: "en", today: TODAY });
    expect(findings.map((f) => `${f.rule}@${f.address}`).sort()).toEqual(
      l.findings.map((f) => `${f.rule}@${f.address}`).sort()
    );
  });

  test("sheetNames names the sheets readSheets reads, in its order, the versions sheet left out as it does", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlanLayout(layout(false), { sample: false });
    wb.addSheet(VERSIONS_SHEET, [["kept"]]);
    wb.addSheet("Notes", [["mine"]]);
    const names = await wb.sheetNames();
    expect(names).toEqual((await wb.readSheets()).map((s) => s.name));
    expect(names).not.toContain(VERSIONS_SHEET);
    expect(names.at(-1)).toBe("Notes");
  });

  test("a second run changes nothing a user typed", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlanLayout(layout(true), { sample: true });
    wb.setCell("Products", "B2", "My renamed product");
    wb.setCell("Products", "T1", "My column");
    wb.setCell("Products", "T2", "note");
    wb.setCell("Products", "A60", "NEW-1");
    const before = snapshot(wb);
    const again = await wb.applyPlanLayout(layout(true), { sample: true });
    expect(again.created).toEqual([]);
    expect(again.sampleRows).toBe(0);
    expect(again.addedColumns).toEqual([]);
    const after = snapshot(wb);
    // Only our formula columns were rewritten; every other cell is as it was.
    for (const [k, v] of Object.entries(before)) {
      const f = (v as { f?: string }).f;
      if (f === undefined) expect(after[k]).toEqual(v);
    }
    expect(wb.cell("Products", "B2")?.value).toBe("My renamed product");
    expect(wb.cell("Products", "T2")?.value).toBe("note");
    // The new row got its Flags formula.
    expect(wb.cell("Products", "N60")?.formula).toContain("PLAN.PRODUCTCHECK(D60,");
    expect(Object.keys(after).length).toBeGreaterThanOrEqual(Object.keys(before).length);
  });

  test("a sheet with our name that is not ours is left alone and reported", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Prices", [
      ["Item", "Cost"],
      ["pen", 3],
    ]);
    const summary = await wb.applyPlanLayout(layout(false), { sample: false });
    expect(summary.conflicts).toEqual(["Prices"]);
    expect(wb.sheet("Prices")?.cellCount).toBe(4);
    expect(wb.sheet("Prices")?.tables).toEqual([]);
    expect(wb.sheets.filter((s) => s.name === "Prices")).toHaveLength(1);
  });

  test("a missing column is appended to the table, a renamed Chinese sheet is kept", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("活动", [
      ["SKU", "平台", "开始日期", "结束日期", "活动价"],
      ["KA-101", "天猫", 46539, 46541, 599],
    ]);
    wb.sheet("活动")?.tables.push({ name: "tblMine", range: "A1:E2" });
    const summary = await wb.applyPlanLayout(layout(false), { sample: false });
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
    expect([...(wb.sheet("活动")?.hiddenColumns ?? [])]).toEqual(["R", "S", "T", "U"]);
    expect(wb.cell("活动", "G1")?.value).toBe("Days");
    expect(wb.cell("活动", "G2")?.formula).toBe('IF(OR(C2="",D2=""),"",PLAN.PROMODAYS(C2,D2))');
    expect(wb.sheet("活动")?.tables).toEqual([{ name: "tblMine", range: "A1:U2" }]);
    expect(wb.cell("活动", "A2")?.value).toBe("KA-101");
  });

  test("formats go only where a cell shows General", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-101", "Tmall", 46539, 46541, 599],
    ]);
    const s = wb.sheet("Promotions");
    const c = s?.cellAt(2, 3);
    if (c) c.numFmt = "d mmm";
    await wb.applyPlanLayout(layout(false), { sample: false });
    expect(wb.numFmtOf("Promotions", "C2")).toBe("d mmm");
    expect(wb.numFmtOf("Promotions", "D2")).toBe("yyyy-mm-dd");
  });

  test("highlight and clear leave the user's own fill", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlanLayout(layout(true), { sample: true });
    const c = wb.cell("Promotions", "G3");
    if (c) c.fill = "#00FF00";
    await wb.highlight([
      { address: "Promotions!G3", severity: "error" },
      { address: "'Promotions'!B4:C4", severity: "warning" },
    ]);
    expect(wb.cell("Promotions", "G3")).toMatchObject({ highlight: "error", fill: "#00FF00" });
    expect(wb.cell("Promotions", "C4")?.highlight).toBe("warning");
    await wb.highlight([{ address: "Products!A2", severity: "warning" }]);
    expect(wb.cell("Promotions", "G3")?.highlight).toBeUndefined();
    await wb.clearHighlights();
    expect(wb.cell("Products", "A2")?.highlight).toBeUndefined();
    expect(wb.cell("Promotions", "G3")?.fill).toBe("#00FF00");
  });

  test("select records the selection and tells the listener; onChange fires on setCell", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlanLayout(layout(false), { sample: false });
    const seen: string[] = [];
    const off = wb.onSelect((s) => seen.push(`${s.sheet}!${s.address}`));
    await wb.select("Promotions!E12");
    expect(wb.selection).toEqual({ sheet: "Promotions", address: "E12" });
    off();
    await wb.select("Products!A2");
    expect(seen).toEqual(["Promotions!E12"]);
    await expect(wb.select("Nowhere!A1")).rejects.toThrow("Nowhere!A1");

    const changed: string[] = [];
    const unsubscribe = await wb.onChange((name) => changed.push(name));
    wb.setCell("Products", "A2", "SKU-1");
    unsubscribe();
    wb.setCell("Products", "A3", "SKU-2");
    expect(changed).toEqual(["Products"]);
  });

  test("addWaiver appends after the last row; writeFindings rewrites the Findings sheet with links", async () => {
    const wb = new MemoryWorkbook();
    const l = layout(true);
    await wb.applyPlanLayout(l, { sample: true });
    const waivers = l.sheets.find((s) => s.id === "waivers");
    const last = (waivers?.rows.length ?? 0) + 1;
    await wb.addWaiver(
      { rule: "PROMO_TOO_LONG", target: "Promotions!E5", reason: "618 runs long" },
      "en"
    );
    expect(wb.cell("Waivers", `A${last + 1}`)?.value).toBe("PROMO_TOO_LONG");
    expect(wb.cell("Waivers", `C${last + 1}`)?.value).toBe("618 runs long");
    expect(wb.sheet("Waivers")?.tables[0].range).toBe(`A1:E${last + 1}`);

    const findings: Finding[] = l.findings.slice(0, 2);
    await wb.writeFindings(findings, "en");
    expect(wb.cell("Findings", "D2")).toMatchObject({
      value: findings[0].address,
      link: findings[0].address,
    });
    expect(wb.cell("Findings", "B3")?.value).toBe(findings[1].rule);
    expect(wb.cell("Findings", "A4")).toBeUndefined();
    expect(wb.sheet("Findings")?.tables[0].range).toBe("A1:E3");
  });

  test("addWaiver into a Waivers sheet that is not ours throws and writes nothing", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Waivers", [["Name"], ["x"]]);
    await expect(
      wb.addWaiver({ rule: "X", target: "A1", reason: "r" }, "en")
    ).rejects.toBeInstanceOf(SheetConflictError);
    expect(wb.sheet("Waivers")?.cellCount).toBe(2);
  });
});

describe("MemoryWorkbook: the views' writes", () => {
  test("writeCells writes each value as an edit would, and tells the change listeners once per sheet", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlanLayout(layout(true), { sample: true });
    const changed: string[] = [];
    await wb.onChange((sheet) => changed.push(sheet));
    await wb.writeCells([
      { address: "Budget!B2", value: 12345 },
      { address: "'Budget'!$B$3", value: 678 },
    ]);
    expect(wb.cell("Budget", "B2")?.value).toBe(12345);
    expect(wb.cell("Budget", "B3")?.value).toBe(678);
    // Once per sheet when the write is done, as the Excel adapter reports its own writes (src/excel/events.ts).
    expect(changed).toEqual(["Budget"]);
    await expect(wb.writeCells([{ address: "B2", value: 1 }])).rejects.toThrow(/names no sheet/);
  });

  test("writeTimeline replaces the Timeline sheet with the layout's cells and key column", async () => {
    const wb = new MemoryWorkbook();
    const l = layout(true);
    await wb.applyPlanLayout(l, { sample: true });
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    const timeline = timelineLayout(plan, { lang: "en", year: 2027 });
    wb.addSheet(timeline.name, [["Timeline 2026"], ["stale"]]);
    await wb.writeTimeline(timeline);
    const sheets = wb.sheets.filter((s) => s.name === timeline.name);
    expect(sheets).toHaveLength(1);
    expect(wb.cell(timeline.name, "A2")?.value).not.toBe("stale");
    const header = timeline.rows[1];
    header.forEach((v, j) => {
      const expected = typeof v === "object" && v !== null && "formula" in v ? v.result : v;
      if (expected === null || expected === undefined || expected === "") return;
      expect(wb.cell(timeline.name, `${columnLetter(j + 1)}2`)?.value).toEqual(expected);
    });
    // A promotion slot (hidden, one per promotion of the product) is written with the rows, as its formula.
    const slot = timeline.columns.findIndex((c) => c.role === "slot");
    const slotRow = timeline.rows.findIndex((row) => isFormulaCell(row[slot]));
    expect(slotRow).toBeGreaterThan(0);
    expect(wb.cell(timeline.name, `${columnLetter(slot + 1)}${slotRow + 1}`)?.formula).toBe(
      (timeline.rows[slotRow][slot] as FormulaCell).formula
    );
    expect(sheets[0].frozenRows).toBe(timeline.freeze.rows);
  });
});

describe("MemoryWorkbook.onModify: what is worth keeping (the preview keeps the workbook in IndexedDB on it)", () => {
  test("an edit and every write of the pane modify the workbook; a selection redraws without modifying it", async () => {
    const wb = new MemoryWorkbook("en");
    await wb.applyPlanLayout(layout(true), { sample: true });
    let modified = 0;
    let updated = 0;
    const stopModify = wb.onModify(() => modified++);
    const stopUpdate = wb.onUpdate(() => updated++);

    await wb.select("Products!A2");
    expect(updated).toBeGreaterThan(0);
    expect(modified).toBe(0);

    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    await wb.writeTimeline(timelineLayout(plan, { lang: "en", year: 2027 }), "en");
    expect(modified).toBeGreaterThan(0);

    const afterTimeline = modified;
    await wb.highlight([{ address: "Products!A2", severity: "error" }]);
    expect(modified).toBeGreaterThan(afterTimeline);

    const afterHighlight = modified;
    wb.setCell("Products", "B2", "typed");
    expect(modified).toBeGreaterThan(afterHighlight);

    stopModify();
    stopUpdate();
    const stopped = modified;
    wb.setCell("Products", "B3", "typed");
    expect(modified).toBe(stopped);
  });
});
