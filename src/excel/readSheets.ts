/**
 * Reading a workbook through Office.js in few syncs: (1) the sheet, table and name collections; (2) every wanted
 * sheet's used range size, the tables' ranges and the sheets' conditional formats; (3…) the used ranges' values and
 * value types, in row slices packed into batches of at most 4 MB. Error cells become `{ error }` (Office returns them
 * as text such as "#N/A" with the value type "Error"); dates stay serial numbers.
 */
import type { CellValue, Grid } from "../core/cells";
import type { SheetInput } from "../core/read/readPlan";
import { identifySheet, skuColumnOf } from "../core/read/readPlan";
import type { SheetId } from "../core/schema/types";
import { MAX_REQUEST_BYTES, payloadBytes } from "./chunks";
import { excelApi } from "./requirements";

export interface TableInfo {
  table: Excel.Table;
  name: string;
  sheet: string;
  /** A1 range without the sheet, e.g. `A1:N45` (header and total rows included). */
  range: string;
  /** The table shows its total row (Table Design → Total Row): the range's last row. */
  showTotals: boolean;
}

export interface ConditionalFormatInfo {
  format: Excel.ConditionalFormat;
  /** The rule's formula of a custom format (with "="), else undefined. */
  formula?: string;
}

export interface SheetState {
  name: string;
  sheet: Excel.Worksheet;
  /** The used range's values, when the sheet was read. */
  input?: SheetInput;
  conditionalFormats: ConditionalFormatInfo[];
  /** A filter hides some of its rows (its own AutoFilter or a table's on it), when the sheet was read. */
  filtered?: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableInfo[];
  names: string[];
}

export interface LoadOptions {
  /** The sheets whose used range to read. */
  read(id: SheetId | undefined, name: string): boolean;
  tables?: boolean;
  names?: boolean;
  /** Load the conditional formats of these sheets (with the formulas of custom ones). */
  conditionalFormats?(id: SheetId | undefined, name: string): boolean;
  /** Whether a filter hides rows of each sheet read (and of the tables, with `tables`): SheetState.filtered. */
  filters?: boolean;
}

/** Bytes a cell's value and value type take in a response, before the first read tells better. */
const FIRST_BYTES_PER_CELL = 24;
const MIN_BYTES_PER_CELL = 8;
/**
 * A slice's rows are sized by the bytes per cell the sheet's last slice returned, times this margin (rows further down
 * may be longer). A sync reads an estimated 4 MB × the margin, so about 4 MB arrives per sync (one sync per 4 MB, as
 * the operations' sync bounds count), and rows up to 25 % longer than measured still stay under Excel on the web's
 * 5 MB response limit.
 */
const ROW_MARGIN = 1.15;
/** A sheet's first slice, read before its cells' size is known. */
const FIRST_SLICE_ROWS = 1000;

