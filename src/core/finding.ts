import { cellAddress } from "./cells";
import type { Row } from "./plan";
import type { RuleId } from "./rules/ruleIds";
import type { SheetId } from "./schema/types";

export type Severity = "error" | "warning";

/** A cell a finding points at (sheet as named in the workbook). */
export interface CellRef {
  sheetId: SheetId;
  sheet: string;
  row: number;
  column: string;
}

export type Params = Record<string, string | number>;

/** What a rule (or the reader) reports, before messages are rendered and waivers applied. */
export interface Hit {
  rule: RuleId;
  at: CellRef;
  params?: Params;
  related?: CellRef[];
  /** The SKU the finding concerns, so a Waivers row may name the SKU instead of the cell. */
  sku?: string;
}

/** The public finding shape of spec §3 (CLI JSON, Findings sheet, task pane). */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  row: number;
  column: string;
  address: string;
  message: string;
  related: string[];
  /** Present and true when a Waivers row accepts this finding. */
  waived?: boolean;
  /** The waiver's reason, with `waived`. */
  reason?: string;
}

export function refAddress(ref: CellRef): string {
  return cellAddress(ref.sheet, ref.column, ref.row);
}

/**
 * The cell of `field` in a row. When the sheet has no such column (an optional column the planner deleted),
 * falls back to the first of `fallbacks` that exists, then to the row's first column — always a real cell.
 */
export function cellOf<T>(
  r: Row<T>,
  field: keyof T & string,
  ...fallbacks: (keyof T & string)[]
): CellRef {
  let column = r.cols[field];
  for (const f of fallbacks) {
    if (column) break;
    column = r.cols[f];
  }
  if (!column) {
    const letters = Object.values(r.cols) as string[];
    column = letters.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? "A";
  }
  return { sheetId: r.sheetId, sheet: r.sheet, row: r.row, column };
}
