/** The formulas the schema writes into computed and Flags columns: PLAN functions with the right arguments, A1 references. */
import { columnLetter, quoteSheetName } from "../../src/core/cells";
import { SETTING_SPECS } from "../../src/core/settings";
import { formulaText } from "../../src/core/formulas/text";
import { PROMOTIONS_SHEET, SHEETS, sheetSpec } from "../../src/core/schema/sheets";
import type { FormulaContext, SheetId } from "../../src/core/schema/types";
import { formulaContext, schemaLetters, templateSheetNames } from "../../src/core/write/layout";
import { PLAN_FUNCTIONS } from "../../src/core/functions/definitions";

const ctxOf = (id: SheetId, row: number, ref?: FormulaContext["ref"]): FormulaContext => {
  const spec = sheetSpec(id);
  const col = (field: string) => {
    const i = spec.columns.findIndex((c) => c.field === field);
    if (i < 0) throw new Error(`no ${field} in ${id}`);
    return columnLetter(i + 1);
  };
  return { row, col, firstRow: 2, ...(ref ? { ref } : {}) };
};
const formulaOf = (id: SheetId, field: string, row = 5, ref?: FormulaContext["ref"]): string => {
  const declared = sheetSpec(id).columns.find((c) => c.field === field)?.formula;
  if (!declared) throw new Error(`no formula for ${id}.${field}`);
  return formulaText(declared, ctxOf(id, row, ref));
};

