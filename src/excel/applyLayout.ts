/**
 * Executes the core's update plans (src/core/write/update.ts) through Office.js: whole ranges per write, batches of at
 * most 4 MB, calculation suspended while a batch runs. Existing sheets only get what the plan asks for, and the
 * "ensure" parts (number formats, dropdowns, row colouring) only where the workbook lacks them, which is read back in
 * one more sync (or one per 4 MB of formats) before writing.
 */
import { columnIndex, columnLetter } from "../core/cells";
import type { ApplyOptions, ApplySummary } from "../core/port";
import { ROW_COLOURS, TABLE_STYLE } from "../core/presentation";
import type { PlanWorkbookLayout } from "../core/write/workbookLayout";
import { hasRowColouringOf } from "../core/write/rowColouring";
import {
  planUpdate,
  type FormatRange,
  type ListValidation,
  type SheetWrite,
} from "../core/write/update";
import {
  commandBytes,
  gridCommandBytes,
  gridRowOverhead,
  MAX_REQUEST_BYTES,
  payloadBytes,
  pieces,
  WriteBatch,
  writeRows,
} from "./chunks";
import { excelCell } from "./excelCell";
import { excelApi } from "./requirements";
import { loadWorkbook, type WorkbookState } from "./readSheets";

/** Rows of a number-format check read at once (its response is estimated per cell). */
const FORMAT_BYTES_PER_CELL = 16;
/** A dropdown check: the range, its data validation and the load sent, the type received. */
const VALIDATION_CHECK_BYTES = commandBytes({ ranges: 1, paths: 1, actions: 1 }) + 100;

/** Excel column widths are in points; the schema's are in characters of the default font (7 px + 5 px padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const isGeneral = (f: unknown): boolean =>
  f === null || f === undefined || f === "" || f === "General";
const isChinese = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

/** What the workbook already has where an update "ensures" formats and dropdowns. */
export interface EnsureChecks {
  /** Per format range of an existing sheet: the current number formats, row by row. */
  formats: Map<FormatRange, string[]>;
  /** Per dropdown of an existing sheet: the range's validation type ("None" when it has none). */
  validations: Map<ListValidation, string>;
}

type Check =
  | { sheet: Excel.Worksheet; format: FormatRange; from: number; to: number; bytes: number }
  | { sheet: Excel.Worksheet; validation: ListValidation; bytes: number };

/** Reads the number formats and validation types that an update's ensure operations depend on. */
export async function checkExisting(
  context: Excel.RequestContext,
  state: WorkbookState,
  writes: readonly SheetWrite[]
): Promise<EnsureChecks> {
  const checks: EnsureChecks = { formats: new Map(), validations: new Map() };
  const items: Check[] = [];
  const maxRows = Math.max(1, Math.floor(MAX_REQUEST_BYTES / FORMAT_BYTES_PER_CELL));
  for (const w of writes) {
    if (w.kind !== "update") continue;
    const sheet = state.sheets.find((s) => s.name === w.sheet)?.sheet;
    if (!sheet) continue;
    for (const format of w.formats) {
      checks.formats.set(format, []);
      for (let from = format.fromRow; from <= format.toRow; from += maxRows) {
        const to = Math.min(format.toRow, from + maxRows - 1);
        items.push({ sheet, format, from, to, bytes: (to - from + 1) * FORMAT_BYTES_PER_CELL });
      }
    }
    for (const validation of w.validations)
      items.push({ sheet, validation, bytes: VALIDATION_CHECK_BYTES });
  }
  let i = 0;
  while (i < items.length) {
    let used = 0;
    const formats: { format: FormatRange; range: Excel.Range }[] = [];
    const validations: { validation: ListValidation; dv: Excel.DataValidation }[] = [];
    for (; i < items.length && (used === 0 || used + items[i].bytes <= MAX_REQUEST_BYTES); i++) {
      const item = items[i];
      used += item.bytes;
      if ("format" in item) {
        const range = item.sheet.getRange(
          `${item.format.column}${item.from}:${item.format.column}${item.to}`
        );
        range.load("numberFormat");
        formats.push({ format: item.format, range });
      } else {
        const v = item.validation;
        const dv = item.sheet.getRange(
          `${v.column}${v.fromRow}:${v.column}${v.toRow}`
        ).dataValidation;
        dv.load("type");
        validations.push({ validation: v, dv });
      }
    }
    // One sync per 4 MB of formats read back.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { format, range } of formats) {
      const rows = checks.formats.get(format) ?? [];
      for (const line of range.numberFormat as unknown[][]) rows.push(String(line[0] ?? ""));
    }
    for (const { validation, dv } of validations) checks.validations.set(validation, dv.type);
  }
  return checks;
}

