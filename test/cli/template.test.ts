import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runTemplate } from "../../src/cli/commands/template";
import { CliError, type CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { fileFormula, writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { dateToSerial, serialToDate } from "../../src/core/read/dates";
import { anchorsOf, breachAddress, SAMPLE_BREACHES } from "../../src/core/sample";
import { sheetSpec, SHEETS } from "../../src/core/schema/sheets";
import type { Lang } from "../../src/core/schema/types";
import { SETTING_SPECS } from "../../src/core/settings";
import { isFormulaCell } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";

const TODAY = new Date(Date.UTC(2026, 10, 25));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-template-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const headerOf = (ws: ExcelJS.Worksheet): string[] =>
  (ws.getRow(1).values as unknown[]).slice(1).map(String);
const dataRows = (ws: ExcelJS.Worksheet): number => ws.actualRowCount - 1;

interface TableModel {
  name: string;
  tableRef: string;
  columns: { name: string }[];
  style?: { theme?: string };
}
const tablesOf = (ws: ExcelJS.Worksheet): TableModel[] =>
  (ws.getTables() as unknown as ({ table: TableModel } | TableModel)[]).map((t) =>
    "table" in t ? t.table : t
  );

const EXPECTED_SHEETS = SHEETS.map((s) => s.id);

/**
 * What a cell shows without recalculation: a formula's cached result, else its value. (ExcelJS's `value` drops a
 * cached 0; `result` keeps it.)
 */
const shown = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value;
  return typeof v === "object" && v !== null && "formula" in v ? (cell.result ?? "") : v;
};
/** A cell's formula as the file stores it, or undefined. */
const formulaText = (cell: ExcelJS.Cell): string | undefined => {
  const v = cell.value;
  return typeof v === "object" && v !== null && "formula" in v && typeof v.formula === "string"
    ? v.formula
    : undefined;
};
const formulaOf = (cell: ExcelJS.Cell): string => {
  const f = formulaText(cell);
  if (f === undefined)
    throw new Error(`${cell.address} holds no formula: ${JSON.stringify(cell.value)}`);
  return f;
};
const serialOf = (v: ExcelJS.CellValue): number => {
  if (!(v instanceof Date)) throw new Error(`not a date: ${JSON.stringify(v)}`);
  return dateToSerial(v);
};
/** The sheet row of the sample row that breaks `rule` on `sheet` on purpose. */
// Writing and reading the sample takes longer than jest's 5 s on a machine shared with other builds.
jest.setTimeout(60_000);

const sampleRowOf = (sheet: string, rule: string): number => {
  const b = SAMPLE_BREACHES.find((x) => x.sheet === sheet && x.rule === rule);
  if (!b) throw new Error(`the sample breaks no ${rule} on ${sheet}`);
  return b.sampleRow + 2;
};

describe.each<[Lang, keyof (typeof SHEETS)[number]["names"]]>([
  ["en", "en"],
  ["zh-CN", "zh"],
])("the sample workbook in %s", (lang, names) => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = join(dir, `sample-${lang}.xlsx`);
    await writePlanWorkbook(file, { lang, year: 2027, sample: true, today: TODAY });
    wb = await load(file);
  });

  test("every sheet of spec §2 but Timeline and Dashboard, in order, with its headers", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.names[names]));
    expect(EXPECTED_SHEETS).not.toContain("timeline");
    for (const spec of SHEETS) {
      const ws = wb.getWorksheet(spec.names[names])!;
      expect(headerOf(ws)).toEqual(spec.columns.map((c) => c.names[names]));
    }
  });

  test("one styled Excel table per sheet, over the header and the data, columns named as the headers", () => {
    const tableNames = new Set<string>();
    for (const spec of SHEETS) {
      const ws = wb.getWorksheet(spec.names[names])!;
      const tables = tablesOf(ws);
      expect(tables).toHaveLength(1);
      const [t] = tables;
      tableNames.add(t.name);
      expect(t.name).toMatch(/^tbl[A-Z][a-z]+$/);
      expect(t.style?.theme).toBe("TableStyleMedium2");
      expect(t.columns.map((c) => c.name)).toEqual(headerOf(ws));
      const lastCol = String.fromCharCode(64 + spec.columns.length);
      expect(t.tableRef).toBe(`A1:${lastCol}${Math.max(2, ws.actualRowCount)}`);
    }
    expect(tableNames.size).toBe(SHEETS.length);
  });

  test("a frozen, bold header row", () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getCell("A1").font?.bold).toBe(true);
    }
  });

  test("dropdowns fed by the Lists sheet on every list column, well past the data", () => {
    const lists = lang === "zh-CN" ? "列表" : "Lists";
    const products = wb.worksheets[2];
    for (const cell of ["D2", "D45", "D1000"]) {
      expect(products.getCell(cell).dataValidation).toMatchObject({
        type: "list",
        allowBlank: true,
        formulae: [`${lists}!$C$2:$C$200`],
      });
    }
    expect(products.getCell("D1001").dataValidation).toBeUndefined();
    expect(products.getCell("A2").dataValidation).toBeUndefined();
    expect(wb.worksheets[3].getCell("B2").dataValidation?.formulae).toEqual([
      `${lists}!$A$2:$A$200`,
    ]);
    expect(wb.worksheets[5].getCell("A9").dataValidation?.formulae).toEqual([
      `${lists}!$B$2:$B$200`,
    ]);
    const daily = wb.worksheets[6];
    expect(daily.getCell(`C${dataRows(daily) + 500}`).dataValidation?.formulae).toEqual([
      `${lists}!$B$2:$B$200`,
    ]);
  });

  test("the Settings workbook names point at their values; the plan year is the one asked for", () => {
    const settings = wb.worksheets[0];
    const sheet = settings.name;
    for (const [i, s] of SETTING_SPECS.entries()) {
      // ExcelJS quotes a non-ASCII sheet name when it reads the name back; both spellings mean the same cell.
      expect(
        wb.definedNames.getRanges(s.workbookName).ranges.map((r) => r.replace(/^'(.*)'!/, "$1!"))
      ).toEqual([`${sheet}!$B$${i + 2}`]);
    }
    expect(settings.getCell("B2").value).toBe(2027);
    expect(settings.getCell("A2").value).toBe(lang === "zh-CN" ? "计划年度" : "Plan year");
    expect(settings.getCell("B9")).toMatchObject({ value: 0.05, numFmt: "0%" });
    expect(settings.getCell("B11")).toMatchObject({ value: 50000, numFmt: '"¥"#,##0' });
  });

  test("formats: money with the currency, dates as real dates in yyyy-mm-dd", () => {
    const products = wb.worksheets[2];
    expect(products.getCell("E2")).toMatchObject({ value: 699, numFmt: '"¥"#,##0.00' });
    expect(products.getCell("I2")).toMatchObject({
      value: serialToDate(anchorsOf(2027).day(3, 18)),
      numFmt: "yyyy-mm-dd",
    });
    expect(products.getColumn(9).numFmt).toBe("yyyy-mm-dd");
    expect(products.getColumn(9).width).toBe(12);
    expect(wb.worksheets[6].getCell("I2").numFmt).toBe("0.00%");
  });

  test("the Warehouse key and Product row columns are hidden, after every other column; no other column is", () => {
    for (const [i, id] of [
      [2, "products"],
      [3, "promotions"],
      [4, "prices"],
    ] as const) {
      const ws = wb.worksheets[i];
      const spec = sheetSpec(id);
      spec.columns.forEach((c, j) => {
        expect([c.field, ws.getColumn(j + 1).hidden]).toEqual([c.field, c.hidden === true]);
        expect(ws.getCell(1, j + 1).value).toBe(lang === "zh-CN" ? c.names.zh : c.names.en);
      });
      expect(spec.columns.filter((c) => c.hidden).length).toBeGreaterThan(0);
    }
    for (const ws of wb.worksheets.slice(5))
      for (let j = 1; j <= ws.columnCount; j++)
        expect([ws.name, j, ws.getColumn(j).hidden]).toEqual([ws.name, j, false]);
  });

  test("a row whose Flags (or Suggestion) cell is not empty is coloured", () => {
    const cf = (i: number): unknown =>
      (wb.worksheets[i] as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    // The hidden Warehouse key, SKU row and SKU stamp columns (O to S) are coloured with their row.
    expect(cf(2)).toEqual([
      expect.objectContaining({
        ref: "A2:S1000",
        rules: [
          expect.objectContaining({
            type: "expression",
            formulae: ['IF(ISERROR($N2),TRUE,AND($N2<>"","ops-planner:rows"<>""))'],
          }),
        ],
      }),
    ]);
    // Promotions: a rule per flags column, Flags (K) and issue 16's Presale flags (Q).
    expect(cf(3)).toEqual(
      ["K", "Q"].map((c) =>
        expect.objectContaining({
          ref: "A2:U1000",
          rules: [
            expect.objectContaining({
              formulae: [`IF(ISERROR($${c}2),TRUE,AND($${c}2<>"","ops-planner:rows"<>""))`],
            }),
          ],
        })
      )
    );
    expect(cf(5)).toEqual([expect.objectContaining({ ref: "A2:K1000" })]);
    expect(cf(7)).toEqual([
      expect.objectContaining({
        rules: [
          expect.objectContaining({
            formulae: ['IF(ISERROR($E2),TRUE,AND($E2<>"","ops-planner:rows"<>""))'],
          }),
        ],
      }),
    ]);
    expect(cf(6)).toEqual([]);
  });

  test("the sample's sizes, computed values and flags (the formulas' cached results)", () => {
    const [, , products, promotions, prices, budget, daily, regions, waivers, calendar, sales] =
      wb.worksheets;
    const byName = (en: string, zh: string) => wb.getWorksheet(lang === "zh-CN" ? zh : en)!;
    const [service, market, competitors, findings] = [
      byName("Service", "客服"),
      byName("Market", "市场"),
      byName("Competitors", "竞品"),
      byName("Findings", "检查结果"),
    ];
    expect([service.name, market.name, competitors.name]).toEqual(
      lang === "zh-CN" ? ["客服", "市场", "竞品"] : ["Service", "Market", "Competitors"]
    );
    expect(dataRows(service)).toBeGreaterThanOrEqual(200);
    expect(dataRows(market)).toBe(72);
    expect(dataRows(competitors)).toBe(8);
    // Market's Month is a date cell shown as its month.
    expect(market.getCell("A2").numFmt).toBe("yyyy-mm");
    expect(dataRows(products)).toBeGreaterThanOrEqual(40);
    expect(dataRows(prices)).toBeGreaterThanOrEqual(20);
    expect(dataRows(daily)).toBeGreaterThanOrEqual(300);
    expect(dataRows(waivers)).toBe(1);
    // The plan year's seven events, then last year's six festivals (Kind "past festival").
    expect(dataRows(calendar)).toBe(13);
    expect(sales.name).toBe(lang === "zh-CN" ? "销售" : "Sales");
    // PC-208: 61 + 47 + last year's 61 days; PC-206: 61 + 47; KA-109 on two platforms: 2 × 60.
    expect(dataRows(sales)).toBe(397);
    expect(shown(products.getCell("N3"))).toBe("WAREHOUSE_LATE (4 day(s) late: due 2027-04-08)");
    expect(shown(products.getCell("N2"))).toBe("");
    expect(shown(promotions.getCell("F2"))).toBe(18);
    expect(shown(budget.getCell("F2"))).toBe(9375);
    expect(shown(daily.getCell("K2"))).toBeCloseTo(
      (daily.getCell("G2").value as number) / (daily.getCell("H2").value as number),
      10
    );
    // Suggestion is the core's advice, not a formula.
    expect(regions.getCell("E2").value).toBe(
      lang === "zh-CN" ? "建议在华东设分仓" : "Open a split warehouse in 华东"
    );
    expect(dataRows(findings)).toBe(SAMPLE_BREACHES.length);
  });

  test("Promotions Flags: PROMOCHECK with A1 references, INDEX/MATCH into Products, the Calendar's override by COUNTIFS/MINIFS", () => {
    const promotions = wb.worksheets[3];
    const r = sampleRowOf("promotions", "PROMO_TOO_LONG");
    const [products, calendar, platforms] =
      lang === "zh-CN" ? ["产品", "日历", "平台"] : ["Products", "Calendar", "Platforms"];
    const product = (col: string) =>
      `IFERROR(INDEX(${products}!$${col}:$${col},IF(N(U${r})>=1,U${r},-1)),"")`;
    expect(formulaOf(promotions.getCell(`U${r}`))).toContain(`MATCH(A${r},${products}!$A:$A,0))`);
    // The Product row hint: the SKU's Products row, as a value; the Product row its verified answer.
    const hint = promotions.getCell(`T${r}`).value;
    expect(typeof hint).toBe("number");
    expect(shown(promotions.getCell(`U${r}`))).toBe(hint);
    // The Calendar's rows 1 to 1000 (src/core/formulas/calendarRows.ts), in the workbook's language.
    const cal = (l: string) => `${calendar}!$${l}$1:$${l}$1000`;
    const events = `${cal("E")},">=0",${cal("B")},"<="&E${r},${cal("C")},">="&D${r}`;
    // The overlapping events of every platform (a blank Platform) and of the row's own platform, each guarded.
    const all = `${events},${cal("F")},""`;
    const mine = `${events},${cal("F")},IFERROR(B${r}&"","")`;
    const [minAll, minMine] = [all, mine].map((c) => `_xlfn.MINIFS(${cal("E")},${c})`);
    // No Calendar override: the platform's own Max promo days (its first Platforms row), else the setting.
    const own = `INDEX(${platforms}!$G:$G,MATCH(B${r},${platforms}!$A:$A,0))`;
    const days = `IF(ISNUMBER(${own}),IF(${own}>=0,${own},MaxPromoDays),MaxPromoDays)`;
    expect(formulaOf(promotions.getCell(`K${r}`))).toBe(
      `PLAN.PROMOCHECK(D${r},E${r},G${r},${product("E")},I${r},${product("F")},` +
        `IF(COUNTIFS(${mine})=0,IF(COUNTIFS(${all})=0,${days},${minAll}),` +
        `IF(COUNTIFS(${all})=0,${minMine},MIN(${minAll},${minMine}))),H${r},${product("G")})`
    );
    const start = serialOf(promotions.getCell(`D${r}`).value);
    const end = serialOf(promotions.getCell(`E${r}`).value);
    expect(shown(promotions.getCell(`K${r}`))).toBe(`PROMO_TOO_LONG (${end - start + 1} days > 3)`);
    expect(formulaOf(promotions.getCell(`F${r}`))).toBe(
      `IF(OR(D${r}="",E${r}=""),"",PLAN.PROMODAYS(D${r},E${r}))`
    );
    expect(shown(promotions.getCell(`F${r}`))).toBe(end - start + 1);
  });

  test("Daily Conversion: =PLAN.CONVERSION(orders, visitors), cached as orders / visitors", () => {
    const daily = wb.worksheets[6];
    for (const r of [2, 3, dataRows(daily) + 1]) {
      expect(formulaOf(daily.getCell(`I${r}`))).toBe(
        `IF(OR(D${r}="",D${r}=0),"",PLAN.CONVERSION(E${r},D${r}))`
      );
      expect(shown(daily.getCell(`I${r}`))).toBe(
        (daily.getCell(`E${r}`).value as number) / (daily.getCell(`D${r}`).value as number)
      );
    }
  });

  test("every computed column but Suggestion holds its formula on every data row; its cached result is the core's", () => {
    const layout = planWorkbookLayout({
      lang,
      year: 2027,
      sample: true,
      today: TODAY,
      formulas: true,
    });
    let formulas = 0;
    for (const sheet of layout.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.columns.forEach((c, j) => {
        const spec = SHEETS.find((x) => x.id === sheet.id)!.columns[j];
        sheet.rows.forEach((row, i) => {
          const at = `${c.letter}${sheet.firstRow + i}`;
          const cell = ws.getCell(at);
          const v = row[j];
          if (!spec.formula) {
            if (sheet.id !== "findings") expect(isFormulaCell(v)).toBe(false);
            return;
          }
          formulas++;
          if (!isFormulaCell(v)) throw new Error(`${sheet.name}!${at} is not a formula`);
          expect(formulaOf(cell)).toBe(v.formula.replace(/\b(MINIFS|TEXTJOIN)\(/g, "_xlfn.$1("));
          expect([at, shown(cell)]).toEqual([at, v.result === null ? "" : v.result]);
        });
      });
    }
    const perRow: Record<string, number> = {
      products: 5, // Flags, the hidden Warehouse key, SKU row, Unstamped SKU and Unstamped SKUs
      promotions: 6, // Days, Flags, Presale flags, the two hidden Warehouse key columns and the Product row
      prices: 2, // Flags and the hidden Product row
      budget: 4,
      daily: 4,
    };
    expect(formulas).toBe(
      layout.sheets.reduce((n, l) => n + (perRow[l.id] ?? 0) * l.rows.length, 0)
    );
  });

  test("the names the formulas use are the Settings workbook names, all defined", () => {
    const used = new Set<string>();
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaText(cell);
          if (f === undefined) return;
          const bare = f
            .replace(/"(?:[^"]|"")*"/g, "") // text
            .replace(
              /(?:'[^']+'|[^\s,()!'"&=<>*+-]+)!\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?/g,
              ""
            ) // other sheets
            .replace(/\$?\b[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, "") // this sheet's cells
            .replace(/[A-Za-z_][A-Za-z0-9_.]*\(/g, "("); // functions
          for (const name of bare.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) used.add(name);
        })
      );
    expect([...used].sort()).toEqual(
      [
        "BudgetCap",
        "MaxDepositShare",
        "MaxPromoDays",
        "MinDeposit",
        "PlanYear",
        "PriceSpreadTolerance",
        "WarehouseLeadDays",
      ].sort()
    );
    const settings = wb.worksheets[0].name;
    for (const name of used) {
      const i = SETTING_SPECS.findIndex((s) => s.workbookName === name);
      expect(
        wb.definedNames.getRanges(name).ranges.map((r) => r.replace(/^'(.*)'!/, "$1!"))
      ).toEqual([`${settings}!$B$${i + 2}`]);
    }
  });

  test("formulas look other sheets up by this workbook's sheet names", () => {
    const sheetsReferenced = new Set<string>();
    for (const ws of wb.worksheets.slice(2, 6))
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaText(cell);
          if (f === undefined) return;
          for (const m of f.replace(/"(?:[^"]|"")*"/g, "").matchAll(/([^\s,()!'"&=<>*+-]+)!/g))
            sheetsReferenced.add(m[1]);
        })
      );
    expect([...sheetsReferenced].sort()).toEqual(
      (lang === "zh-CN"
        ? ["产品", "活动", "日历", "平台"]
        : ["Calendar", "Platforms", "Products", "Promotions"]
      ).sort()
    );
  });

  test("Findings link to their cells with HYPERLINK formulas that show the address", () => {
    const findings = wb.getWorksheet(lang === "zh-CN" ? "检查结果" : "Findings")!;
    const first = SAMPLE_BREACHES[0];
    const address = breachAddress(first, lang);
    expect(findings.getCell("B2").value).toBe(first.rule);
    expect(findings.getCell("D2").value).toEqual({
      formula: `HYPERLINK("#${address}","${address}")`,
      result: address,
    });
  });

  test("validate reads the file back to exactly the deliberate findings", async () => {
    const io = captureIO();
    const code = await main(["validate", file, "--json", "--lang", lang], io);
    expect(code).toBe(1);
    const { findings } = JSON.parse(io.out.join("")) as {
      findings: { rule: string; address: string; waived?: boolean }[];
    };
    expect(
      findings.map((f) => `${f.rule} ${f.address}${f.waived ? " (waived)" : ""}`).sort()
    ).toEqual(
      SAMPLE_BREACHES.map(
        (b) => `${b.rule} ${breachAddress(b, lang)}${b.waived ? " (waived)" : ""}`
      ).sort()
    );
  });
});

