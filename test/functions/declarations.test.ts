/**
 * Each declared formula column (src/core/formulas: the schema's computed and Flags columns), on the sample plan in
 * both languages:
 * - the formula the CLI writes and the one the task pane's update plan enters (here through the preview's workbook,
 *   which executes the same plan) are the declaration's text;
 * - the core's value for it (the cached result the CLI stores) is what HyperFormula computes from that text with the
 *   PLAN functions registered (the preview's engine), row by row;
 * - every PLAN function it calls is in functions.json, as custom-functions-metadata generates it from the JSDoc,
 *   with a parameter count that admits the arguments the declaration passes.
 * And on rows the sample does not have — half-typed, zeros, text where a number belongs, error values, a SKU not in
 * Products — the core and HyperFormula agree too: half-typed rows are blank, bad ones an error, never hidden.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { isCellError, type CellValue } from "../../src/core/cells";
import { computeColumns, type SheetRows } from "../../src/core/compute";
import { FORMULA_COLUMNS } from "../../src/core/formulas/columns";
import { planCalls } from "../../src/core/formulas/declare";
import { formulaText } from "../../src/core/formulas/text";
import { rowColouringFormula } from "../../src/core/write/rowColouring";
import type { Lang, SheetId } from "../../src/core/schema/types";
import {
  formulaContext,
  isFormulaCell,
  schemaLetters,
  templateSheetNames,
  type SheetLayout,
} from "../../src/core/write/layout";
import { samplePlan } from "../../src/core/sample";
import { sheetSpec } from "../../src/core/schema/sheets";
import { defaultSettings } from "../../src/core/settings";
import {
  listsLayout,
  listsRows,
  settingsLayout,
  settingsRows,
} from "../../src/core/write/fixedSheets";
import { settingsNames, sheetLayout } from "../../src/core/write/layout";
import {
  DATA_SHEET_IDS,
  planWorkbookLayout,
  type PlanWorkbookLayout,
} from "../../src/core/write/planWorkbook";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";

jest.setTimeout(120_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));
const LANGS: Lang[] = ["en", "zh-CN"];

interface Seen {
  row: number;
  written: string;
  entered: string | undefined;
  core: CellValue;
  engine: CellValue;
}

/** Per language, per declaration (`sheet.field`): every sample row's formulas and values. */
const seen = new Map<string, Seen[]>();
let functions: IFunction[];

const layoutColumn = (s: SheetLayout, field: string): number =>
  s.columns.findIndex((c) => c.field === field);

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    join(__dirname, "../../src/functions/functions.ts"),
    false
  );
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: IFunction[] }).functions;

  for (const lang of LANGS) {
    const layout = planWorkbookLayout({
      lang,
      year: 2027,
      sample: true,
      today: TODAY,
      formulas: true,
    });
    const wb = new MemoryWorkbook(lang);
    await wb.applyPlanLayout(layout, { sample: true });
    const entered = new Map<string, string | undefined>();
    for (const s of layout.sheets)
      for (let i = 0; i < s.rows.length; i++)
        for (const c of s.columns)
          entered.set(
            `${s.name}!${c.letter}${s.firstRow + i}`,
            wb.cell(s.name, `${c.letter}${s.firstRow + i}`)?.formula
          );
    wb.useCalculator(new FormulaEngine());

    for (const d of FORMULA_COLUMNS) {
      const s = layout.sheets.find((x) => x.id === d.sheet);
      if (!s) throw new Error(`the sample has no ${d.sheet}`);
      const j = layoutColumn(s, d.field);
      const rows: Seen[] = s.rows.map((r, i) => {
        const row = s.firstRow + i;
        const at = `${s.columns[j].letter}${row}`;
        const cell = r[j];
        if (!isFormulaCell(cell)) throw new Error(`${s.name}!${at} is not a formula`);
        return {
          row,
          written: cell.formula,
          entered: entered.get(`${s.name}!${at}`),
          core: cell.result,
          engine: wb.cell(s.name, at)?.value ?? null,
        };
      });
      seen.set(`${lang} ${d.sheet}.${d.field}`, rows);
    }
  }
});

const cases = LANGS.flatMap((lang) =>
  FORMULA_COLUMNS.map((d) => [lang, `${d.sheet}.${d.field}`, d] as const)
);
const blank = (v: CellValue): CellValue => (v === "" || v === undefined ? null : v);