/**
 * Writes the blocks of cells: formulas and values as 2-D `formulas`, within the budget. A link (the Findings sheet's
 * Cell) is a HYPERLINK formula in the same write (./excelCell.ts), not a Range.hyperlink command per cell.
 *
 * A formula column the plan says is pasted down (CellBlock.pastedFrom) sends its rows up to that one, and Excel fills
 * the rest with Range.copyFrom (copyType Formulas: relative references shifted as a paste shifts them, formats left
 * alone; ExcelApi 1.9). On the bench plan the Promotions Flags alone are 1,300 characters a row (README, Benchmarks).
 * Not on a sheet a filter hides rows of (`paste` false): a paste over filtered rows fills the visible ones only, and
 * whether copyFrom does is not documented.
 */
async function writeBlocks(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  paste: boolean
): Promise<void> {
  for (const b of w.blocks) {
    const sent =
      !paste || b.pastedFrom === undefined ? b.cells : b.cells.slice(0, b.pastedFrom + 1);
    await writeRows(
      batch,
      sheet,
      b.column,
      b.row,
      sent.map((r) => r.map(excelCell))
    );
    if (sent.length < b.cells.length) {
      // After the source's write: a batch runs its commands in order. Source and destination never overlap.
      const last = columnLetter(
        columnIndex(b.column) + Math.max(1, sent[sent.length - 1].length) - 1
      );
      const source = sent.length - 1 + b.row;
      const from = `${b.column}${source}:${last}${source}`;
      const to = `${b.column}${source + 1}:${last}${b.row + b.cells.length - 1}`;
      await batch.room(commandBytes({ ranges: 2, actions: 2 }, to, from, "Formulas", false, false));
      sheet.getRange(to).copyFrom(sheet.getRange(from), "Formulas");
    }
  }
}

async function writeFormats(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  checks: EnsureChecks | undefined
): Promise<void> {
  for (const f of w.formats) {
    const current = checks?.formats.get(f);
    const n = f.toRow - f.fromRow + 1;
    // null leaves a cell's format as it is (Office.js ignores null entries of a 2-D input).
    const wanted: (string | null)[][] = [];
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const set = w.kind === "create" || !current || isGeneral(current[i]);
      wanted.push([set ? f.numFmt : null]);
      if (set) changes++;
    }
    if (changes === 0) continue;
    const extra = gridRowOverhead(1);
    const bytes = wanted.map((r) => payloadBytes(r) + 1 + extra);
    // sheet.getRange("D2:D1000").numberFormat = [[…], …], split by Office.js as it sends it.
    const command = gridCommandBytes(`${f.column}${f.fromRow}:${f.column}${f.toRow}`);
    for (const [from, to] of pieces(bytes, batch.free - command, batch.budget - command)) {
      const slice = wanted.slice(from, to);
      if (slice.every((r) => r[0] === null)) continue;
      await batch.room(bytes.slice(from, to).reduce((a, x) => a + x, 0) + command);
      sheet.getRange(
        `${f.column}${f.fromRow + from}:${f.column}${f.fromRow + to - 1}`
      ).numberFormat = slice;
    }
  }
}

