/**
 * Each declared formula column (src/core/formulas: the schema's computed and Flags columns), on the sample plan in
 * both languages:
 * - the formula the CLI writes and the one the task pane's update plan enters (here through the preview's workbook,
 *   which executes the same plan) are the declaration's text;
 * - the core's value for it (the cached result the CLI stores) is what HyperFormula computes from that text with the
 *   PLAN functions registered (the preview's engine), row by row;
 * - every PLAN function it calls is in functions.json, as custom-functions-metadata generates it from the JSDoc,
 *   with a parameter count that admits the arguments the declaration passes.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import type { CellValue } from "../../src/core/cells";
import { FORMULA_COLUMNS } from "../../src/core/formulas/columns";
import { planCalls } from "../../src/core/formulas/declare";
import { formulaText } from "../../src/core/formulas/text";
import type { Lang } from "../../src/core/schema/types";
import {
  formulaContext,
  isFormulaCell,
  schemaLetters,
  templateSheetNames,
  type SheetLayout,
} from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
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
    // Not vacuous: every computed column has values on the sample (a clean sheet's Flags may all be blank).
    if (d.field !== "flags") expect(values).toBeGreaterThan(0);
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
    "promotions.days",
    "promotions.flags",
    "prices.flags",
    "budget.expectedVisitors",
    "budget.expectedOrders",
    "budget.roas",
    "budget.flags",
    "daily.conversion",
    "daily.aov",
    "daily.cpc",
    "daily.roas",
  ]);
  expect(FORMULA_COLUMNS.filter((d) => planCalls(d.formula).length === 0)).toHaveLength(1);
});

test.each(LANGS)("%s: the sample's Flags agree on flagged rows, not only on clean ones", (lang) => {
  const flagged = FORMULA_COLUMNS.filter((d) => d.field === "flags").flatMap((d) =>
    (seen.get(`${lang} ${d.sheet}.${d.field}`) ?? []).filter((r) => blank(r.engine) !== null)
  );
  expect(flagged.length).toBeGreaterThanOrEqual(10);
});
