/** Cells as a version's JSON holds them: JSON's own values, a date `{"d": ms}` and an error `{"e": "#N/A"}`. */
import { isCellError, type CellValue } from "../cells";

export type StoredCell = string | number | boolean | null | { d: number } | { e: string };

export function storeCell(v: CellValue): StoredCell {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { e: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isFinite(t) ? { d: t } : { e: "#VALUE!" };
  }
  if (isCellError(v)) return { e: v.error };
  return null;
}

export function loadCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.d === "number") return new Date(o.d);
    if (typeof o.e === "string") return { error: o.e };
  }
  return null;
}