/** The top-level arguments of each PLAN.NAME(…) call in a formula. */
function planCalls(formula: string): { name: string; args: string[] }[] {
  const out: { name: string; args: string[] }[] = [];
  for (const m of formula.matchAll(/PLAN\.([A-Z]+)\(/g)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let cur = "";
    for (let i = (m.index ?? 0) + m[0].length; i < formula.length; i++) {
      const ch = formula[i];
      if (ch === '"') quoted = !quoted;
      if (!quoted && ch === "(") depth++;
      if (!quoted && ch === ")" && depth-- === 0) break;
      if (!quoted && ch === "," && depth === 0) {
        args.push(cur);
        cur = "";
        continue;
      }
      cur += ch;
    }
    args.push(cur);
    out.push({ name: m[1], args });
  }
  return out;
}

const computed = SHEETS.flatMap((s) =>
  s.columns.filter((c) => c.formula).map((c) => [s.id, c.field] as const)
);

describe.each(computed)("%s.%s", (id, field) => {
  const f = formulaOf(id, field);

  test("calls PLAN functions that exist, with an argument count they take", () => {
    for (const call of planCalls(f)) {
      const def = PLAN_FUNCTIONS.find((d) => d.name === call.name);
      expect(def).toBeDefined();
      const required = def?.params.filter((p) => !p.optional).length ?? 0;
      expect(call.args.length).toBeGreaterThanOrEqual(required);
      expect(call.args.length).toBeLessThanOrEqual(def?.params.length ?? 0);
    }
  });

  test("A1 references and workbook names only: no structured references, no XLOOKUP, one value", () => {
    expect(f).not.toMatch(/\[@|XLOOKUP|FILTER\(|LET\(/);
    expect(f.startsWith("=")).toBe(false);
    const names = f.match(/\b[A-Z][a-zA-Z]+(?=[,)])/g) ?? [];
    const known = new Set(SETTING_SPECS.map((s) => s.workbookName));
    for (const n of names) if (!/^[A-Z]+\d+$/.test(n)) expect(known.has(n)).toBe(true);
  });
});

describe("Flags formulas", () => {
  test("Products: PRODUCTCHECK with the lead days, plan year and, with a Warehouse entry, the SKU's first dated promotion start", () => {
    const dated = 'Promotions!$A:$A,A5,Promotions!$D:$D,">0"';
    const keys = 'IFERROR(Promotions!$S$2&"","")';
    expect(formulaOf("products", "flags")).toBe(
      `PLAN.PRODUCTCHECK(D5,I5,J5,K5,WarehouseLeadDays,PlanYear,IF(K5="","",` +
        `IF(AND(O5<>"",LEFT(${keys},1)="|",ISERROR(FIND(O5,${keys}))),"",` +
        `IF(COUNTIFS(${dated})=0,"",MINIFS(Promotions!$D:$D,${dated})))))`
    );
  });

  test("Warehouse keys: hidden helper columns after every other column, their formulas", () => {
    const entry = "INDEX(Products!$K:$K,IF(N(P5)>=1,P5,-1))";
    expect(formulaOf("products", "warehouseKey")).toBe(
      'IF(AND(ISTEXT(A5),ISERROR(VALUE(A5)),ISERROR(FIND("*",A5)),ISERROR(FIND("?",A5)),ISERROR(FIND("~",A5)),' +
        `ISERROR(FIND(LEFT(A5,1),"<>=")),ISNUMBER(K5),ISNUMBER(${entry}),IFERROR(K5<=${entry},FALSE())),` +
        '"|"&UPPER(A5)&"|","")'
    );
    expect(formulaOf("promotions", "warehouseKey")).toBe(
      "IF(ISNUMBER(D5),IF(D5>0,IF(OR(NOT(ISNUMBER(WarehouseLeadDays))," +
        `IFERROR(INT(INDEX(Products!$K:$K,IF(N(U5)>=1,U5,-1)))>INT(D5)-WarehouseLeadDays,TRUE())),A5&"",""),""),"")`
    );
    expect(formulaOf("promotions", "warehouseKeys", 2)).toBe(
      '"|"&UPPER(TEXTJOIN("|",TRUE(),Promotions!$R:$R))&"|"'
    );
    expect(formulaOf("promotions", "warehouseKeys", 3)).toBe('""');
    for (const id of ["products", "promotions", "prices"] as const) {
      const cols = sheetSpec(id).columns;
      const first = cols.findIndex((c) => c.hidden);
      expect(first).toBeGreaterThan(cols.findIndex((c) => c.field === "flags"));
      // Every hidden column is a computed one; all but the Product row hint and the SKU stamp (values) hold formulas.
      const hidden = cols.slice(first);
      expect(hidden.every((c) => c.hidden && c.computed)).toBe(true);
      expect(hidden.filter((c) => !c.formula).map((c) => c.field)).toEqual(
        id === "products" ? ["skuStamp"] : ["productRowHint"]
      );
    }
  });

  test("Product row: the hint verified, else MATCH; SKU row: the stamp verified, else MATCH", () => {
    const keys = 'IFERROR(Products!$S$2&"","")';
    expect(formulaOf("products", "skuRow")).toBe(
      `IF(IFERROR(AND(R5="",ISTEXT(A5),LEFT(${keys},1)="|",ISERROR(FIND("|"&UPPER(A5)&"|",${keys}))),FALSE()),` +
        "ROW(),MATCH(A5,Products!$A:$A,0))"
    );
    expect(formulaOf("products", "skuUnstamped")).toBe(
      'IF(ISERROR(A5),"",IF(IFERROR(AND(ISTEXT(A5),Q5=ROW()&"|"&A5),FALSE()),"",A5&""))'
    );
    expect(formulaOf("products", "skuUnstampedKeys", 2)).toBe(
      '"|"&UPPER(TEXTJOIN("|",TRUE(),Products!$R:$R))&"|"'
    );
    expect(formulaOf("products", "skuUnstampedKeys", 3)).toBe('""');
    const at = (col: string) => `INDEX(Products!$${col}:$${col},MAX(1,T5))`;
    expect(formulaOf("promotions", "productRow")).toBe(
      'IF(IFERROR(AND(ISNUMBER(T5),ISTEXT(A5),LEN(A5)<256,ISERROR(FIND("*",A5)),ISERROR(FIND("?",A5)),' +
        `ISERROR(FIND("~",A5)),${at("A")}=A5,${at("P")}=T5),FALSE()),T5,MATCH(A5,Products!$A:$A,0))`
    );
    expect(formulaOf("prices", "productRow")).toContain(",F5,MATCH(A5,Products!$A:$A,0))");
  });

  test("Promotions: PROMOCHECK with the SKU's prices by INDEX/MATCH and the Max promo days in force", () => {
    const product = (col: string) =>
      `IFERROR(INDEX(Products!$${col}:$${col},IF(N(U5)>=1,U5,-1)),"")`;
    // The Calendar's rows 1 to 1000, not whole columns: `""` matches empty cells (src/core/formulas/calendarRows.ts).
    const cal = (l: string) => `Calendar!$${l}$1:$${l}$1000`;
    const events = `${cal("E")},">=0",${cal("B")},"<="&E5,${cal("C")},">="&D5`;
    // The overlapping events of every platform (a blank Platform) and of the row's platform, each guarded.
    const all = `${events},${cal("F")},""`;
    const mine = `${events},${cal("F")},IFERROR(B5&"","")`;
    const [minAll, minMine] = [all, mine].map((c) => `MINIFS(${cal("E")},${c})`);
    // Without a Calendar override: the platform's own Max promo days (its first Platforms row), else the setting.
    const own = "INDEX(Platforms!$G:$G,MATCH(B5,Platforms!$A:$A,0))";
    const platformDays = `IF(ISNUMBER(${own}),IF(${own}>=0,${own},MaxPromoDays),MaxPromoDays)`;
    expect(formulaOf("promotions", "flags")).toBe(
      `PLAN.PROMOCHECK(D5,E5,G5,${product("E")},I5,${product("F")},` +
        `IF(COUNTIFS(${mine})=0,IF(COUNTIFS(${all})=0,${platformDays},${minAll}),` +
        `IF(COUNTIFS(${all})=0,${minMine},MIN(${minAll},${minMine}))),H5,${product("G")})`
    );
  });

  test("Prices: PRICECHECK with the SKU's floor price and unit cost", () => {
    expect(formulaOf("prices", "flags")).toBe(
      'PLAN.PRICECHECK(C5,IFERROR(INDEX(Products!$F:$F,IF(N(G5)>=1,G5,-1)),""),"",PriceSpreadTolerance,IFERROR(INDEX(Products!$G:$G,IF(N(G5)>=1,G5,-1)),""))'
    );
  });

  test("Budget: BUDGETCHECK with a running total from the first data row", () => {
    expect(formulaOf("budget", "flags", 7)).toBe("PLAN.BUDGETCHECK(A7,B7,SUM(B$2:B7),BudgetCap)");
  });

  test("a writer's ref() supplies the workbook's sheet names and column letters", () => {
    const zh = (sheet: SheetId, field: string) => {
      const spec = sheetSpec(sheet);
      const l = columnLetter(spec.columns.findIndex((c) => c.field === field) + 1);
      return `${quoteSheetName(spec.names.zh)}!$${l}:$${l}`;
    };
    const f = formulaOf("promotions", "flags", 3, zh);
    expect(f).toContain("INDEX(产品!$E:$E,IF(N(U3)>=1,U3,-1))");
    expect(formulaOf("promotions", "productRow", 3, zh)).toContain("MATCH(A3,产品!$A:$A,0)");
    expect(f).toContain("MINIFS(日历!$E$1:$E$1000,");
    expect(f).not.toMatch(/Products|Calendar/);
  });
});

describe("formulaContext (src/core/write/layout.ts)", () => {
  test("builds a formula with a workbook's own letters and sheet names, quoting where Excel does", () => {
    // A planner's workbook: Products renamed and reordered (SKU in B, List price in D), Promotions as the schema has it.
    const letters = (sheet: SheetId, field: string): string => {
      if (sheet === "products")
        return { sku: "B", listPrice: "D", floorPrice: "C", unitCost: "F" }[field] ?? "Z";
      // The Calendar's Max promo days moved to H, its sheet renamed: the bounded ranges follow.
      if (sheet === "calendar" && field === "maxPromoDays") return "H";
      return schemaLetters(sheet, field);
    };
    const names = (sheet: SheetId) =>
      sheet === "products"
        ? "My products"
        : sheet === "calendar"
          ? "My calendar"
          : sheetSpec(sheet).names.en;
    const ctx = formulaContext("promotions", 9, 2, letters, names);
    expect(ctx.col("start")).toBe("D");
    expect(ctx.ref?.("products", "listPrice")).toBe("'My products'!$D:$D");
    const declared = PROMOTIONS_SHEET.columns.find((c) => c.field === "flags")?.formula;
    const f = declared ? formulaText(declared, ctx) : "";
    expect(f).toContain("IFERROR(INDEX('My products'!$D:$D,IF(N(U9)>=1,U9,-1)),\"\")");
    expect(f).toContain("IFERROR(INDEX('My products'!$F:$F,IF(N(U9)>=1,U9,-1)),\"\")");
    const row = PROMOTIONS_SHEET.columns.find((c) => c.field === "productRow")?.formula;
    expect(row ? formulaText(row, ctx) : "").toContain("MATCH(A9,'My products'!$B:$B,0)");
    expect(f).toContain(
      `MINIFS('My calendar'!$H$1:$H$1000,'My calendar'!$H$1:$H$1000,">=0",'My calendar'!$B$1:$B$1000,`
    );
    expect(f).toContain(`'My calendar'!$F$1:$F$1000,""`);
    expect(f).not.toMatch(/Calendar|calendar'!\$[A-Z]+:/);
  });

  test("the template's context: schema letters and the language's sheet names", () => {
    const ctx = formulaContext("products", 4, 2, schemaLetters, templateSheetNames("zh-CN"));
    expect(ctx.ref?.("promotions", "start")).toBe("活动!$D:$D");
    expect(ctx.col("warehouseEntry")).toBe("K");
    expect(() => schemaLetters("products", "nope")).toThrow(/No column nope/);
  });
});
