/**
 * Request budgets. Excel on the web rejects a request or response over 5 MB, so every batch stays within 4 MB. A
 * write is budgeted at what Office.js's serializer sends for it: the JSON of its arguments (exact) plus, per object
 * path it creates and per action, what the serializer wraps around them (measured with Office.js's own client,
 * test/excel/requestCost.test.ts). Reads are estimated per cell and the estimate corrected by what each read returned.
 * A batch is synced only when the next command would not fit (and once at the end): an operation costs a constant
 * number of syncs, c, written next to it, plus one per 4 MB sent and received.
 */
import { columnIndex, columnLetter } from "../core/cells";

export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The syncs an operation may take: its constant c plus one per 4 MB sent and received. */
export function syncBound(c: number, bytes: number): number {
  return c + Math.ceil(bytes / MAX_REQUEST_BYTES);
}

/**
 * What Office.js's serializer sends (measured with its own client inside Excel.run, test/excel/requestCost.test.ts;
 * figures for object-path ids of 4–5 digits, a 4 MB batch's): per Range or RangeAreas a command makes — its path, its
 * instantiation, and the reference Excel.run keeps to it (a `_KeepReference` and a second instantiation) — about 290
 * bytes; per other object path (`.format`, `.font`, `.conditionalFormats`, `.add(…)`) with its instantiation about
 * 140; per action (a property set, a method call) 100–140; each besides the JSON of its arguments.
 */
export const RANGE_BYTES = 320;
export const PATH_BYTES = 160;
export const ACTION_BYTES = 150;
/** What every request repeats: the paths of the workbook, its worksheet collection and the sheets it writes to. */
export const REQUEST_BYTES = 4096;

/** A command's objects: the ranges it makes, its other object paths, its actions. */
export interface CommandShape {
  ranges?: number;
  paths?: number;
  actions?: number;
}

/**
 * The bytes a command sends: its objects and the JSON of each argument (addresses and values). E.g.
 * `sheet.getRange("D2").format.font.bold = true` is commandBytes({ ranges: 1, paths: 2, actions: 1 }, "D2", true).
 */
export function commandBytes(shape: CommandShape, ...args: unknown[]): number {
  let n =
    (shape.ranges ?? 0) * RANGE_BYTES +
    (shape.paths ?? 0) * PATH_BYTES +
    (shape.actions ?? 0) * ACTION_BYTES;
  for (const a of args) n += payloadBytes(a);
  return n;
}

/** UTF-8 length of a string (what goes over the wire), without TextEncoder (absent in some test DOMs). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The payload of a value as sent or returned: its JSON, in UTF-8 bytes. */
export function payloadBytes(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : utf8Length(json);
}

/**
 * Office.js splits a 2-D write (values, formulas, number formats) of more than 1,500 cells into row chunks of about
 * 1,500 cells (setRangePropertiesInBulk in its client): a `_ValidateArraySize` call, then per chunk two getRow paths,
 * their bounding rectangle and the set. What that adds per row of a grid `columns` wide, and per write.
 */
export const BULK_CELLS = 1500;
const CHUNK_BYTES = commandBytes({ ranges: 3, actions: 1 }, 1_000_000, 1_000_000);

export function gridRowOverhead(columns: number): number {
  return Math.ceil(CHUNK_BYTES / Math.max(1, Math.round(BULK_CELLS / Math.max(1, columns))));
}

/** A 2-D write's own bytes, its grid aside: the range, the set, and a chunk's worth of Office.js's split. */
export function gridCommandBytes(address: string): number {
  return commandBytes({ ranges: 1, actions: 2 }, address, [1_000_000, 16_384]) + CHUNK_BYTES;
}

/** What writeRows budgets for `grid` written at `address` in one piece. */
export function gridWriteBytes(address: string, grid: readonly unknown[][]): number {
  const extra = gridRowOverhead(grid[0]?.length ?? 1);
  let n = gridCommandBytes(address);
  for (const r of grid) n += payloadBytes(r) + 1 + extra;
  return n;
}

/**
 * A write batch: `room(bytes)` before queueing a command of that payload syncs the batch first when the command would
 * not fit. Each batch suspends calculation until its sync (many formulas are written at once).
 */
export class WriteBatch {
  private used = REQUEST_BYTES;
  private queued = false;
  /** The syncs (requests) this batch has made. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = MAX_REQUEST_BYTES
  ) {}

  async room(bytes: number): Promise<void> {
    if (this.queued && this.used + bytes > this.limit) await this.sync();
    if (!this.queued) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.queued = true;
      this.used += commandBytes({ actions: 1 });
    }
    this.used += bytes;
  }

  /** What is left in the current batch (a whole batch's room when nothing is queued). */
  get free(): number {
    return this.queued ? Math.max(0, this.limit - this.used) : this.budget;
  }

  /** The room of an empty batch. */
  get budget(): number {
    return this.limit - REQUEST_BYTES - commandBytes({ actions: 1 });
  }

  /** Syncs what is queued (nothing when nothing is). */
  async sync(): Promise<void> {
    if (!this.queued) return;
    this.syncs++;
    await this.context.sync();
    this.used = REQUEST_BYTES;
    this.queued = false;
  }
}

/**
 * Splits rows into consecutive pieces whose payload fits the batch: the first piece fills what is left of the current
 * batch, the next ones a whole budget each (a row larger than a budget goes alone). Returns [from, to) index pairs.
 */
export function pieces(
  rowBytes: readonly number[],
  free: number,
  budget: number
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let used = 0;
  let room = free;
  for (let i = 0; i < rowBytes.length; i++) {
    const b = rowBytes[i];
    if (i > start && used + b > room) {
      out.push([start, i]);
      start = i;
      used = 0;
      room = budget;
    } else if (i === start && b > room && room < budget) {
      // Not even one row fits what is left: start this piece in a fresh batch.
      room = budget;
    }
    used += b;
  }
  if (start < rowBytes.length) out.push([start, rowBytes.length]);
  return out;
}

/**
 * Writes rows of cells (Office.js `formulas`: formulas and values) from `column``row` down, in pieces that keep every
 * request within the budget; rows shorter than the widest are padded with "".
 */
export async function writeRows(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  column: string,
  row: number,
  rows: readonly (string | number | boolean | null)[][]
): Promise<void> {
  // A loop, not Math.max(...rows): a spread of 200,000 arguments overflows the call stack.
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  const last = columnLetter(columnIndex(column) + width - 1);
  const grid = rows.map((r) =>
    r.length < width ? [...r, ...new Array(width - r.length).fill("")] : r
  );
  const extra = gridRowOverhead(width);
  const bytes = grid.map((r) => payloadBytes(r) + 1 + extra);
  // sheet.getRange("A1:E9").formulas = grid, split by Office.js as it sends it.
  const command = gridCommandBytes(`${column}${row}:${last}${row + rows.length}`);
  for (const [from, to] of pieces(bytes, batch.free - command, batch.budget - command)) {
    let size = command;
    for (let i = from; i < to; i++) size += bytes[i];
    await batch.room(size);
    sheet.getRange(`${column}${row + from}:${last}${row + to - 1}`).formulas = grid.slice(from, to);
  }
}
