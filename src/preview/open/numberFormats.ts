/** A cell style's number format as the code the preview shows and the download writes (built-in ids as ExcelJS names them). */
import type { StyleFormat } from "../../core/xlsx/workbookParts";
import { isDateStyleFormat } from "../../core/xlsx/workbookParts";

export const GENERAL = "General";

/** ECMA-376 §18.8.30's built-in formats (the locale-independent ones, as ExcelJS writes them). */
const BUILTIN: Record<number, string> = {
  0: GENERAL,
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The format code of a style: its own code, a built-in's, a date format for the East Asian date ids, else General. */
export function formatCode(f: StyleFormat | undefined): string {
  if (!f) return GENERAL;
  if (f.code !== undefined && f.code !== "") return f.code;
  return BUILTIN[f.numFmtId] ?? (isDateStyleFormat(f) ? "yyyy-mm-dd" : GENERAL);
}