async function writeValidations(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  checks: EnsureChecks | undefined
): Promise<void> {
  for (const v of w.validations) {
    if (w.kind === "update" && (checks?.validations.get(v) ?? "None") !== "None") continue;
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: v.source } };
    // A warning, not a stop: the reader also accepts the other language's spelling of a list value.
    const alert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: "Warning",
      title: v.header,
      message: isChinese(v.header)
        ? `请从“${v.header}”列表中选择。`
        : `Pick a value of the ${v.header} list.`,
    };
    const address = `${v.column}${v.fromRow}:${v.column}${v.toRow}`;
    // getRange, .dataValidation; .rule and .errorAlert set.
    await batch.room(commandBytes({ ranges: 1, paths: 1, actions: 2 }, address, rule, alert));
    const dv = sheet.getRange(address).dataValidation;
    dv.rule = rule;
    dv.errorAlert = alert;
  }
}

async function writeRowColouring(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  state: WorkbookState
): Promise<void> {
  // Ours by its marker and the column it watches: the formulas were read through the sheet's A1 range, relative to
  // A1 (office-js#5194), but the watched column is absolute.
  const have = (state.sheets.find((s) => s.name === w.sheet)?.conditionalFormats ?? []).map(
    (c) => c.formula
  );
  for (const rc of w.rowColourings ?? []) {
    if (hasRowColouringOf(have, rc.formula)) continue;
    const colours = ROW_COLOURS[rc.kind];
    // getRange, .conditionalFormats, .add, .custom, .rule, .format, .fill, .font; three sets.
    await batch.room(
      commandBytes(
        { ranges: 1, paths: 7, actions: 3 },
        rc.range,
        "Custom",
        rc.formula,
        colours.fill,
        colours.font
      )
    );
    const cf = sheet.getRange(rc.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = rc.formula;
    cf.custom.format.fill.color = colours.fill;
    cf.custom.format.font.color = colours.font;
  }
}

/** A new sheet's table; an existing sheet's table is resized to the plan's final range (Table.resize, ExcelApi 1.13). */
async function writeTable(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  state: WorkbookState
): Promise<void> {
  if (w.table) {
    // .tables, .add; name and style set.
    await batch.room(
      commandBytes({ paths: 2, actions: 2 }, w.table.range, true, w.table.name, TABLE_STYLE)
    );
    const t = sheet.tables.add(w.table.range, true);
    t.name = w.table.name;
    t.style = TABLE_STYLE;
    return;
  }
  const final = w.finalTable;
  if (!final) return;
  const t = state.tables.find((x) => x.name.toLowerCase() === final.name.toLowerCase());
  if (!t || final.range === t.range || !excelApi("1.13")) return;
  await batch.room(commandBytes({ paths: 1, actions: 1 }, final.range));
  t.table.resize(final.range);
}

/** The sheet a planned write goes to: added to the batch when the plan creates it, else the workbook's. */
export async function sheetOf(
  context: Excel.RequestContext,
  batch: WriteBatch,
  state: WorkbookState,
  w: SheetWrite
): Promise<Excel.Worksheet> {
  if (w.kind === "create") {
    await batch.room(commandBytes({ paths: 1, actions: 1 }, w.sheet));
    return context.workbook.worksheets.add(w.sheet);
  }
  const s = state.sheets.find((x) => x.name === w.sheet);
  if (!s) throw new Error(`No sheet "${w.sheet}"`);
  return s.sheet;
}

/** Writes one planned sheet (created or updated) into the batch: the sheet first, then what goes into it. */
export async function writeSheet(
  context: Excel.RequestContext,
  batch: WriteBatch,
  state: WorkbookState,
  w: SheetWrite,
  checks?: EnsureChecks
): Promise<void> {
  await fillSheet(batch, await sheetOf(context, batch, state, w), state, w, checks);
}

/** Everything a planned write puts into its sheet (which exists by then, as does every sheet its formulas name). */
export async function fillSheet(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  state: WorkbookState,
  w: SheetWrite,
  checks?: EnsureChecks
): Promise<void> {
  const e = w.extent;
  if (w.clear) {
    const address = `${e.firstColumn}${w.clear.fromRow}:${e.lastColumn}${w.clear.toRow}`;
    // Hyperlinks too: an earlier version linked the Findings sheet's cells with Range.hyperlink.
    await batch.room(commandBytes({ ranges: 1, actions: 2 }, address, "Contents", "Hyperlinks"));
    const r = sheet.getRange(address);
    r.clear("Contents");
    r.clear("Hyperlinks");
  }
  // Pasted only where the sheet's filters were read and hide nothing.
  const read = state.sheets.find((s) => s.name === w.sheet);
  await writeBlocks(batch, sheet, w, read?.filtered === false);
  if (w.headerCells.length > 0) {
    // getRange, .format, .font; bold set.
    if (w.kind === "create") {
      const address = `${e.firstColumn}${e.headerRow}:${e.lastColumn}${e.headerRow}`;
      await batch.room(commandBytes({ ranges: 1, paths: 2, actions: 1 }, address, true));
      sheet.getRange(address).format.font.bold = true;
    } else
      for (const h of w.headerCells) {
        await batch.room(
          commandBytes({ ranges: 1, paths: 2, actions: 1 }, `${h.column}${e.headerRow}`, true)
        );
        sheet.getRange(`${h.column}${e.headerRow}`).format.font.bold = true;
      }
  }
  await writeFormats(batch, sheet, w, checks);
  await writeValidations(batch, sheet, w, checks);
  await writeRowColouring(batch, sheet, w, state);
  for (const c of w.widths) {
    const points = widthInPoints(c.width);
    await batch.room(
      commandBytes({ ranges: 1, paths: 1, actions: 1 }, `${c.column}:${c.column}`, points)
    );
    sheet.getRange(`${c.column}:${c.column}`).format.columnWidth = points;
  }
  for (const l of w.hidden) {
    await batch.room(commandBytes({ ranges: 1, paths: 1, actions: 1 }, `${l}:${l}`, true));
    sheet.getRange(`${l}:${l}`).columnHidden = true;
  }
  if (w.freezeRows !== undefined && w.freezeRows > 0) {
    await batch.room(commandBytes({ paths: 1, actions: 1 }, w.freezeRows));
    sheet.freezePanes.freezeRows(w.freezeRows);
  }
  await writeTable(batch, sheet, w, state);
}

/**
 * Syncs of applyLayout beyond one per 4 MB sent and received: the collections, the used ranges' sizes and rules, and
 * one rounding each of the values read, the formats checked and the writes.
 */
export const APPLY_LAYOUT_SYNCS = 5;

/**
 * "Create / update plan workbook" in Excel: read, plan (core), check what the ensure steps need, write.
 * Syncs: APPLY_LAYOUT_SYNCS + ⌈bytes / 4 MB⌉.
 */
export async function applyLayout(
  context: Excel.RequestContext,
  layout: PlanWorkbookLayout,
  opts: ApplyOptions
): Promise<ApplySummary> {
  const state = await loadWorkbook(context, {
    read: (id) => id !== undefined && id !== "timeline" && id !== "dashboard" && id !== "review",
    tables: true,
    names: true,
    conditionalFormats: (id) => id !== undefined,
    filters: true,
  });
  const inputs = state.sheets.flatMap((s) => (s.input ? [s.input] : []));
  const update = planUpdate(inputs, layout, { sample: opts.sample, tables: state.tables });
  const writes = update.sheets.filter((p): p is SheetWrite => p.kind !== "conflict");
  const checks = await checkExisting(context, state, writes);

  const batch = new WriteBatch(context);
  // Every new sheet and workbook name first, then the cells: Excel resolves a sheet name when a formula (a dropdown
  // source, a name's reference) is entered, and takes one it does not know for another workbook — for good.
  const sheets: Excel.Worksheet[] = [];
  for (const w of writes) sheets.push(await sheetOf(context, batch, state, w));
  const have = new Set(state.names.map((n) => n.toLowerCase()));
  for (const n of update.names) {
    if (have.has(n.name.toLowerCase())) continue;
    await batch.room(commandBytes({ paths: 1, actions: 1 }, n.name, `=${n.ref}`));
    context.workbook.names.add(n.name, `=${n.ref}`);
  }
  for (let i = 0; i < writes.length; i++)
    await fillSheet(batch, sheets[i], state, writes[i], checks);
  await batch.sync();
  return update.summary;
}
