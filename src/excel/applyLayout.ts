/**
 * Executes the core's update plans (src/core/write/update.ts) through Office.js: whole ranges per write, batches of at
 * most 4 MB, calculation suspended while a batch runs. Existing sheets only get what the plan asks for, and the
 * "ensure" parts (number formats, dropdowns, row colouring) only where the workbook lacks them, which is read back in
 * one more sync (or one per 4 MB of formats) before writing.
 */
import { columnIndex, columnLetter } from "../core/cells";
import type { ApplyOptions, ApplySummary } from "../core/port";
import { rangePos } from "../core/write/addresses";
import { isLinkCell } from "../core/write/layout";
import type { PlanWorkbookLayout } from "../core/write/planWorkbook";
import { isRowColouring } from "../core/write/rowColouring";
import {
  planUpdate,
  type FormatRange,
  type ListValidation,
  type SheetWrite,
} from "../core/write/update";
import {
  COMMAND_BYTES,
  MAX_REQUEST_BYTES,
  payloadBytes,
  pieces,
  WriteBatch,
  writeRows,
} from "./chunks";
import { excelCell } from "./excelCell";
import { excelApi } from "./requirements";
import { loadWorkbook, type WorkbookState } from "./readSheets";

export const TABLE_STYLE = "TableStyleMedium2";
/** Light red with dark red text (a row that breaks a rule), light amber with brown text (a suggestion). */
const ROW_COLOURS: Record<"flag" | "suggestion", { fill: string; font: string }> = {
  flag: { fill: "#FFC7CE", font: "#9C0006" },
  suggestion: { fill: "#FFEB9C", font: "#9C5700" },
};
/** Bytes of a command without a payload of its own (a bold header, a width…). */
/** Rows of a number-format check read at once (its response is estimated per cell). */
const FORMAT_BYTES_PER_CELL = 16;

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
    for (const validation of w.validations) items.push({ sheet, validation, bytes: COMMAND_BYTES });
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

