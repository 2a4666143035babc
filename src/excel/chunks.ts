/**
 * Request budgets. Excel on the web rejects a request or response over 5 MB, so every batch stays within 4 MB: writes
 * are measured exactly (the JSON of what is set), reads are estimated per cell and the estimate corrected by what each
 * read returned. A batch is synced only when the next piece would not fit (and once at the end): a plan costs a
 * constant number of syncs plus one per 4 MB of payload.
 */
import { columnIndex, columnLetter } from "../core/cells";

export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** What one command costs beyond its payload (the range address, the property name, the request's framing). */
export const COMMAND_BYTES = 200;

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
 * A write batch: `room(bytes)` before queueing a command of that payload syncs the batch first when the command would
 * not fit. Each batch suspends calculation until its sync (many formulas are written at once).
 */
export class WriteBatch {
  private used = 0;
  private queued = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = MAX_REQUEST_BYTES
  ) {}

  async room(bytes: number): Promise<void> {
    if (this.queued && this.used + bytes > this.limit) await this.sync();
    if (!this.queued) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.queued = true;
    }
    this.used += bytes;
  }

  /** What is left in the current batch (the whole budget when nothing is queued). */
  get free(): number {
    return this.queued ? Math.max(0, this.limit - this.used) : this.limit;
  }

  get budget(): number {
    return this.limit;
  }

  /** Syncs what is queued (nothing when nothing is). */
  async sync(): Promise<void> {
    if (!this.queued) return;
    await this.context.sync();
    this.used = 0;
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
  const width = Math.max(1, ...rows.map((r) => r.length));
  const last = columnLetter(columnIndex(column) + width - 1);
  const grid = rows.map((r) =>
    r.length < width ? [...r, ...new Array(width - r.length).fill("")] : r
  );
  const bytes = grid.map((r) => payloadBytes(r) + 1);
  for (const [from, to] of pieces(
    bytes,
    batch.free - COMMAND_BYTES,
    batch.budget - COMMAND_BYTES
  )) {
    let size = COMMAND_BYTES;
    for (let i = from; i < to; i++) size += bytes[i];
    await batch.room(size);
    sheet.getRange(`${column}${row + from}:${last}${row + to - 1}`).formulas = grid.slice(from, to);
  }
}
