/**
 * The browser preview's formula engine: HyperFormula, with every PLAN function registered as a function plugin that
 * calls the host-neutral runner (src/core/functions/runner.ts) — coercion, broadcasting and errors are the runner's, exactly
 * as in Excel. HyperFormula is GPL-3.0: it is imported only from src/preview/, so it is in the preview bundle and never
 * in the add-in's taskpane.js / functions.js.
 *
 * The engine keeps a MemoryWorkbook's formula cells computed: `recalculate` rebuilds the engine from the whole workbook
 * or replaces the sheets a bulk write touched, `cellChanged` sets one cell; either way the results of every dependent
 * formula go back into the workbook's cells, so `readSheets` returns what Excel would show.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type ExportedChange,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { isCellError, type CellValue } from "../core/cells";
import { isFormulaCell, isLinkCell } from "../core/write/layout";
import { dateToSerial } from "../core/read/dates";
import { planFormulaText } from "../core/formulaNames";
import { PLAN_FUNCTIONS } from "../core/functions/definitions";
import { FnError } from "../core/functions/errors";
import { invoke, type FunctionDef, type Out } from "../core/functions/runner";
import type { Calculator, MemoryCell, MemorySheet, MemoryWorkbook } from "./memoryWorkbook";
import type { Slicer } from "./slices";
import { PackedGridReader, PackedGridWriter, type PackedGrid } from "./packedGrid";
import { DirectIndex } from "./directIndex";
import { IndexedCriteria } from "./indexedCriteria";
import { linkRangesOnce } from "./rangeLinks";
import { isVersionsSheet } from "../core/versions/versionsSheet";

/** The namespace our functions have in cells: `=PLAN.CONVERSION(D2,C2)`. HyperFormula accepts dotted names as they are. */
export const PLAN_PREFIX = "PLAN.";

/** HyperFormula's settings for Excel-like results. */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // Excel shows =A1 of an empty A1 as 0.
  evaluateNullToZero: true,
  // Excel keeps 15 significant digits; HyperFormula's smart rounding would cut results to 10.
  smartRounding: false,
  // Our look-ups are INDEX/MATCH over whole columns: the column index answers MATCH without a scan.
  useColumnIndex: true,
  // Excel's sheet size: HyperFormula's default of 40,000 rows refuses a 50,000-promotion plan ("Sheet size limit
  // exceeded"). Whole-column ranges stay whole: HyperFormula walks a column range over the sheet's used rows only,
  // while bounded ranges (`$A$1:$A$5400`) built a 200-product plan's engine 11 times slower
  // (docs/perf/formula-profile.md).
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/**
 * The preview engine's settings: ENGINE_CONFIG with COUNTIFS, MINIFS and their kin answered from indexes of their
 * ranges (./indexedCriteria.ts) and INDEX reading one cell (./directIndex.ts); the PLAN functions must be registered
 * first. Other engines of the page keep HyperFormula's own plugins.
 */
export function previewEngineConfig(): Partial<ConfigParams> {
  const replaced = new Map([IndexedCriteria, DirectIndex].map((r) => [r.base, r.plugin]));
  return {
    ...ENGINE_CONFIG,
    functionPlugins: HyperFormula.getAllFunctionPlugins().map((p) => replaced.get(p) ?? p),
  };
}

/** An empty engine as the preview sets it up (./rangeLinks.ts: whole-column ranges linked once). */
export function buildPreviewEngine(): HyperFormula {
  const hf = HyperFormula.buildEmpty(previewEngineConfig());
  linkRangesOnce(hf);
  return hf;
}

// --- values across the boundary ---

const ERROR_TYPES: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#REF!": ErrorType.REF,
  "#SPILL!": ErrorType.SPILL,
  "#VALUE!": ErrorType.VALUE,
};

/** The Excel error code of an engine error; the engine's own kinds become the Excel error a user would see. */
export function excelCode(type: ErrorType): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return "#DIV/0!";
    case ErrorType.NA:
      return "#N/A";
    case ErrorType.NUM:
      return "#NUM!";
    case ErrorType.REF:
      return "#REF!";
    case ErrorType.SPILL:
      return "#SPILL!";
    // A formula the engine cannot parse or an unknown function: what Excel shows for an unknown name.
    case ErrorType.NAME:
    case ErrorType.ERROR:
      return "#NAME?";
    default:
      return "#VALUE!";
  }
}

