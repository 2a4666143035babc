/** Cell values as the reader meets them: whatever a grid holds becomes a CellValue, and any value can be shown in a message. */
import { errorCode, isCellError, type CellValue } from "../cells";
import { isoOfSerial, dateToSerial } from "./dates";
import { DateClass } from "./globals";
import { capText } from "../messageText";

const MAX_DEPTH = 4;

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return "[object]";
  }
}

/**
 * A grid cell as a CellValue. Primitives, Dates and error objects pass as they are; ExcelJS's object values are
 * unwrapped (a formula's cached result, rich text, a hyperlink's text); a formula without a cached result is blank;
 * anything else becomes its text, so it is reported rather than dropped.
 */
export function normCell(v: unknown, depth = 0): CellValue {
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
    case "undefined":
      return v;
    case "bigint":
      return Number(v);
    case "object":
      break;
    default:
      return safeString(v);
  }
  if (v === null) return null;
  try {
    if (v instanceof DateClass) return v;
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (depth < MAX_DEPTH) {
      if ("result" in o) return normCell(o.result, depth + 1);
      if ("formula" in o || "sharedFormula" in o) return undefined;
      if (Array.isArray(o.richText)) {
        return o.richText
          .map((r: unknown) =>
            r && typeof (r as { text?: unknown }).text === "string"
              ? (r as { text: string }).text
              : ""
          )
          .join("");
      }
      if ("text" in o) return normCell(o.text, depth + 1);
    }
  } catch {
    // A hostile object (a throwing getter): shown by its text below.
  }
  return safeString(v);
}

/** Blank: nothing, or only white space. */
export function isBlankCell(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  return v.length === 0 || ((v.charCodeAt(0) <= 32 || v.charCodeAt(0) > 127) && v.trim() === "");
}

/** `errorCode` with a fast path: text without a `#` is never an error. */
export function errorOf(v: CellValue): string | null {
  if (typeof v === "string") return v.indexOf("#") < 0 ? null : errorCode(v);
  return typeof v === "object" && v !== null ? errorCode(v) : null;
}

/** A text cell's string: trimmed; a number as Excel shows it in General (SKU 10023 → "10023"); a date as 2027-06-18. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isoOfSerial(dateToSerial(v));
  if (isCellError(v)) return v.error;
  return "";
}

/** The value as a message shows it (trimmed, at most 60 characters). */
export function shownValue(v: CellValue): string {
  return capText(v instanceof Date && !Number.isFinite(v.getTime()) ? "Invalid Date" : cellText(v));
}