describe.each(cases)("%s %s", (lang, _name, d) => {
  const rows = (): Seen[] => seen.get(`${lang} ${d.sheet}.${d.field}`) ?? [];

  test("the CLI and the task pane write the declaration's text", () => {
    expect(rows().length).toBeGreaterThan(0);
    for (const r of rows()) {
      const ctx = formulaContext(d.sheet, r.row, 2, schemaLetters, templateSheetNames(lang));
      const text = formulaText(d.formula, ctx);
      expect([r.row, r.written]).toEqual([r.row, text]);
      expect([r.row, r.entered]).toEqual([r.row, text]);
    }
  });

  test("the core's cached value is HyperFormula's result", () => {
    let values = 0;
    for (const r of rows()) {
      if (typeof r.core === "number" && typeof r.engine === "number")
        expect(r.engine).toBeCloseTo(r.core, 9);
      else expect([r.row, blank(r.engine)]).toEqual([r.row, blank(r.core)]);
      if (blank(r.core) !== null) values++;
    }
    // Not vacuous: every computed column has values on the sample (a clean sheet's Flags may all be blank; no
    // promotion of the sample starts before its Warehouse entry's deadline, and every SKU of the sample is stamped:
    // the edge rows below have such rows).
    const none = ["promotions.warehouseKey", "products.skuUnstamped"];
    if (d.field === "skuUnstamped")
      // Every SKU of the sample is on one row: each row holds its stamp, and its SKU row needs no MATCH.
      for (const r of rows())
        expect([r.row, blank(r.engine), blank(r.core)]).toEqual([r.row, null, null]);
    if (d.field !== "flags" && !none.includes(`${d.sheet}.${d.field}`))
      expect(values).toBeGreaterThan(0);
  });

  test("every PLAN function it calls is in functions.json, taking that many arguments", () => {
    for (const call of planCalls(d.formula)) {
      const f = functions.find((x) => x.id === call.fn.name);
      expect(f).toBeDefined();
      const params = f?.parameters ?? [];
      expect(call.arity).toBeGreaterThanOrEqual(params.filter((p) => !p.optional).length);
      expect(call.arity).toBeLessThanOrEqual(params.length);
      expect(params.map((p) => p.name)).toEqual(call.fn.params.map((p) => p.name));
    }
  });
});

test("the declarations cover the template's computed and Flags columns", () => {
  expect(FORMULA_COLUMNS.map((d) => `${d.sheet}.${d.field}`)).toEqual([
    "products.flags",
    "products.warehouseKey",
    "products.skuRow",
    "products.skuUnstamped",
    "products.skuUnstampedKeys",
    "promotions.days",
    "promotions.flags",
    "promotions.presaleFlags",
    "promotions.warehouseKey",
    "promotions.warehouseKeys",
    "promotions.productRow",
    "prices.flags",
    "prices.productRow",
    "budget.expectedVisitors",
    "budget.expectedOrders",
    "budget.roas",
    "budget.flags",
    "daily.conversion",
    "daily.aov",
    "daily.cpc",
    "daily.roas",
  ]);
  // Expected orders, the three Warehouse key columns, the SKU row with its two stamp columns, the two Product rows.
  expect(FORMULA_COLUMNS.filter((d) => planCalls(d.formula).length === 0)).toHaveLength(9);
});

test.each(LANGS)("%s: the sample's Flags agree on flagged rows, not only on clean ones", (lang) => {
  const flagged = FORMULA_COLUMNS.filter((d) => d.field === "flags").flatMap((d) =>
    (seen.get(`${lang} ${d.sheet}.${d.field}`) ?? []).filter((r) => blank(r.engine) !== null)
  );
  expect(flagged.length).toBeGreaterThanOrEqual(10);
});

// --- rows the sample does not have ---

const d = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;
const NA = { error: "#N/A" };

