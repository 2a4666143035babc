/**
 * SpreadsheetML's `_xHHHH_` escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): a character XML cannot hold (a carriage
 * return, a control character) is written as `_x000D_`, and a literal `_x` that would read as one as `_x005F_x`.
 * Excel and XlsxWriter write them in shared and inline strings and in formulas' text results.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text with its escapes decoded (a single pass, so `_x005F_x000D_` stays the literal text `_x000D_`). */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