function cellOf(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

function gridOf(values: unknown[][], types: string[][]): Grid {
  return values.map((row, i) => row.map((v, j) => cellOf(v, types[i]?.[j])));
}

interface Pending {
  state: SheetState;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** Rows read so far. */
  done: number;
  rows: Grid;
  /** Response bytes per cell measured on this sheet's last slice. */
  perCell?: number;
}

export async function loadWorkbook(
  context: Excel.RequestContext,
  opts: LoadOptions
): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = opts.tables ? wb.tables : undefined;
  tables?.load("items/name");
  const names = opts.names ? wb.names : undefined;
  names?.load("items/name");
  await context.sync();

  // Sync 2: sizes of the used ranges, where the tables are, the conditional formats.
  const states: SheetState[] = sheets.items.map((sheet) => ({
    name: sheet.name,
    sheet,
    conditionalFormats: [],
  }));
  const used = new Map<SheetState, Excel.Range>();
  const cfs = new Map<SheetState, Excel.ConditionalFormatCollection>();
  const filters = new Map<SheetState, Excel.AutoFilter>();
  for (const s of states) {
    const id = identifySheet(s.name);
    if (opts.read(id, s.name)) {
      const u = s.sheet.getUsedRangeOrNullObject(true);
      u.load("rowIndex,columnIndex,rowCount,columnCount");
      used.set(s, u);
      if (opts.filters) filters.set(s, s.sheet.autoFilter.load("isDataFiltered"));
    }
    if (opts.conditionalFormats?.(id, s.name)) {
      const c = s.sheet.getRange().conditionalFormats;
      c.load("items/type");
      cfs.set(s, c);
    }
  }
  const tableRanges = (tables?.items ?? []).map((t) => {
    const r = t.getRange();
    r.load("address");
    t.load("showTotals");
    t.worksheet.load("name");
    const filter = opts.filters ? t.autoFilter.load("isDataFiltered") : undefined;
    return { t, r, filter };
  });
  if (used.size > 0 || cfs.size > 0 || tableRanges.length > 0) await context.sync();
  for (const [s, f] of filters) s.filtered = f.isDataFiltered;
  for (const { t, filter } of tableRanges)
    if (filter?.isDataFiltered) {
      const s = states.find((x) => x.name === t.worksheet.name);
      if (s) s.filtered = true;
    }

  const pending: Pending[] = [];
  for (const [s, u] of used) {
    if (u.isNullObject) {
      s.input = { name: s.name, rows: [] };
      continue;
    }
    pending.push({
      state: s,
      rowIndex: u.rowIndex,
      columnIndex: u.columnIndex,
      rowCount: u.rowCount,
      columnCount: u.columnCount,
      done: 0,
      rows: [],
    });
  }

  // Custom rules' formulas are loaded with the first slice of values (no sync of their own unless nothing is read).
  const rules: {
    s: SheetState;
    format: Excel.ConditionalFormat;
    rule?: Excel.ConditionalFormatRule;
  }[] = [];
  for (const [s, c] of cfs)
    for (const format of c.items) {
      const entry: {
        s: SheetState;
        format: Excel.ConditionalFormat;
        rule?: Excel.ConditionalFormatRule;
      } = { s, format };
      if (format.type === "Custom") {
        entry.rule = format.custom.rule;
        entry.rule.load("formula");
      }
      rules.push(entry);
    }

  await readValues(context, pending, rules.some((r) => r.rule) && pending.length === 0);
  for (const p of pending)
    p.state.input = {
      name: p.state.name,
      rows: p.rows,
      firstRow: p.rowIndex + 1,
      firstCol: p.columnIndex + 1,
    };
  for (const r of rules)
    r.s.conditionalFormats.push({ format: r.format, formula: r.rule?.formula });

  const tableInfos = tableRanges.map(({ t, r }) => ({
    table: t,
    name: t.name,
    sheet: t.worksheet.name,
    range: r.address.slice(r.address.lastIndexOf("!") + 1).replace(/\$/g, ""),
    showTotals: t.showTotals,
  }));
  markTotalRows(states, tableInfos);
  return { sheets: states, tables: tableInfos, names: (names?.items ?? []).map((n) => n.name) };
}

/** A table's total row is not data: its sheet row goes into the read sheet's `totalRows`. */
function markTotalRows(states: readonly SheetState[], tables: readonly TableInfo[]): void {
  for (const t of tables) {
    if (!t.showTotals) continue;
    const input = states.find((s) => s.name === t.sheet)?.input;
    const m = /(\d+)$/.exec(t.range);
    if (!input || !m) continue;
    input.totalRows = [...(input.totalRows ?? []), Number(m[1])];
  }
}

/**
 * Reads the pending used ranges in row slices, as many slices per sync as fit in the budget. A sheet's first slice is
 * at most FIRST_SLICE_ROWS rows sized by a guess; later slices are sized by what that sheet's earlier slices returned.
 */
