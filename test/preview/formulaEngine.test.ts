// The preview's formula engine: HyperFormula with the PLAN functions registered through the runner. Formula cells of
// the MemoryWorkbook show what the engine computes, edits recompute their dependents, and the results agree with the
// core (the cached results the template stores, and the validator on the rules each Flags formula covers).
import { HyperFormula } from "hyperformula";
import type { CellValue } from "../../src/core/cells";
import { FLAG_RULES } from "../../src/core/flags";
import { readPlan } from "../../src/core/read/readPlan";
import type { Lang, SheetId } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import {
  CONVERSION,
  flagRules,
  PLAN_FUNCTIONS,
  PROMOCHECK,
} from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import { invokeSingle } from "../../src/core/functions/runner";
import {
  engineContent,
  engineFormula,
  ENGINE_CONFIG,
  FormulaEngine,
  PLAN_PREFIX,
  registerPlanFunctions,
} from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { formulaLayout } from "../functions/formulaLayout";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));
const d = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;

const layout = (sample: boolean, lang: Lang = "en") =>
  planWorkbookLayout({ lang, year: 2027, sample, today: TODAY, formulas: true });

/** Types a grid into a sheet from A1, as a user would (text starting with "=" is a formula). */
function typeInto(wb: MemoryWorkbook, sheet: string, rows: CellValue[][]): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== "") wb.setCell(sheet, `${String.fromCharCode(65 + j)}${i + 1}`, v);
    })
  );
}

