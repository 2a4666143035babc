/**
 * The messages between the page's value mirror (./engineClient.ts) and the formula engine (./engineHost.ts, in the
 * engine worker ./engineWorker.ts, or in-process in Node). Everything in them is structured-clonable.
 *
 * A bulk write is `begin`, any number of `rows`, then `end` (one id): the engine loads the rows with evaluation
 * suspended and evaluates once at `end`. An edit is `set`. Every request is answered, in the order sent, by zero or
 * more `results` (formula cells' new values, by sheet) and then `done`, or by `error`.
 */
import type { RawCellContent } from "hyperformula";
import type { CellValue } from "../../core/cells";
import type { PackedGrid } from "../packedGrid";

export type EngineRequest =
  | {
      kind: "begin";
      id: number;
      /** A new engine from these sheets; else these sheets' contents are replaced in the engine as it is. */
      rebuild: boolean;
      sheets: string[];
    }
  | {
      kind: "rows";
      id: number;
      sheet: string;
      /** 0-based row of rows[0] */ from: number;
      /** The cells' content, packed (../formulaEngine.ts's packedContentRows): the host makes it raw (engineRows). */
      rows: PackedGrid;
    }
  | { kind: "end"; id: number; /** The workbook's names → reference. */ names: [string, string][] }
  | { kind: "set"; id: number; cells: EngineEdit[] };

/** One cell's new content (1-based row and column). */
export interface EngineEdit {
  sheet: string;
  row: number;
  col: number;
  content: RawCellContent;
}

/** A formula cell's result: 1-based row, column, value, and the engine's message for an error. */
export type ResultCell = [row: number, col: number, value: CellValue, message?: string];

export type EngineReply =
  | { kind: "results"; id: number; sheet: string; cells: ResultCell[] }
  | { kind: "done"; id: number }
  | { kind: "error"; id: number; message: string };

/** The engine worker's script, built as its own bundle next to preview.js (webpack.config.js's previewConfig). */
export const ENGINE_WORKER_SCRIPT = "engineWorker.js";

/** At most this many results per `results` message: the page applies one message per task. */
export const RESULTS_PER_MESSAGE = 20_000;