/** Writes the blocks of cells (formulas and values as 2-D `formulas`, within the budget), then their links. */
async function writeBlocks(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite
): Promise<void> {
  for (const b of w.blocks) {
    await writeRows(
      batch,
      sheet,
      b.column,
      b.row,
      b.cells.map((r) => r.map(excelCell))
    );
    const first = columnIndex(b.column);
    for (let i = 0; i < b.cells.length; i++)
      for (let j = 0; j < b.cells[i].length; j++) {
        const v = b.cells[i][j];
        if (!isLinkCell(v)) continue;
        const hyperlink: Excel.RangeHyperlink = {
          documentReference: v.link,
          textToDisplay: v.text,
        };
        await batch.room(payloadBytes(hyperlink) + COMMAND_BYTES);
        sheet.getRange(`${columnLetter(first + j)}${b.row + i}`).hyperlink = hyperlink;
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
    const bytes = wanted.map((r) => payloadBytes(r) + 1);
    for (const [from, to] of pieces(
      bytes,
      batch.free - COMMAND_BYTES,
      batch.budget - COMMAND_BYTES
    )) {
      const slice = wanted.slice(from, to);
      if (slice.every((r) => r[0] === null)) continue;
      await batch.room(bytes.slice(from, to).reduce((a, x) => a + x, 0) + COMMAND_BYTES);
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
    await batch.room(payloadBytes(rule) + payloadBytes(alert) + COMMAND_BYTES);
    const dv = sheet.getRange(`${v.column}${v.fromRow}:${v.column}${v.toRow}`).dataValidation;
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
  const rc = w.rowColouring;
  if (!rc) return;
  // Ours by its marker: the formulas were read through the sheet's A1 range, relative to A1 (office-js#5194).
  const have = state.sheets.find((s) => s.name === w.sheet)?.conditionalFormats ?? [];
  if (have.some((c) => isRowColouring(c.formula))) return;
  await batch.room(COMMAND_BYTES + payloadBytes(rc.formula));
  const cf = sheet.getRange(rc.range).conditionalFormats.add("Custom");
  cf.custom.rule.formula = rc.formula;
  cf.custom.format.fill.color = ROW_COLOURS[rc.kind].fill;
  cf.custom.format.font.color = ROW_COLOURS[rc.kind].font;
}

/** A new sheet's table; an existing sheet's table (the one on its header row) grows to the plan's extent. */
async function writeTable(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  w: SheetWrite,
  state: WorkbookState
): Promise<void> {
  if (w.table) {
    await batch.room(COMMAND_BYTES);
    const t = sheet.tables.add(w.table.range, true);
    t.name = w.table.name;
    t.style = TABLE_STYLE;
    return;
  }
  const e = w.extent;
  const first = columnIndex(e.firstColumn);
  const last = columnIndex(e.lastColumn);
  for (const t of state.tables) {
    if (t.sheet !== w.sheet) continue;
    const r = rangePos(t.range);
    if (!r || r.from.row !== e.headerRow || r.to.col < first || r.from.col > last) continue;
    const toCol = Math.max(r.to.col, last);
    const toRow = w.clear ? Math.max(e.lastRow, r.from.row + 1) : Math.max(r.to.row, e.lastRow);
    const range = `${columnLetter(r.from.col)}${r.from.row}:${columnLetter(toCol)}${toRow}`;
    if (range === t.range || !excelApi("1.13") /* Table.resize */) return;
    await batch.room(COMMAND_BYTES);
    t.table.resize(range);
    return;
  }
}

/** The sheet a planned write goes to: added to the batch when the plan creates it, else the workbook's. */
export async function sheetOf(
  context: Excel.RequestContext,
  batch: WriteBatch,
  state: WorkbookState,
  w: SheetWrite
): Promise<Excel.Worksheet> {
  if (w.kind === "create") {
    await batch.room(COMMAND_BYTES);
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
async function fillSheet(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  state: WorkbookState,
  w: SheetWrite,
  checks?: EnsureChecks
): Promise<void> {
  const e = w.extent;
  if (w.clear) {
    await batch.room(COMMAND_BYTES);
    const r = sheet.getRange(`${e.firstColumn}${w.clear.fromRow}:${e.lastColumn}${w.clear.toRow}`);
    r.clear("Contents");
    r.clear("Hyperlinks");
  }
  await writeBlocks(batch, sheet, w);
  if (w.headerCells.length > 0) {
    if (w.kind === "create") {
      await batch.room(COMMAND_BYTES);
      sheet.getRange(
        `${e.firstColumn}${e.headerRow}:${e.lastColumn}${e.headerRow}`
      ).format.font.bold = true;
    } else
      for (const h of w.headerCells) {
        await batch.room(COMMAND_BYTES);
        sheet.getRange(`${h.column}${e.headerRow}`).format.font.bold = true;
      }
  }
  await writeFormats(batch, sheet, w, checks);
  await writeValidations(batch, sheet, w, checks);
  await writeRowColouring(batch, sheet, w, state);
  for (const c of w.widths) {
    await batch.room(COMMAND_BYTES);
    sheet.getRange(`${c.column}:${c.column}`).format.columnWidth = widthInPoints(c.width);
  }
  if (w.freezeRows !== undefined && w.freezeRows > 0) {
    await batch.room(COMMAND_BYTES);
    sheet.freezePanes.freezeRows(w.freezeRows);
  }
  await writeTable(batch, sheet, w, state);
}

/** "Create / update plan workbook" in Excel: read, plan (core), check what the ensure steps need, write. */
export async function applyLayout(
  context: Excel.RequestContext,
  layout: PlanWorkbookLayout,
  opts: ApplyOptions
): Promise<ApplySummary> {
  const state = await loadWorkbook(context, {
    read: (id) => id !== undefined && id !== "timeline" && id !== "dashboard",
    tables: true,
    names: true,
    conditionalFormats: (id) => id !== undefined,
  });
  const inputs = state.sheets.flatMap((s) => (s.input ? [s.input] : []));
  const update = planUpdate(inputs, layout, {
    sample: opts.sample,
    tableNames: state.tables.map((t) => t.name),
  });
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
    await batch.room(COMMAND_BYTES + payloadBytes(n));
    context.workbook.names.add(n.name, `=${n.ref}`);
  }
  for (let i = 0; i < writes.length; i++)
    await fillSheet(batch, sheets[i], state, writes[i], checks);
  await batch.sync();
  return update.summary;
}
