/**
 * A formula column written as shared formulas (`<f t="shared" ref="K2:K50001" si="0">` on its first cell, `<f
 * t="shared" si="0"/>` on the others), as Excel stores a filled column: the 230-character formula of each of 50,000
 * rows is written once. A cell joins the shared formula above it only when its own formula is exactly the master's
 * moved down to it as the readers move it (src/core/read/formulaSyntax.ts shiftFormula: the CLI's reader and the
 * preview's; Excel, LibreOffice and openpyxl move relative cell references the same way); any other is written as it
 * is. The check compares texts piece by piece against a template of the master, without tokenizing each cell.
 */
import { columnLetter } from "../../core/cells";
import { shiftFormula, tokenize } from "../../core/read/formulaSyntax";

const MAX_ROW = 1048576;

export class RowShiftTemplate {
  private constructor(
    /** Fixed text, and the row numbers of the relative references (as written in the master's row). */
    private readonly pieces: readonly (string | number)[],
    private readonly row: number,
    private readonly maxRefRow: number
  ) {}

  /**
   * The template of `formula` written in `row`; undefined when the readers could not move it (a relative whole
   * column or row, a part the tokenizer cannot split) or it is not written as they write a moved formula (spaces,
   * lower-case references): such a formula is not shared.
   */
  static of(formula: string, row: number): RowShiftTemplate | undefined {
    if (shiftFormula(formula, 1, 0) === undefined) return undefined;
    const tokens = tokenize(formula);
    if (!tokens) return undefined;
    const pieces: (string | number)[] = [];
    let text = "";
    let maxRefRow = 0;
    for (const t of tokens) {
      if (t.kind !== "ref") {
        text += t.text;
        continue;
      }
      // As shiftFormula renders a reference: its sheet as written, the column in capitals.
      const sheet = t.text.slice(0, t.text.lastIndexOf("!") + 1);
      text += `${sheet}${t.colAbs ? "$" : ""}${columnLetter(t.col)}${t.rowAbs ? "$" : ""}`;
      if (t.rowAbs) {
        text += String(t.row);
        continue;
      }
      pieces.push(text, t.row);
      text = "";
      maxRefRow = Math.max(maxRefRow, t.row);
    }
    if (text !== "") pieces.push(text);
    const template = new RowShiftTemplate(pieces, row, maxRefRow);
    // The master itself must read back as written: the template is the readers' rendering of it.
    return template.matches(formula, row) ? template : undefined;
  }

  /** Whether `formula`, written in `row`, is this template's formula moved there. */
  matches(formula: string, row: number): boolean {
    const d = row - this.row;
    if (d < 0 || this.maxRefRow + d > MAX_ROW) return false;
    let at = 0;
    for (const p of this.pieces) {
      const s = typeof p === "string" ? p : String(p + d);
      if (!formula.startsWith(s, at)) return false;
      at += s.length;
    }
    return at === formula.length;
  }
}