/** A runner error as the engine's error, keeping its message (shown as the cell's note in the grid). */
export function toCellError(e: FnError): CellError {
  return new CellError(ERROR_TYPES[e.code] ?? ErrorType.VALUE, e.message);
}

const isRichNumber = (v: unknown): v is { val: number } =>
  typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number";

/** An engine argument as the runner's host value: numbers, text, booleans, null for blank, `{ error }`, 2-D arrays. */
export function fromEngine(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(fromEngine));
  if (v instanceof CellError) return { error: excelCode(v.type), message: v.message ?? "" };
  if (isRichNumber(v)) return v.val;
  return v;
}

function toEngineScalar(o: Out): number | string | CellError {
  return o instanceof FnError ? toCellError(o) : o;
}

/** A runner result as the engine's value: one value, or a range that spills. */
export function toEngine(out: Out | Out[][]): number | string | CellError | SimpleRangeValue {
  if (!Array.isArray(out)) return toEngineScalar(out);
  if (out.length === 1 && out[0].length === 1) return toEngineScalar(out[0][0]);
  return SimpleRangeValue.onlyValues(out.map((row) => row.map(toEngineScalar)));
}

// --- the plugin ---

const methodOf = (def: FunctionDef): string => `plan${def.name}`;
const SIZE_METHOD = "planResultSize";

/** One metadata entry per PLAN function: every parameter ANY (a value or a range), so the runner coerces. */
function implementedFunctions(): ImplementedFunctions {
  const out: ImplementedFunctions = {};
  for (const def of PLAN_FUNCTIONS)
    out[PLAN_PREFIX + def.name] = {
      method: methodOf(def),
      parameters: def.params.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
      ...(def.shape === "elementwise" ? { sizeOfResultArrayMethod: SIZE_METHOD } : {}),
      vectorizationForbidden: true,
    };
  return out;
}

type Ast = { args: unknown[] };

/** The plugin class; its per-function methods are added below, one per declaration. */
export class PlanFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = implementedFunctions();

  /** Evaluates a PLAN function through the runner. */
  evaluatePlan(def: FunctionDef, ast: Ast, state: unknown): unknown {
    const run = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: unknown,
      fn: (...args: unknown[]) => unknown
    ) => unknown;
    return run(ast.args, state, this.metadata(PLAN_PREFIX + def.name), (...args: unknown[]) =>
      toEngine(invoke(def, args.map(fromEngine)))
    );
  }

  /** An elementwise function's result has the shape of its range arguments (equal shapes, or one value). */
  [SIZE_METHOD](ast: Ast, state: unknown): ArraySize {
    const sizeOf = this.arraySizeForAst as unknown as (a: unknown, s: unknown) => ArraySize;
    let width = 1;
    let height = 1;
    for (const arg of ast.args) {
      // A reference's size says how big the range is, not that the result is an array: take width and height only.
      const s = sizeOf.call(this, arg, state);
      if (s.width === 1 && s.height === 1) continue;
      if ((width > 1 || height > 1) && (s.width !== width || s.height !== height))
        return ArraySize.scalar(); // the runner answers #VALUE! in one cell
      width = s.width;
      height = s.height;
    }
    return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
  }
}

for (const def of PLAN_FUNCTIONS)
  Object.defineProperty(PlanFunctionsPlugin.prototype, methodOf(def), {
    value(this: PlanFunctionsPlugin, ast: Ast, state: unknown) {
      return this.evaluatePlan(def, ast, state);
    },
  });

/** Registers the PLAN functions with HyperFormula once (every engine instance of the page then knows them). */
export function registerPlanFunctions(): void {
  if (HyperFormula.getFunctionPlugin(PLAN_PREFIX + PLAN_FUNCTIONS[0].name)) return;
  const names = Object.fromEntries(
    PLAN_FUNCTIONS.map((d) => [PLAN_PREFIX + d.name, PLAN_PREFIX + d.name])
  );
  HyperFormula.registerFunctionPlugin(PlanFunctionsPlugin, { enGB: names, enUS: names });
}

// --- formulas ---