async function readValues(
  context: Excel.RequestContext,
  pending: Pending[],
  syncAnyway: boolean
): Promise<void> {
  let queue = pending.filter((p) => p.rowCount > 0 && p.columnCount > 0);
  if (queue.length === 0) {
    if (syncAnyway) await context.sync();
    return;
  }
  while (queue.length > 0) {
    let budget = MAX_REQUEST_BYTES * ROW_MARGIN;
    const slices: { p: Pending; range: Excel.Range }[] = [];
    for (const p of queue) {
      const rowBytes = (p.perCell ?? FIRST_BYTES_PER_CELL) * p.columnCount;
      const cap = p.perCell === undefined ? FIRST_SLICE_ROWS : Infinity;
      let n = Math.min(p.rowCount - p.done, cap, Math.floor(budget / rowBytes));
      if (n <= 0) {
        if (slices.length > 0) break;
        n = 1;
      }
      const range = p.state.sheet.getRangeByIndexes(
        p.rowIndex + p.done,
        p.columnIndex,
        n,
        p.columnCount
      );
      range.load("values,valueTypes");
      slices.push({ p, range });
      p.done += n;
      budget -= n * rowBytes;
      if (budget <= 0) break;
    }
    // One sync per 4 MB of values.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { p, range } of slices) {
      const values = range.values as unknown[][];
      const types = range.valueTypes as string[][];
      const cells = values.length * p.columnCount;
      // With a margin for rows longer than these.
      if (cells > 0)
        p.perCell = Math.max(
          MIN_BYTES_PER_CELL,
          ((payloadBytes(values) + payloadBytes(types)) / cells) * ROW_MARGIN
        );
      for (const row of gridOf(values, types)) p.rows.push(row);
    }
    queue = queue.filter((p) => p.done < p.rowCount);
  }
}

/** The sheets the reader reads: plan sheets, Settings and Lists (output sheets and the user's own are skipped). */
export function isInputSheet(id: SheetId | undefined): boolean {
  return (
    id !== undefined &&
    id !== "findings" &&
    id !== "timeline" &&
    id !== "dashboard" &&
    id !== "review"
  );
}

/**
 * The merged areas of the SKU column of every plan sheet that has one (ExcelApi 1.13), in one sync: the reader takes
 * a merge's covered SKU cells as holding its value. Excel fails the request for a range with more than 512 merged
 * areas; then (and without ExcelApi 1.13) merged SKU cells read as they are stored: the value in the first cell only.
 */
async function readMergedSkus(
  context: Excel.RequestContext,
  sheets: readonly SheetState[]
): Promise<void> {
  const asked: { input: SheetInput; areas: Excel.RangeAreas }[] = [];
  try {
    for (const s of sheets) {
      const input = s.input;
      const col = input ? skuColumnOf(input) : undefined;
      if (!input || col === undefined || input.rows.length === 0) continue;
      const column = s.sheet.getRangeByIndexes(
        (input.firstRow ?? 1) - 1,
        col - 1,
        input.rows.length,
        1
      );
      const areas = column.getMergedAreasOrNullObject();
      areas.load("address");
      asked.push({ input, areas });
    }
    if (asked.length === 0) return;
    await context.sync();
  } catch {
    return;
  }
  for (const { input, areas } of asked) {
    if (areas.isNullObject) continue;
    const merges = areas.address
      .split(",")
      .map((a) => a.trim())
      .filter((a) => a !== "");
    if (merges.length > 0) input.merges = merges;
  }
}

/**
 * Syncs of readSheets beyond one per 4 MB received: the collections, the used ranges' sizes, and the rounding of the
 * values read (a sheet's first slice is sized by a guess), and the SKU columns' merged areas (ExcelApi 1.13).
 */
export const READ_SHEETS_SYNCS = 4;

/** The names of the sheets readSheets reads, in its order, without their cells: one sync. */
export async function inputSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name).filter((name) => isInputSheet(identifySheet(name)));
}

/**
 * Every input sheet's used range as the reader's grid, with the rows of tables' total rows, and the merged areas of
 * the SKU columns (with ExcelApi 1.13): READ_SHEETS_SYNCS + ⌈bytes / 4 MB⌉ syncs.
 */
export async function readSheets(context: Excel.RequestContext): Promise<SheetInput[]> {
  const state = await loadWorkbook(context, { read: (id) => isInputSheet(id), tables: true });
  if (excelApi("1.13")) await readMergedSkus(context, state.sheets);
  return state.sheets.flatMap((s) => (s.input ? [s.input] : []));
}
