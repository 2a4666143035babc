/** Shared formulas (`<f t="shared" si="0">`): a follower cell gets its master's formula moved to the follower's place. */
import { shiftFormula } from "../read/formulaSyntax";
import type { ScannedCell } from "./worksheetScanner";

export class SharedFormulas {
  private readonly masters = new Map<string, { text: string; row: number; col: number }>();

  /** Notes a formula cell: the master of a shared formula (its text written out) is kept for its followers. */
  note(cell: ScannedCell): void {
    if (cell.formulaType === "shared" && cell.formulaSi !== undefined && cell.formula !== "")
      this.masters.set(cell.formulaSi, { text: cell.formula, row: cell.row, col: cell.col });
  }

  /** A formula cell's formula: its own text, or a follower's master's moved to it ("" when it cannot be moved). */
  formulaOf(cell: ScannedCell): string {
    if (cell.formula !== "" || cell.formulaType !== "shared" || cell.formulaSi === undefined)
      return cell.formula;
    const master = this.masters.get(cell.formulaSi);
    return master
      ? (shiftFormula(master.text, cell.row - master.row, cell.col - master.col) ?? "")
      : "";
  }
}