const SHEET_BEFORE_BANG =
  /(^|[^A-Za-z0-9_.\u00C0-\uFFFF'])([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/g;

/** What engineFormula may change: a prefix, a name outside ASCII, a dotted name before "!". */
const NEEDS_REWRITE = /_xl|[\u0080-\uFFFF]|\.[A-Za-z0-9_.]*!/i;

/**
 * An Excel formula (without "=") as HyperFormula reads it — the one place where the two dialects differ for us:
 * - a sheet name outside ASCII must be quoted (`产品!$E:$E` → `'产品'!$E:$E`); Excel writes it bare;
 * - the file format's `_xlfn.` prefix of newer functions (MINIFS) is dropped, and a PLAN function Excel saved
 *   without the add-in (`_xldudf_PLAN_PROMODAYS`) is PLAN.PROMODAYS again.
 * Text in quotes is left alone.
 */
export function engineFormula(formula: string): string {
  // Most formulas need nothing: ASCII names without a dot read the same quoted or not, and there is no prefix to drop.
  // (The split and replaces below were a fifth of a big write's page time, once per formula cell.)
  if (!NEEDS_REWRITE.test(formula)) return formula;
  return planFormulaText(formula)
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/_xlfn\./gi, "").replace(SHEET_BEFORE_BANG, "$1'$2'!")
    )
    .join("");
}

/**
 * What a workbook cell holds, as the engine's raw content. Text is marked as text, so "12" or "TRUE" stay text. (A
 * bulk write packs the same content (packedContentRows), for the engine worker to make it raw: engineRows.)
 */
export function engineContent(c: MemoryCell | undefined): RawCellContent {
  if (!c) return null;
  if (c.formula !== undefined && !c.notRecomputed) return `=${engineFormula(c.formula)}`;
  const v = c.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : `'${v}`;
  if (v instanceof Date) return dateToSerial(v);
  if (isCellError(v)) return v.error;
  return v;
}

/** An engine result as a workbook value and, for an error, its message. */
export function workbookValue(v: unknown): { value: CellValue; message?: string } {
  if (v instanceof DetailedCellError)
    return { value: { error: excelCode(v.type) }, message: v.message };
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  return { value: null };
}

/** The rows and columns a sheet's cells span from A1. */
const extentOf = (s: MemorySheet): { rows: number; cols: number } => s.extent();

/** Rows [from, to) (0-based) of a sheet's cells as a dense grid `cols` wide, for the engine. */
export function contentRows(
  s: MemorySheet,
  from: number,
  to: number,
  cols: number
): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  for (let r = from + 1; r <= to; r++) {
    const line = new Array<RawCellContent>(cols).fill(null);
    for (let c = 1; c <= cols; c++) {
      const cell = s.cellAt(r, c);
      if (cell) line[c - 1] = engineContent(cell);
    }
    grid.push(line);
  }
  return grid;
}

/**
 * Rows [from, to) (0-based) of a sheet's cells, `cols` wide from column A, packed for the engine: a formula's text as
 * it is (engineRows rewrites it in the engine worker), a value as engineContent gives it, no cell a hole.
 */
export function packedContentRows(
  s: MemorySheet,
  from: number,
  to: number,
  cols: number
): PackedGrid {
  const w = new PackedGridWriter(to - from, (to - from) * cols);
  for (let r = from + 1; r <= to; r++) {
    const line = s.rowCells(r);
    const last = line ? Math.min(cols, line.length - 1) : 0;
    for (let c = 1; c <= last; c++) {
      const cell = line![c];
      if (cell === undefined) continue;
      if (cell.formula !== undefined && !cell.notRecomputed) {
        w.formula(c - 1, cell.formula);
        continue;
      }
      const v = cell.value;
      if (v === null || v === undefined || v === "") w.value(c - 1, null);
      else if (v instanceof Date) w.value(c - 1, dateToSerial(v));
      else w.value(c - 1, v);
    }
    w.endRow(cols);
  }
  return w.done();
}

/** Packed content (packedContentRows) as the engine's raw content, engineContent's for each cell. */
export function engineRows(p: PackedGrid): RawCellContent[][] {
  const reader = new PackedGridReader(p);
  const rows = reader.rows(0, reader.rowCount);
  const out: RawCellContent[][] = new Array<RawCellContent[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const line = new Array<RawCellContent>(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === undefined || v === null) line[c] = null;
      else if (typeof v === "string") line[c] = `'${v}`;
      else if (typeof v === "number" || typeof v === "boolean") line[c] = v;
      else if (isFormulaCell(v)) line[c] = `=${engineFormula(v.formula)}`;
      else if (!isLinkCell(v) && isCellError(v)) line[c] = v.error;
      else line[c] = null;
    }
    out[r] = line;
  }
  return out;
}

