/** "Apply allocation" and "Undo allocation": the Amount cells that change, and the undo document kept in the workbook. */
import type { BudgetAllocation } from "../../core/budget";
import { refAddress } from "../../core/finding";

/** The workbook setting that keeps the amounts before the last "Apply allocation". */
export const BUDGET_UNDO_SETTING = "budgetUndo";

export interface AmountChange {
  address: string;
  channel: string;
  row: number;
  from: number;
  to: number;
}

/** Every Budget line whose allocated amount differs from what the sheet holds now, in sheet order. */
export function amountChanges(allocation: BudgetAllocation): AmountChange[] {
  const out: AmountChange[] = [];
  for (const ch of allocation.channels)
    for (const line of ch.lines)
      if (line.allocated.spend !== line.current.spend)
        out.push({
          address: refAddress(line.amountCell),
          channel: ch.channel,
          row: line.row,
          from: line.current.spend,
          to: line.allocated.spend,
        });
  return out.sort((a, b) => a.row - b.row);
}

export interface BudgetUndo {
  cells: { address: string; value: number }[];
}

export function undoDocument(changes: readonly AmountChange[]): string {
  const doc: BudgetUndo = { cells: changes.map((c) => ({ address: c.address, value: c.from })) };
  return JSON.stringify(doc);
}

/** The undo document, or null when none is kept (never set, cleared, or not ours). */
export function parseUndo(text: string | undefined): BudgetUndo | null {
  if (!text) return null;
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== "object" || doc === null || !("cells" in doc) || !Array.isArray(doc.cells))
      return null;
    const cells: BudgetUndo["cells"] = [];
    for (const c of doc.cells as unknown[]) {
      if (typeof c !== "object" || c === null) return null;
      const { address, value } = c as { address?: unknown; value?: unknown };
      if (typeof address !== "string" || typeof value !== "number") return null;
      cells.push({ address, value });
    }
    return cells.length > 0 ? { cells } : null;
  } catch {
    return null;
  }
}
