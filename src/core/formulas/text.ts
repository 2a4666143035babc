/**
 * A formula declaration as the formula text Excel and the CLI write (A1 references, no leading "="): the row's cells
 * by this sheet's letters, other sheets by whole-column references (`Products!$E:$E`, `产品!$E:$E`) — the Calendar by
 * its first rows (`Calendar!$E$1:$E$1000`, ./calendarRows.ts) —, the Settings workbook names. Only functions Excel
 * 2019, LibreOffice and HyperFormula share: INDEX/MATCH, COUNTIFS/MINIFS, SUM, MIN, IF/OR/AND, N, IFERROR (around a look-up or a criterion only, never around a PLAN call), the text functions of the Warehouse keys
 * (TEXTJOIN, UPPER, FIND, VALUE) — no structured references, no XLOOKUP, no LET. TRUE and FALSE are written TRUE() and
 * FALSE(): HyperFormula reads a bare TRUE as a name.
 */
import { columnLetter, quoteSheetName } from "../cells";
import { calendarRowsRef } from "./calendarRows";
import { sheetSpec } from "../schema/sheets";
import type { FormulaContext, SheetId } from "../schema/types";
import type { FormulaExpr } from "./declare";

/** The namespace our functions have in a cell: `PLAN.PROMODAYS(D2,E2)`. */
export const PLAN_NAMESPACE = "PLAN";

const c = (ctx: FormulaContext, field: string): string => `${ctx.col(field)}${ctx.row}`;

/** A whole column of a sheet as the schema has it: its column order, its English name (`Products!$E:$E`). */
export function schemaColumnRef(sheet: SheetId, field: string): string {
  const spec = sheetSpec(sheet);
  const l = columnLetter(spec.columns.findIndex((col) => col.field === field) + 1);
  return `${quoteSheetName(spec.names.en)}!$${l}:$${l}`;
}

/** A whole column of another sheet: `ctx.ref`, or the schema's. */
const x = (ctx: FormulaContext, sheet: SheetId, field: string): string =>
  ctx.ref ? ctx.ref(sheet, field) : schemaColumnRef(sheet, field);

/** A Calendar column bounded to the rows the Flags formulas read (./calendarRows.ts): `Calendar!$E$1:$E$1000`. */
const cal = (ctx: FormulaContext, field: string): string =>
  calendarRowsRef(x(ctx, "calendar", field));

/**
 * The Calendar events overlapping Start..End that set a Max promo days, as COUNTIFS/MINIFS criteria, of one Platform:
 * `""` the events of every platform (a blank Platform), `IFERROR(B2&"","")` the row's own platform's. `&""` makes a
 * blank Platform the criterion `""` (a bare blank cell is the criterion 0 in Excel and LibreOffice); IFERROR keeps a
 * Platform holding an error from making the Max promo days one (LibreOffice and HyperFormula pass an error criterion
 * on): such a row takes the events of every platform, as it takes the Settings value for its platform's figures.
 * The ranges are the Calendar's first rows, not whole columns: `""` matches empty cells, and LibreOffice walks every
 * row of a whole column for such a criterion.
 */
const overlapping = (ctx: FormulaContext, platform: string): string =>
  `${cal(ctx, "maxPromoDays")},">=0",${cal(ctx, "from")},"<="&${c(ctx, "end")},${cal(ctx, "to")},">="&${c(ctx, "start")},${cal(ctx, "platform")},${platform}`;

/**
 * The smallest Max promo days of the events in force for the row, else `fallback`: those of every platform and those
 * of the row's platform, each guarded by its COUNTIFS (MINIFS answers 0 when nothing matches).
 */
const calendarMaxDays = (ctx: FormulaContext, fallback: string): string => {
  const [all, own] = [
    overlapping(ctx, '""'),
    overlapping(ctx, `IFERROR(${c(ctx, "platform")}&"","")`),
  ];
  const max = cal(ctx, "maxPromoDays");
  const [minAll, minOwn] = [`MINIFS(${max},${all})`, `MINIFS(${max},${own})`];
  return `IF(COUNTIFS(${own})=0,IF(COUNTIFS(${all})=0,${fallback},${minAll}),IF(COUNTIFS(${all})=0,${minOwn},MIN(${minAll},${minOwn})))`;
};

/**
 * The SKU's promotions with a dated Start. Only Starts that are dates count: MINIFS skips text but would answer 0
 * for a SKU whose promotions all lack a Start.
 */
const datedPromotions = (ctx: FormulaContext): string =>
  `${x(ctx, "promotions", "sku")},${c(ctx, "sku")},${x(ctx, "promotions", "start")},">0"`;