/** The sample's rows with rows a planner types half-way or wrong appended; `half` marks the rows that must stay blank. */
function edgeRows(): { rows: SheetRows; half: Record<string, number[]> } {
  const sample: SheetRows = { ...samplePlan(2027, "en") };
  const sku = String(sample.products?.[0]?.sku);
  const add = (id: keyof SheetRows, extra: Record<string, CellValue>[]): number => {
    const list = [...(sample[id] ?? [])];
    const first = list.length + 2;
    list.push(...extra);
    sample[id] = list;
    return first;
  };
  const half: Record<string, number[]> = {};
  const p = add("products", [
    { sku: "H1", name: "half-typed", tier: null },
    { sku: "H2", tier: "hero", launchDate: "soon" },
    { sku: "H3", tier: "launch", listPrice: NA, launchDate: d("2027-05-01") },
    // Late by a promotion that starts 2 days after the entry (Warehouse keys), and its duplicate typed in lower case
    // with a later entry. (A SKU typed as a number or holding a wildcard is compared as COUNTIFS compares it by the
    // spreadsheet, not by the core: test/e2e/warehouseKeys.test.ts checks those in LibreOffice.)
    { sku: "H4", tier: "launch", launchDate: d("2027-06-01"), warehouseEntry: d("2027-05-01") },
    { sku: "h4", tier: "launch", launchDate: d("2027-06-01"), warehouseEntry: d("2027-05-20") },
  ]);
  half["products.flags"] = [p];
  const pr = add("promotions", [
    { sku, platform: "Tmall", start: null, end: d("2027-06-18"), promoPrice: 9 },
    { sku: "NOPE", platform: "Tmall", start: d("2027-06-16"), end: d("2027-06-17"), promoPrice: 9 },
    { sku, platform: "JD", start: d("2027-06-18"), end: d("2027-06-16"), promoPrice: 9 },
    { sku, platform: "JD", start: "soon", end: d("2027-06-16"), promoPrice: 9 },
    { sku, platform: "JD", start: d("2027-07-01"), end: d("2027-07-02"), promoPrice: "cheap" },
    { sku: "H3", platform: "JD", start: d("2027-07-01"), end: d("2027-07-02"), promoPrice: 9 },
    { sku, platform: "JD", start: d("2027-07-01"), end: d("2027-07-02") },
    { sku: "H4", platform: "JD", start: d("2027-05-03"), end: d("2027-05-04"), promoPrice: 9 },
    { sku: "h4", platform: "JD", start: d("2027-05-25"), end: d("2027-05-26"), promoPrice: 9 },
  ]);
  half["promotions.days"] = [pr];
  half["promotions.flags"] = [pr, pr + 1, pr + 5, pr + 6];
  const pc = add("prices", [
    { sku, platform: "Tmall", price: null, effectiveFrom: d("2027-03-01") },
    { sku: "NOPE", platform: "Tmall", price: 10, effectiveFrom: d("2027-03-01") },
    { sku, platform: "Tmall", price: "ten", effectiveFrom: d("2027-03-02") },
  ]);
  half["prices.flags"] = [pc];
  const b = add("budget", [
    { channel: null, amount: 100 },
    { channel: "Coupons", amount: 0, expectedCpc: 0, expectedConversion: 0.1 },
    { channel: "Coupons", amount: "lots", expectedRevenue: 500 },
    { channel: "Coupons", amount: 100, expectedCpc: 2, expectedConversion: 0.1 },
    { channel: "Coupons", amount: 100, expectedCpc: "two" },
  ]);
  half["budget.flags"] = [b];
  half["budget.expectedVisitors"] = [b, b + 1, b + 2];
  half["budget.expectedOrders"] = [b, b + 1, b + 2];
  half["budget.roas"] = [b + 1];
  const dy = add("daily", [
    {
      date: d("2027-01-01"),
      platform: "JD",
      visitors: 0,
      orders: 0,
      revenue: 0,
      adSpend: 0,
      clicks: 0,
    },
    { date: d("2027-01-02"), platform: "JD", visitors: null, orders: 5, revenue: 500 },
    {
      date: d("2027-01-03"),
      platform: "JD",
      visitors: 100,
      orders: "n/a",
      revenue: NA,
      adSpend: 10,
      clicks: "4 clicks",
    },
  ]);
  for (const f of ["conversion", "cpc", "roas"]) half[`daily.${f}`] = [dy, dy + 1];
  half["daily.aov"] = [dy];
  return { rows: sample, half };
}