/** A workbook with the engine attached and one sheet, Data, typed in. */
function bookOf(rows: CellValue[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook("en");
  wb.addSheet("Data");
  wb.useCalculator(new FormulaEngine());
  typeInto(wb, "Data", rows);
  return wb;
}

describe("PLAN functions in HyperFormula", () => {
  test("every PLAN function is registered under its dotted name", () => {
    registerPlanFunctions();
    registerPlanFunctions(); // idempotent
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const def of PLAN_FUNCTIONS) expect(names).toContain(`${PLAN_PREFIX}${def.name}`);
  });

  test("PLAN.CONVERSION computes orders / visitors, case-insensitively", () => {
    const wb = bookOf([
      ["Visitors", "Orders", "Conversion", "Lower case"],
      [2000, 50, "=PLAN.CONVERSION(B2,A2)", "=plan.conversion(B2,A2)"],
    ]);
    expect(wb.cell("Data", "C2")?.value).toBe(0.025);
    expect(wb.cell("Data", "D2")?.value).toBe(0.025);
    expect(wb.cell("Data", "C2")?.formula).toBe("PLAN.CONVERSION(B2,A2)");
  });

  test("ranges broadcast through the runner: equal shapes cell by cell, the result spills", () => {
    registerPlanFunctions();
    const hf = HyperFormula.buildFromArray(
      [
        [10, 100, "=PLAN.CONVERSION(A1:A3,B1:B3)"],
        [20, 400],
        [30, 0],
        ["=PLAN.CONVERSION(A1:A2,1000)"],
      ],
      ENGINE_CONFIG
    );
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expect(at(0, 2)).toBe(0.1);
    expect(at(1, 2)).toBe(0.05);
    expect(at(2, 2)).toMatchObject({ value: "#DIV/0!" });
    expect(at(3, 0)).toBe(0.01);
    expect(at(4, 0)).toBe(0.02);
    hf.destroy();
  });

  test("the runner's errors become the engine's, with the runner's message", () => {
    const wb = bookOf([
      [
        50,
        0,
        "=PLAN.CONVERSION(A1,B1)",
        '=PLAN.CONVERSION("many",B1)',
        "=PLAN.CONVERSION(A1:A2,B1:C1)",
      ],
    ]);
    const expected = invokeSingle(CONVERSION, [50, 0]);
    expect(expected).toBeInstanceOf(FnError);
    expect(wb.cell("Data", "C1")).toMatchObject({
      value: { error: "#DIV/0!" },
      message: (expected as FnError).message,
    });
    expect(wb.cell("Data", "D1")?.value).toEqual({ error: "#VALUE!" });
    expect(wb.cell("Data", "D1")?.message).toMatch(/orders/);
    // Ranges of different shapes.
    expect(wb.cell("Data", "E1")?.value).toEqual({ error: "#VALUE!" });
  });

  test("PLAN.PROMOCHECK flags a row as the runner does; optional arguments may be left out", () => {
    const start = d("2027-06-01");
    const end = d("2027-06-05");
    const wb = bookOf([
      ["Start", "End", "Promo price", "List price", "Flags", "Short"],
      [start, end, 80, 100, "=PLAN.PROMOCHECK(A2,B2,C2,D2,,,3)", "=PLAN.PROMOCHECK(A2,B2,C2,D2)"],
      [start, end, 120, 100, "=PLAN.PROMOCHECK(A3,B3,C3,D3,,,10)", ""],
    ]);
    const want = invokeSingle(PROMOCHECK, [start, end, 80, 100, null, null, 3]);
    expect(want).toBe("PROMO_TOO_LONG (5 days > 3)");
    expect(wb.cell("Data", "E2")?.value).toBe(want);
    expect(wb.cell("Data", "F2")?.value).toBe(invokeSingle(PROMOCHECK, [start, end, 80, 100]));
    expect(flagRules(String(wb.cell("Data", "E3")?.value))).toEqual([
      "PROMO_PRICE_REUSED",
      "PROMO_NOT_DISCOUNT",
    ]);
  });

  test("workbook names are named expressions, and editing the named cell recomputes", () => {
    const start = d("2027-06-01");
    const wb = new MemoryWorkbook("en");
    wb.addSheet("设置", [
      ["Setting", "Value"],
      ["Max promo days", 3],
    ]);
    wb.addSheet("活动");
    wb.names.set("MaxPromoDays", "设置!$B$2");
    wb.useCalculator(new FormulaEngine());
    typeInto(wb, "活动", [
      [
        start,
        d("2027-06-05"),
        80,
        100,
        "=PLAN.PROMOCHECK(A1,B1,C1,D1,,,MaxPromoDays)",
        "=MaxPromoDays*2",
      ],
    ]);
    expect(wb.cell("活动", "E1")?.value).toBe("PROMO_TOO_LONG (5 days > 3)");
    expect(wb.cell("活动", "F1")?.value).toBe(6);
    wb.setCell("设置", "B2", 7);
    expect(wb.cell("活动", "E1")?.value).toBe("");
    expect(wb.cell("活动", "F1")?.value).toBe(14);
  });

  test("engineFormula quotes sheet names outside ASCII and drops _xlfn., leaving text alone", () => {
    expect(engineFormula('IFERROR(INDEX(产品!$E:$E,MATCH(A2,产品!$A:$A,0)),"")')).toBe(
      "IFERROR(INDEX('产品'!$E:$E,MATCH(A2,'产品'!$A:$A,0)),\"\")"
    );
    expect(engineFormula('_xlfn.MINIFS(Calendar!$E:$E,Calendar!$B:$B,"<=x!")')).toBe(
      "MINIFS('Calendar'!$E:$E,'Calendar'!$B:$B,\"<=x!\")"
    );
    expect(engineFormula("'My sheet'!A1+PLAN.CPC(A1,B1)")).toBe("'My sheet'!A1+PLAN.CPC(A1,B1)");
    // An ASCII name reads the same bare; one with a dot does not.
    expect(engineFormula("SUM(Products!$E:$E)+PLAN.CPC(A1,B1)")).toBe(
      "SUM(Products!$E:$E)+PLAN.CPC(A1,B1)"
    );
    expect(engineFormula("SUM(Plan.2027!$E:$E)+PLAN.CPC(A1,B1)")).toBe(
      "SUM('Plan.2027'!$E:$E)+PLAN.CPC(A1,B1)"
    );
  });

  test("a sheet longer than HyperFormula's default 40,000 rows is computed (Excel's sheet size)", () => {
    const wb = new MemoryWorkbook("en");
    const rows: CellValue[][] = [["SKU", "Count"]];
    for (let i = 0; i < 50_000; i++) rows.push([`S${i % 7}`]);
    wb.addSheet("Data", rows);
    wb.setCell("Data", "B1", '=COUNTIF(A:A,"S3")');
    wb.useCalculator(new FormulaEngine());
    const s3 = Math.floor((50_000 - 4) / 7) + 1;
    expect(wb.cell("Data", "B1")?.value).toBe(s3);
    wb.setCell("Data", "A50002", "S3");
    expect(wb.cell("Data", "B1")?.value).toBe(s3 + 1);
  });

  test("text stays text in the engine: digits, TRUE and dates typed as text are not converted", () => {
    expect(engineContent({ value: "123" })).toBe("'123");
    expect(engineContent({ value: "TRUE" })).toBe("'TRUE");
    expect(engineContent({ value: 5 })).toBe(5);
    expect(engineContent({ value: null, formula: "A1*2" })).toBe("=A1*2");
    expect(engineContent({ value: { error: "#N/A" } })).toBe("#N/A");
    const wb = bookOf([["123", "=ISTEXT(A1)", '=A1&"!"']]);
    expect(wb.cell("Data", "B1")?.value).toBe(true);
    expect(wb.cell("Data", "C1")?.value).toBe("123!");
  });
});