/** The sheets the engine computes: all but the versions sheet (text only, and large). */
export const engineSheets = (wb: MemoryWorkbook): MemorySheet[] =>
  wb.sheets.filter((s) => !isVersionsSheet(s.name));

/** What a write gives the engine: every engine sheet on a rebuild, else the named ones the workbook still has. */
export const sheetsToWrite = (
  wb: MemoryWorkbook,
  rebuild: boolean,
  names: readonly string[] | undefined
): MemorySheet[] =>
  rebuild
    ? engineSheets(wb)
    : (names ?? []).map((n) => wb.sheet(n)).filter((s): s is MemorySheet => s !== undefined);

/** Each sheet's last used row and column, a sheet a step. */
export async function sheetExtents(
  sheets: readonly MemorySheet[],
  slicer: Slicer
): Promise<Map<MemorySheet, { rows: number; cols: number }>> {
  const extents = new Map<MemorySheet, { rows: number; cols: number }>();
  for (const s of sheets) {
    extents.set(s, s.extent()); // a pass over the rows, not the cells
    await slicer.step();
  }
  return extents;
}

/** A sheet's cells as a dense grid from A1, for building the engine. */
function sheetContent(s: MemorySheet): RawCellContent[][] {
  const { rows, cols } = extentOf(s);
  const grid: RawCellContent[][] = Array.from({ length: rows }, () =>
    new Array<RawCellContent>(cols).fill(null)
  );
  s.forEachCell((cell, r, c) => {
    grid[r - 1][c - 1] = engineContent(cell);
  });
  return grid;
}

const namedExpression = (ref: string): string => `=${engineFormula(ref.replace(/^=/, ""))}`;

/** Adds the workbook names the engine lacks (and accepts). */
export function addNames(hf: HyperFormula, names: Iterable<[string, string]>): void {
  for (const [name, ref] of names) {
    const expression = namedExpression(ref);
    if (
      hf.getNamedExpression(name) === undefined &&
      hf.isItPossibleToAddNamedExpression(name, expression)
    )
      hf.addNamedExpression(name, expression);
  }
}

/** Keeps a MemoryWorkbook's formula cells computed by HyperFormula. */
export class FormulaEngine implements Calculator {
  private hf: HyperFormula | undefined;

  constructor() {
    registerPlanFunctions();
  }

  /**
   * Recomputes after a bulk write. Named sheets are replaced in the engine (their dependents recompute); without
   * names, or before the first build, the engine is rebuilt from the whole workbook. Every formula cell of the
   * rebuilt or replaced sheets, and every dependent the engine reports, gets its result.
   */
  recalculate(wb: MemoryWorkbook, sheets?: readonly string[]): void {
    const hf = this.hf;
    if (!hf || sheets === undefined) {
      this.rebuild(wb);
      return;
    }
    const written = sheets.map((n) => wb.sheet(n)).filter((s): s is MemorySheet => s !== undefined);
    const changes = hf.batch(() => {
      for (const s of written) {
        if (!hf.doesSheetExist(s.name)) hf.addSheet(s.name);
        const id = hf.getSheetId(s.name);
        if (id !== undefined) hf.setSheetContent(id, sheetContent(s));
      }
      addNames(hf, wb.names);
    });
    this.apply(wb, changes);
    for (const s of written) this.readResults(s);
  }

  /**
   * Builds the engine from the whole workbook in one batch, and writes every formula's result into its cell. (An
   * engine built with buildFromSheets leaves work for its first change — seconds on a large plan — which would stall
   * the first edit; a batch into an empty engine does it all here.)
   */
  private rebuild(wb: MemoryWorkbook): void {
    this.hf?.destroy();
    const hf = buildPreviewEngine();
    hf.batch(() => {
      for (const s of engineSheets(wb)) {
        hf.addSheet(s.name);
        const id = hf.getSheetId(s.name);
        if (id !== undefined) hf.setSheetContent(id, sheetContent(s));
      }
      addNames(hf, wb.names);
    });
    this.hf = hf;
    for (const s of engineSheets(wb)) this.readResults(s);
  }