/** The plan workbook planWorkbookLayout would write, of these rows. */
function layoutOf(rows: SheetRows, lang: Lang): PlanWorkbookLayout {
  const settings = { ...defaultSettings(TODAY), planYear: 2027 };
  const computed = computeColumns(
    { settings: settingsRows(settings, lang), lists: listsRows(lang), ...rows },
    { lang, today: TODAY }
  );
  const opts = { currency: settings.currency, formulas: true };
  return {
    settings,
    sheets: [
      settingsLayout(settings, lang),
      listsLayout(lang, settings.currency),
      ...DATA_SHEET_IDS.map((id) =>
        sheetLayout(sheetSpec(id), lang, computed.sheets[id] ?? [], opts)
      ),
    ],
    names: settingsNames(lang),
    findings: [],
  };
}

describe("half-typed and badly typed rows", () => {
  const { rows, half } = edgeRows();
  let layout: PlanWorkbookLayout;
  let wb: MemoryWorkbook;

  beforeAll(async () => {
    layout = layoutOf(rows, "en");
    wb = new MemoryWorkbook("en");
    await wb.applyPlanLayout(layout, { sample: true });
    wb.useCalculator(new FormulaEngine());
  });

  test.each(FORMULA_COLUMNS.map((c) => [`${c.sheet}.${c.field}`, c] as const))(
    "%s: the core and HyperFormula agree; half-typed rows are blank, no error is hidden",
    (name, c) => {
      const s = layout.sheets.find((x) => x.id === c.sheet);
      if (!s) throw new Error(`no ${c.sheet}`);
      const j = layoutColumn(s, c.field);
      const quiet = new Set(half[name] ?? []);
      let errors = 0;
      s.rows.forEach((r, i) => {
        const row = s.firstRow + i;
        const cell = r[j];
        if (!isFormulaCell(cell)) throw new Error(`${s.name} row ${row} is not a formula`);
        const engine = wb.cell(s.name, `${s.columns[j].letter}${row}`)?.value ?? null;
        const core = cell.result;
        if (isCellError(core)) {
          errors++;
          expect([row, engine]).toEqual([row, { error: core.error }]);
        } else if (typeof core === "number" && typeof engine === "number")
          expect(engine).toBeCloseTo(core, 9);
        else expect([row, blank(engine)]).toEqual([row, blank(core)]);
        if (quiet.has(row)) expect([row, blank(core)]).toEqual([row, null]);
      });
      // Every column meets a bad row here that shows an error (Expected orders: through Expected visitors); a hidden
      // Warehouse key column shows none by design (a key it cannot judge is kept), but holds keys.
      if (sheetSpec(c.sheet).columns.find((x) => x.field === c.field)?.hidden)
        expect(
          s.rows.some((r) => {
            const v = r[j];
            return isFormulaCell(v) && blank(v.result) !== null;
          })
        ).toBe(true);
      else expect(errors).toBeGreaterThan(0);
    }
  );
});

describe("the README's formulas (its Custom functions section)", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Custom functions"),
    readme.indexOf("## Browser preview")
  );
  const row2 = (sheet: SheetId, field: string): string => {
    const d = FORMULA_COLUMNS.find((c) => c.sheet === sheet && c.field === field);
    if (!d) throw new Error(`no ${sheet}.${field}`);
    return `=${formulaText(d.formula, formulaContext(sheet, 2, 2, schemaLetters, templateSheetNames("en")))}`;
  };

  test("the Promotions row 2 example is the Flags formula the CLI writes there", () => {
    const block = /For example, Promotions row 2:\n\n```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    // The formula, then the criteria it names (`every: Calendar!$E:$E,…`), each spelt out where it is named.
    const [formula, ...named] = block.split(/\n\n(?=\w+:)/);
    const criteria = named
      .join("\n")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => /^(\w+):\s*(.*)$/.exec(l) ?? ["", l, ""]);
    expect(criteria.map(([, name]) => name)).toEqual(["every", "its"]);
    let written = formula.replace(/\s+/g, "");
    for (const [, name, text] of criteria)
      written = written.replace(
        new RegExp(`([(,])${name}\\)`, "g"),
        (_m: string, before: string) => `${before}${text.replace(/\s+/g, "")})`
      );
    expect(written).toBe(row2("promotions", "flags"));
  });

  test.each([
    ["promotions", "days"],
    ["daily", "aov"],
    ["budget", "expectedOrders"],
  ] as const)("the %s.%s example is the formula written on row 2", (sheet, field) => {
    expect(section).toContain(`\`${row2(sheet, field)}\``);
  });

  test("the row colouring it quotes is the one written", () => {
    expect(section).toContain(`\`${rowColouringFormula("K", 2)}\``);
  });
});