describe.each<Lang>(["en", "zh-CN"])("the %s plan workbook in the preview", (lang) => {
  test("every formula computes what the core computed for the template (its cached result)", async () => {
    const l = layout(true, lang);
    const wb = new MemoryWorkbook(lang);
    await wb.applyPlanLayout(l, { sample: true });
    const cached = new Map<string, CellValue>();
    for (const s of wb.sheets)
      s.forEachCell((c, row, col) => {
        if (c.formula !== undefined) cached.set(`${s.name}!${row}:${col}`, c.value);
      });
    expect(cached.size).toBeGreaterThan(1000);

    wb.useCalculator(new FormulaEngine());
    let flagged = 0;
    for (const s of wb.sheets)
      s.forEachCell((c, row, col) => {
        if (c.formula === undefined) return;
        const k = `${row}:${col}`;
        const want = cached.get(`${s.name}!${k}`);
        const got = c.value;
        if (typeof want === "number" && typeof got === "number") expect(got).toBeCloseTo(want, 9);
        else
          expect([s.name, k, got === "" ? null : got]).toEqual([
            s.name,
            k,
            want === "" ? null : want,
          ]);
        if (typeof got === "string" && /^[A-Z_]+( \(|;|$)/.test(got)) flagged++;
      });
    expect(flagged).toBeGreaterThanOrEqual(10);
  });

  test("create, then add the sample (the pane's two clicks): each Flags cell agrees with the validator", async () => {
    const wb = newPreviewWorkbook(lang);
    await wb.applyPlanLayout(layout(false, lang), { sample: false });
    await wb.applyPlanLayout(layout(true, lang), { sample: true });
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    const findings = validatePlan(plan, plan.settings, { lang, today: TODAY });
    let flaggedRows = 0;
    for (const id of ["products", "promotions", "prices", "budget"] as SheetId[]) {
      const s = wb.sheets.find((x) => l10nId(x.name) === id);
      expect(s).toBeDefined();
      if (!s) continue;
      const covered: readonly string[] = FLAG_RULES[id] ?? [];
      let col = 0;
      const rows: number[] = [];
      s.forEachCell((c, row, column) => {
        if (row === 1 && col === 0 && /^(Flags|标记)$/.test(String(c.value))) col = column;
        if (row > 1) rows.push(row);
      });
      expect(col).toBeGreaterThan(0);
      const last = Math.max(...rows);
      let nonEmpty = 0; // rows whose Flags is not empty
      for (let row = 2; row <= last; row++) {
        const text = String(s.cellAt(row, col)?.value ?? "");
        if (text !== "") nonEmpty++;
        const got = flagRules(text).filter((r) => covered.includes(r));
        const rules = new Set(
          findings.filter((f) => f.sheet === s.name && f.row === row).map((f) => f.rule)
        );
        expect([s.name, row, got]).toEqual([s.name, row, covered.filter((r) => rules.has(r))]);
      }
      flaggedRows += nonEmpty;
    }
    // The sample breaks row-check rules on purpose: the agreement is not vacuous.
    expect(flaggedRows).toBeGreaterThanOrEqual(5);
  });
});

/** The sheet id of a plan sheet name, in English or Chinese. */
function l10nId(name: string): SheetId | undefined {
  const ids: Record<string, SheetId> = {
    Products: "products",
    产品: "products",
    Promotions: "promotions",
    活动: "promotions",
    Prices: "prices",
    价格: "prices",
    Budget: "budget",
    预算: "budget",
  };
  return ids[name];
}

test("a Calendar event of one platform sets the Max promo days of that platform's promotions only, edits included", async () => {
  const Y = d("2027-06-01");
  const promotion = (platform: string) => ({
    sku: "A",
    platform,
    start: Y,
    end: Y + 4,
    promoPrice: 100,
  });
  const event = (maxPromoDays: number, platform?: string) => ({
    event: "618",
    kind: "festival",
    from: Y - 2,
    to: Y + 10,
    maxPromoDays,
    ...(platform ? { platform } : {}),
  });
  const l = formulaLayout({
    today: TODAY,
    data: {
      products: [{ sku: "A", tier: "secondary", listPrice: 150 }],
      promotions: ["Tmall", "JD", "Douyin"].map(promotion),
      // Tmall's 4 days (typed in capitals), every platform's 6, JD's 9: the strictest in force wins.
      calendar: [event(4, "TMALL"), event(6), event(9, "JD")],
    },
  });
  const wb = newPreviewWorkbook("en");
  await wb.applyPlanLayout(l, { sample: false });
  const flags = () => [2, 3, 4].map((r) => wb.cell("Promotions", `K${r}`)?.value);
  const cached = flags();
  expect(cached).toEqual(["PROMO_TOO_LONG (5 days > 4)", "", ""]);
  wb.useCalculator(new FormulaEngine());
  expect(flags()).toEqual(cached);
  // The Tmall event becomes JD's: JD's limit is now 4, Tmall's the 6 of every platform.
  wb.setCell("Calendar", "F2", "JD");
  expect(flags()).toEqual(["", "PROMO_TOO_LONG (5 days > 4)", ""]);
  // Cleared, it is every platform's.
  wb.setCell("Calendar", "F2", null);
  expect(flags()).toEqual([
    "PROMO_TOO_LONG (5 days > 4)",
    "PROMO_TOO_LONG (5 days > 4)",
    "PROMO_TOO_LONG (5 days > 4)",
  ]);
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  const tooLong = validatePlan(plan, plan.settings, { lang: "en", today: TODAY })
    .filter((f) => f.rule === "PROMO_TOO_LONG")
    .map((f) => f.address);
  expect(tooLong).toEqual(["Promotions!E2", "Promotions!E3", "Promotions!E4"]);
});

describe("editing a cell", () => {
  test("recomputes the row's Flags cell before the change listeners hear of it", async () => {
    const wb = newPreviewWorkbook("en");
    await wb.applyPlanLayout(layout(true), { sample: true });
    const promotions = wb.sheet("Promotions");
    expect(promotions).toBeDefined();
    // A 3-day promotion outside any festival, clean.
    let row: number | undefined;
    promotions?.forEachCell((c, at, col) => {
      if (
        row === undefined &&
        col === 6 &&
        c.value === 3 &&
        String(wb.cell("Promotions", `K${at}`)?.value ?? "") === ""
      )
        row = at;
    });
    expect(row).toBeDefined();
    const r = Number(row);
    const start = Number(wb.cell("Promotions", `D${r}`)?.value);
    const heard: CellValue[] = [];
    await wb.onChange(() => heard.push(wb.cell("Promotions", `K${r}`)?.value));
    const versionBefore = wb.version;

    wb.setCell("Promotions", `E${r}`, start + 40);

    expect(wb.cell("Promotions", `F${r}`)?.value).toBe(41);
    const flags = String(wb.cell("Promotions", `K${r}`)?.value);
    expect(flags).toMatch(/^PROMO_TOO_LONG \(41 days > \d+\)/);
    expect(heard).toEqual([flags]);
    expect(wb.version).toBeGreaterThan(versionBefore);
    // The reader sees the computed Flags, as Excel would show them.
    const sheets = await wb.readSheets();
    const grid = sheets.find((s) => s.name === "Promotions");
    expect(grid?.rows[r - 1][10]).toBe(flags);

    wb.setCell("Promotions", `E${r}`, start + 2);
    expect(wb.cell("Promotions", `K${r}`)?.value).toBe("");
  });

  test("a typed formula is computed, and a Waivers write recomputes the formulas that read that sheet", async () => {
    const wb = newPreviewWorkbook("en");
    await wb.applyPlanLayout(layout(true), { sample: true });
    wb.setCell("Sheet1", "A1", "=SUM(Products!E:E)");
    const total = wb.cell("Sheet1", "A1")?.value;
    expect(typeof total).toBe("number");
    expect(total).toBeGreaterThan(1000);
    wb.setCell("Sheet1", "B1", "=COUNTA(Waivers!A:A)");
    const before = Number(wb.cell("Sheet1", "B1")?.value);
    await wb.addWaiver({ rule: "PROMO_TOO_LONG", target: "Promotions!E2", reason: "Agreed" }, "en");
    expect(wb.cell("Sheet1", "B1")?.value).toBe(before + 1);
  });
});

test("the Calendar's rows 1 to 1000 only: an event typed on row 1000 sets the Max promo days, on row 1001 it does not", async () => {
  const Y = d("2027-06-01");
  const l = formulaLayout({
    today: TODAY,
    data: {
      products: [{ sku: "A", tier: "secondary", listPrice: 150 }],
      // 3 days: the setting's limit. Two rows: the second names the Calendar ranges the first put in the engine.
      promotions: ["Tmall", "JD"].map((platform) => ({
        sku: "A",
        platform,
        start: Y,
        end: Y + 2,
        promoPrice: 100,
      })),
      calendar: [{ event: "Far", kind: "festival", from: Y - 200, to: Y - 190, maxPromoDays: 1 }],
    },
  });
  const wb = newPreviewWorkbook("en");
  await wb.applyPlanLayout(l, { sample: false });
  wb.useCalculator(new FormulaEngine());
  const flags = () => {
    const [a, b] = ["K2", "K3"].map((c) => wb.cell("Promotions", c)?.value);
    expect(b).toBe(a);
    return a;
  };
  expect(flags()).toBe("");
  const type = (row: number, values: (string | number | null)[]) =>
    ["A", "B", "C", "D", "E"].forEach((c, i) => wb.setCell("Calendar", `${c}${row}`, values[i]));
  type(1001, ["618", Y - 2, Y + 10, "festival", 2]);
  expect(flags()).toBe("");
  type(1000, ["618", Y - 2, Y + 10, "festival", 2]);
  expect(flags()).toBe("PROMO_TOO_LONG (3 days > 2)");
  type(1000, [null, null, null, null, null]);
  expect(flags()).toBe("");
});