  /**
   * As `recalculate`, in slices for a big write: the cells go into the engine a chunk of rows at a time, yielding to
   * the event loop between chunks. A rebuild (no `sheets`, or no engine yet) adds every sheet with evaluation
   * suspended and evaluates once at the end: a formula may read any sheet, and evaluating as chunks arrive would
   * recompute the readers of every later chunk. Replaced sheets (the Timeline: nothing reads it) are evaluated
   * chunk by chunk, so their evaluation is sliced too. Progress runs from `span.from` to `span.to`.
   */
  async recalculateSliced(
    wb: MemoryWorkbook,
    sheets: readonly string[] | undefined,
    slicer: Slicer,
    span: { from: number; to: number }
  ): Promise<void> {
    const rebuild = !this.hf || sheets === undefined;
    if (rebuild) {
      this.hf?.destroy();
      this.hf = undefined;
    }
    const hf = this.hf ?? buildPreviewEngine();
    const written = sheetsToWrite(wb, rebuild, sheets);
    const extents = await sheetExtents(written, slicer);
    const total = [...extents.values()].reduce((n, e) => n + e.rows, 0) || 1;
    // Adding is the first 60 % of the span, the evaluation and reading the results the rest.
    const mid = span.from + (span.to - span.from) * 0.6;
    if (rebuild) hf.suspendEvaluation();
    for (const s of written) {
      if (!hf.doesSheetExist(s.name)) hf.addSheet(s.name);
      else this.apply(wb, hf.clearSheet(hf.getSheetId(s.name)!));
    }
    let done = 0;
    for (const s of written) {
      const sheet = hf.getSheetId(s.name)!;
      const { rows, cols } = extents.get(s)!;
      const before = done;
      await slicer.chunks(
        rows,
        (from, to) => {
          const changes = hf.setCellContents(
            { sheet, row: from, col: 0 },
            contentRows(s, from, to, cols)
          );
          if (!rebuild) this.apply(wb, changes);
        },
        {
          from: span.from + ((mid - span.from) * before) / total,
          to: span.from + ((mid - span.from) * (before + rows)) / total,
        }
      );
      done += rows;
    }
    if (rebuild) {
      addNames(hf, wb.names);
      hf.resumeEvaluation(); // the one step not sliced: HyperFormula evaluates the whole workbook at once
    } else
      this.apply(
        wb,
        hf.batch(() => addNames(hf, wb.names))
      );
    this.hf = hf;
    slicer.report(mid);
    for (const s of written) {
      const id = hf.getSheetId(s.name);
      if (id === undefined) continue;
      await slicer.each(s.cellEntries(), ([cell, r, c]) => {
        if (cell.formula === undefined) return;
        setResult(cell, hf.getCellValue({ sheet: id, row: r - 1, col: c - 1 }));
      });
    }
    slicer.report(span.to);
  }

  private readResults(s: MemorySheet): void {
    const sheet = this.hf?.getSheetId(s.name);
    if (!this.hf || sheet === undefined) return;
    const hf = this.hf;
    s.forEachCell((cell, r, c) => {
      if (cell.formula !== undefined)
        setResult(cell, hf.getCellValue({ sheet, row: r - 1, col: c - 1 }));
    });
  }

  /** One cell's content changed: the engine recomputes its dependents, whose results go back into the workbook. */
  cellChanged(wb: MemoryWorkbook, sheetName: string, row: number, col: number): void {
    const sheet = this.hf?.getSheetId(sheetName);
    const s = wb.sheet(sheetName);
    if (!this.hf || sheet === undefined || !s) {
      this.recalculate(wb);
      return;
    }
    const changes = this.hf.setCellContents(
      { sheet, row: row - 1, col: col - 1 },
      engineContent(s.cellAt(row, col))
    );
    this.apply(wb, changes);
  }

  destroy(): void {
    this.hf?.destroy();
    this.hf = undefined;
  }

  private apply(wb: MemoryWorkbook, changes: readonly ExportedChange[]): void {
    if (!this.hf) return;
    for (const ch of changes) {
      if (!("address" in ch)) continue; // a named expression's change
      const name = this.hf.getSheetName(ch.address.sheet);
      const cell =
        name === undefined
          ? undefined
          : wb.sheet(name)?.cellAt(ch.address.row + 1, ch.address.col + 1);
      if (cell?.formula !== undefined) setResult(cell, ch.newValue);
    }
  }
}

function setResult(cell: MemoryCell, v: unknown): void {
  const { value, message } = workbookValue(v);
  storeResult(cell, value, message);
}

/** A formula's result into its cell (a formula kept with the file's saved value keeps it). */
export function storeResult(cell: MemoryCell, value: CellValue, message: string | undefined): void {
  if (cell.notRecomputed) return; // the file's saved value stays
  cell.value = value;
  if (message === undefined) delete cell.message;
  else cell.message = message;
}