describe("the empty template", () => {
  let wb: ExcelJS.Workbook;
  let file: string;
  beforeAll(async () => {
    file = join(dir, "empty.xlsx");
    const summary = await writePlanWorkbook(file, {
      lang: "en",
      year: 2030,
      sample: false,
      today: TODAY,
    });
    // Settings rows, 10 list rows, the year's 7 Calendar events, last year's 6 festivals, the Platforms sheet's 4 platforms.
    expect(summary).toEqual({ sheets: 16, rows: SETTING_SPECS.length + 10 + 7 + 6 + 4 });
    wb = await load(file);
  });

  test("plan sheets hold a table with one blank row; Calendar is seeded with the year's festivals", () => {
    for (const name of [
      "Products",
      "Promotions",
      "Prices",
      "Budget",
      "Daily",
      "Regions",
      "Waivers",
      "Sales",
      "Service",
      "Market",
      "Competitors",
      "Findings",
    ]) {
      const ws = wb.getWorksheet(name)!;
      const [t] = tablesOf(ws);
      expect(t.tableRef).toMatch(/^A1:[A-Z]2$/);
      expect(
        (ws.getRow(2).values as unknown[]).filter((v) => v !== null && v !== undefined)
      ).toEqual([]);
    }
    const calendar = wb.getWorksheet("Calendar")!;
    expect(dataRows(calendar)).toBe(13);
    expect(calendar.getCell("A3").value).toBe("Spring Festival logistics shutdown 春节物流停运");
    // Spring Festival 2030 is 3 February: the shutdown runs from 28 January.
    expect(calendar.getCell("B3").value).toEqual(new Date(Date.UTC(2030, 0, 28)));
    expect(wb.getWorksheet("Settings")!.getCell("B2").value).toBe(2030);
  });

  test("validate finds nothing in it", async () => {
    const io = captureIO();
    expect(await main(["validate", file, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).counts).toEqual({ error: 0, warning: 0, waived: 0 });
  });
});

describe("ops-planner template", () => {
  test("writes the file and says so in one line", async () => {
    const io = captureIO();
    const file = join(dir, "cmd.xlsx");
    expect(
      await runTemplate([file, "--sample", "--year", "2028", "--lang", "zh-CN"], io, TODAY)
    ).toBe(0);
    expect(io.out).toEqual([
      `已写入 ${file}（16 个工作表，${(await load(file)).worksheets.reduce((n, w) => n + Math.max(0, w.actualRowCount - 1), 0)} 行）`,
    ]);
    const wb = await load(file);
    expect(wb.getWorksheet("设置")!.getCell("B2").value).toBe(2028);
    expect(wb.getWorksheet("产品")!.getCell("D2").value).toBe("首发");
  });

  test("the default plan year is the year after today; English is the default language", async () => {
    const io = captureIO();
    const file = join(dir, "default.xlsx");
    expect(await runTemplate([file], io, TODAY)).toBe(0);
    expect(io.out[0]).toMatch(/^Wrote .*default\.xlsx \(16 sheets, 50 rows\)$/);
    expect((await load(file)).getWorksheet("Settings")!.getCell("B2").value).toBe(2027);
  });

  test("refuses to overwrite without --force, overwrites with it", async () => {
    const file = join(dir, "exists.xlsx");
    writeFileSync(file, "keep me");
    const io = captureIO();
    await expect(runTemplate([file], io, TODAY)).rejects.toMatchObject({
      exitCode: 2,
      message: `${file} exists: pass --force to overwrite it`,
    });
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(await runTemplate([file, "--force"], io, TODAY)).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(10000);
  });

  test("through the dispatcher: one line on stderr and exit 2", async () => {
    const file = join(dir, "exists2.xlsx");
    writeFileSync(file, "keep me");
    const io = captureIO();
    expect(await main(["template", file], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).not.toContain("\n");
    expect(io.err[0]).toContain("--force");
  });

  test.each([
    [["--year", "20x7"], /--year must be a whole year from 1901 to 9998, not "20x7"/],
    [["--year", "1850"], /--year must be a whole year/],
    [["--year"], /--year needs a value/],
    [["--lang", "fr"], /--lang must be one of en, zh-CN, not "fr"/],
    [["--bogus"], /unknown option --bogus/],
    [["other.xlsx"], /unexpected argument "other.xlsx"/],
  ])("usage error %j", async (extra, message) => {
    const io = captureIO();
    const file = join(dir, "never.xlsx");
    const run = runTemplate([file, ...extra], io, TODAY);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(runTemplate([file, ...extra], io, TODAY)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(message),
    });
    expect(existsSync(file)).toBe(false);
  });

  test("needs an .xlsx file name", async () => {
    const io = captureIO();
    await expect(runTemplate([], io, TODAY)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("template <out.xlsx>"),
    });
    await expect(runTemplate([join(dir, "plan.csv")], io, TODAY)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(".xlsx"),
    });
  });

  test("a path that cannot be written is a one-line error", async () => {
    const io = captureIO();
    await expect(
      runTemplate([join(dir, "no", "such", "dir.xlsx")], io, TODAY)
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining("ENOENT") });
  });

  test("--help prints the usage, in the language asked for, whatever else is on the line", async () => {
    const io = captureIO();
    expect(await runTemplate(["--help"], io, TODAY)).toBe(0);
    expect(io.out[0]).toMatch(
      /^Usage: ops-planner template <out\.xlsx> \[--sample\] \[--year Y\] \[--lang en\|zh-CN\] \[--force\]/
    );
    const zh = captureIO();
    expect(await runTemplate(["-h", "--lang", "zh-CN", "--bogus"], zh, TODAY)).toBe(0);
    expect(zh.out[0]).toMatch(/^用法：ops-planner template/);
  });
});

describe("fileFormula", () => {
  test("spells MINIFS as the file format does, leaving text, PLAN names and the prefixed form alone", () => {
    expect(fileFormula('IF(A1="",MINIFS(B:B,C:C,">0"),minifs(D:D,E:E,1))')).toBe(
      'IF(A1="",_xlfn.MINIFS(B:B,C:C,">0"),_xlfn.minifs(D:D,E:E,1))'
    );
    expect(fileFormula('"MINIFS(x)"&_xlfn.MINIFS(A:A,B:B,1)&PLAN.MINIFS(1)')).toBe(
      '"MINIFS(x)"&_xlfn.MINIFS(A:A,B:B,1)&PLAN.MINIFS(1)'
    );
  });
});
