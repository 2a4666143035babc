/** Sheet-qualified A1 addresses as findings carry them: `Promotions!E12`, `'My sheet'!B2:C3`. */
import { columnIndex } from "../cells";

export interface CellRefParts {
  /** The sheet's name, unquoted; undefined for an address without one. */
  sheet?: string;
  /** The A1 part without `$`: `E12` or `B2:C3`. */
  cell: string;
}

export function splitAddress(address: string): CellRefParts {
  const bang = address.lastIndexOf("!");
  const cell = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "").toUpperCase();
  if (bang < 0) return { cell };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell };
}

export interface CellPos {
  /** 1-based. */
  row: number;
  col: number;
}

/** `E12` → { row: 12, col: 5 }; undefined for anything else. */
export function cellPos(a1: string): CellPos | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/i.exec(a1.replace(/\$/g, "").trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/** `B2:C3` (or `B2`) → its corners; undefined for anything else. */
export function rangePos(a1: string): { from: CellPos; to: CellPos } | undefined {
  const [a, b] = a1.split(":");
  const from = cellPos(a);
  const to = b === undefined ? from : cellPos(b);
  if (!from || !to) return undefined;
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  };
}