/** The first dated promotion Start of the row's SKU: `IF(COUNTIFS(…)=0,"",MINIFS(…))`. */
const firstStart = (ctx: FormulaContext): string =>
  `IF(COUNTIFS(${datedPromotions(ctx)})=0,"",MINIFS(${x(ctx, "promotions", "start")},${datedPromotions(ctx)}))`;

/**
 * `INDEX(column,row)` by a row helper cell, an error unless the cell holds a row (a number >= 1): a blank, 0 or text
 * there (a row pasted without the hidden columns, a typed value) would make INDEX the whole column, which a formula
 * entered the legacy way reads on its own row (implicit intersection) — another product's figures. N() is 0 for
 * blank and text, keeps an error; INDEX with row -1 is #VALUE! in Excel and HyperFormula, Err:502 in LibreOffice.
 */
const byRow = (column: string, row: string): string =>
  `INDEX(${column},IF(N(${row})>=1,${row},-1))`;

/**
 * The Warehouse entry of the first Products row of this row's SKU (an error when there is none), by the row's own
 * helper: its SKU row in Products, its Product row elsewhere.
 */
const skuEntry = (ctx: FormulaContext, sheet: "products" | "promotions"): string =>
  byRow(
    x(ctx, "products", "warehouseEntry"),
    c(ctx, sheet === "products" ? "skuRow" : "productRow")
  );

/**
 * `MATCH(sku,Products!$A:$A,0)` without the scan when the hint holds: a number, a text SKU without a wildcard (MATCH
 * reads * ? ~ as one; `=` does not) and of at most 255 characters (Excel's MATCH is #VALUE! past them), the hinted Products row holding that SKU (`=` compares text case-insensitively,
 * as MATCH does) and that row being its SKU's first (its SKU row is the hint itself). Together they are what MATCH's
 * answer is, so a stale, blank or typed hint only costs the scan. IF is lazy in Excel and LibreOffice: the MATCH is
 * not evaluated when the hint holds. `MAX(1,hint)` keeps INDEX off row 0 (a whole column) for a blank or text hint.
 */
const productRowOf = (ctx: FormulaContext): string => {
  const [s, h] = [c(ctx, "sku"), c(ctx, "productRowHint")];
  const at = (field: string): string => `INDEX(${x(ctx, "products", field)},MAX(1,${h}))`;
  const plain = ["*", "?", "~"].map((w) => `ISERROR(FIND("${w}",${s}))`).join(",");
  const holds = `AND(ISNUMBER(${h}),ISTEXT(${s}),LEN(${s})<256,${plain},${at("sku")}=${s},${at("skuRow")}=${h})`;
  return `IF(IFERROR(${holds},FALSE()),${h},MATCH(${s},${x(ctx, "products", "sku")},0))`;
};

/**
 * `MATCH(A2,$A:$A,0)` of a Products row without the scan of the rows above it when the row's SKU stamp proves the row
 * is its SKU's only one (./skuStamps.ts): the row holds its stamp (its SKU unstamped is ""), the SKU is text, and no
 * row holds that SKU unstamped (not among the joined unstamped SKUs, which start with "|" unless TEXTJOIN's limit made
 * them an error or a sort moved the cell). A writer stamps only a SKU no other row holds; a row whose SKU or place
 * changed since (typed, pasted, sorted, a row inserted above) no longer holds its stamp, so its SKU is among the
 * unstamped ones and every row holding it does the MATCH. IF is lazy in Excel and LibreOffice.
 */
const skuRowOf = (ctx: FormulaContext): string => {
  const s = c(ctx, "sku");
  const keys = firstCellOf(ctx, "products", "skuUnstampedKeys");
  const only = `AND(${c(ctx, "skuUnstamped")}="",ISTEXT(${s}),LEFT(${keys},1)="|",ISERROR(FIND("|"&UPPER(${s})&"|",${keys})))`;
  return `IF(IFERROR(${only},FALSE()),ROW(),MATCH(${s},${x(ctx, "products", "sku")},0))`;
};

/**
 * Whether a text SKU is compared by COUNTIFS as plain text: not a number or anything VALUE reads as one (a date,
 * 5%), no wildcard (* ? ~), no leading comparison sign (< > =). Only such a SKU may skip the look-up.
 */
const plainCriterion = (s: string): string =>
  [
    `ISTEXT(${s})`,
    `ISERROR(VALUE(${s}))`,
    ...["*", "?", "~"].map((w) => `ISERROR(FIND("${w}",${s}))`),
    `ISERROR(FIND(LEFT(${s},1),"<>="))`,
  ].join(",");

/**
 * The promotions' keys, `|SKU-1|SKU-7|`, on Promotions' first data row. A plain reference: a MATCH for it over the
 * column would make LibreOffice check every cell of that formula column on each call. Moved by a sort, the cell
 * there no longer starts with "|", and the guard then does the look-up (Create / update writes it back).
 */
const promotionKeys = (ctx: FormulaContext): string =>
  firstCellOf(ctx, "promotions", "warehouseKeys");

/** A sheet's cell on its first data row, as text (`IFERROR(Promotions!$S$2&"","")`): a joined keys cell. */
function firstCellOf(ctx: FormulaContext, sheet: SheetId, field: string): string {
  const ref = ctx.firstCell
    ? ctx.firstCell(sheet, field)
    : schemaColumnRef(sheet, field).replace(/\$([A-Z]+):\$[A-Z]+$/, "$$$1$$2");
  return `IFERROR(${ref}&"","")`;
}

const excelString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function formulaText(e: FormulaExpr, ctx: FormulaContext): string {
  const t = (sub: FormulaExpr): string => formulaText(sub, ctx);
  switch (e.kind) {
    case "cell":
      return c(ctx, e.field);
    case "product":
      return `IFERROR(${byRow(x(ctx, "products", e.field), c(ctx, "productRow"))},"")`;
    case "skuRow":
      return skuRowOf(ctx);
    case "skuUnstamped": {
      const s = c(ctx, "sku");
      const stamped = `AND(ISTEXT(${s}),${c(ctx, "skuStamp")}=ROW()&"|"&${s})`;
      return `IF(ISERROR(${s}),"",IF(IFERROR(${stamped},FALSE()),"",${s}&""))`;
    }
    case "skuUnstampedKeys":
      return ctx.row === ctx.firstRow
        ? `"|"&UPPER(TEXTJOIN("|",TRUE(),${x(ctx, "products", "skuUnstamped")}))&"|"`
        : `""`;
    case "productRow":
      return productRowOf(ctx);
    case "setting":
      return e.name;
    case "calendarMaxDays":
      return calendarMaxDays(ctx, t(e.fallback ?? { kind: "setting", name: "MaxPromoDays" }));
    case "platformFigure": {
      // The first row of the platform, as the validator takes it (src/core/platforms.ts): its cell, or the setting.
      const own = `INDEX(${x(ctx, "platforms", e.field)},MATCH(${c(ctx, "platform")},${x(ctx, "platforms", "platform")},0))`;
      return `IF(ISNUMBER(${own}),IF(${own}>=0,${own},${e.setting}),${e.setting})`;
    }
    case "firstPromoStart":
      return firstStart(ctx);
    case "promoWarehouseKey": {
      const [s, d, lead] = [
        c(ctx, "sku"),
        c(ctx, "start"),
        t({ kind: "setting", name: "WarehouseLeadDays" }),
      ];
      // Late against the entry: INT(entry) > INT(start) - lead, as WAREHOUSE_LATE compares; not a number → kept.
      return `IF(ISNUMBER(${d}),IF(${d}>0,IF(OR(NOT(ISNUMBER(${lead})),IFERROR(INT(${skuEntry(ctx, "promotions")})>INT(${d})-${lead},TRUE())),${s}&"",""),""),"")`;
    }
    case "warehouseKeys":
      return ctx.row === ctx.firstRow
        ? `"|"&UPPER(TEXTJOIN("|",TRUE(),${x(ctx, "promotions", "warehouseKey")}))&"|"`
        : `""`;
    case "productWarehouseKey": {
      const [s, e] = [c(ctx, "sku"), c(ctx, "warehouseEntry")];
      return `IF(AND(${plainCriterion(s)},ISNUMBER(${e}),ISNUMBER(${skuEntry(ctx, "products")}),IFERROR(${e}<=${skuEntry(ctx, "products")},FALSE())),"|"&UPPER(${s})&"|","")`;
    }
    case "earlyFirstPromoStart": {
      const key = c(ctx, "warehouseKey");
      const keys = promotionKeys(ctx);
      return `IF(AND(${key}<>"",LEFT(${keys},1)="|",ISERROR(FIND(${key},${keys}))),"",${firstStart(ctx)})`;
    }
    case "runningTotal":
      return `SUM(${ctx.col(e.field)}$${ctx.firstRow}:${c(ctx, e.field)})`;
    case "text":
      return excelString(e.value);
    case "call":
      return `${PLAN_NAMESPACE}.${e.fn.name}(${e.args.map(t).join(",")})`;
    case "times":
      return `${t(e.left)}*${t(e.right)}`;
    case "blankIf": {
      const tests = e.when.flatMap((c) =>
        c.is === "zero" ? [`${t(c.expr)}=""`, `${t(c.expr)}=0`] : [`${t(c.expr)}=""`]
      );
      const test = tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
      return `IF(${test},"",${t(e.then)})`;
    }
  }
}
