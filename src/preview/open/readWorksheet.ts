/**
 * A worksheet part as a preview sheet, read by the scanner the CLI uses (src/core/xlsx/worksheetScanner.ts): every
 * cell's value (decoded by the CLI's code, src/core/xlsx/cellDecoding.ts) and formula (shared formulas moved to each
 * cell), number formats, hidden rows, column widths and hidden columns, frozen panes, merged cells, list dropdowns,
 * and our row colouring; other conditional formats are counted (the preview does not draw them).
 */
import { columnLetter, type CellValue } from "../../core/cells";
import { formulaAsShown } from "../../core/formulaNames";
import { HIGHLIGHT_MARKER } from "../../core/presentation";
import { isRowColouring } from "../../core/write/rowColouring";
import { cellValue, type SheetXmlContext } from "../../core/xlsx/cellDecoding";
import { SharedFormulas } from "../../core/xlsx/sharedFormulas";
import type {
  ScannedCell,
  TagAttributes,
  WorksheetCollector as ScannerCollector,
  XmlAttributes,
} from "../../core/xlsx/worksheetScanner";
import { MemorySheet, type MemoryCell } from "../memoryWorkbook";
import { GENERAL } from "./numberFormats";

export interface WorksheetContext extends SheetXmlContext {
  /** The number format code of cell style `s`. */
  formatOf(styleId: number): string;
}

export interface WorksheetRead {
  sheet: MemorySheet;
  /** Conditional-format rules the preview does not draw (kept out of the download). */
  otherConditionalFormats: number;
}

const MAX_COLUMN = 16_384;

export function blankMemorySheet(name: string): MemorySheet {
  return new MemorySheet(name);
}

const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

/**
 * A collector of the shared worksheet scanner (src/core/xlsx/worksheetScanner.ts) that builds the preview's sheet:
 * hand it to the scanner, then take `result()`.
 */
export class WorksheetCollector implements ScannerCollector {
  private readonly sheet: MemorySheet;
  private otherConditionalFormats = 0;
  private readonly shared = new SharedFormulas();
  // <dataValidation> and <conditionalFormatting> being read, and the text of their formula being read.
  private validation: { sqref: string; list: boolean } | undefined;
  private cfRange: string | undefined;
  private cfType: string | undefined;
  private textOf: "formula1" | "formula" | undefined;
  private formula1 = "";
  private cfFormula = "";

  constructor(
    name: string,
    private readonly ctx: WorksheetContext
  ) {
    this.sheet = blankMemorySheet(name);
  }

  row(row: number, attributes: TagAttributes): void {
    if (isTrue(attributes.get("hidden"))) this.sheet.hiddenRows.add(row);
  }

  cell(c: ScannedCell): void {
    let formula: string | undefined;
    if (c.hasFormula) {
      this.shared.note(c);
      formula = this.shared.formulaOf(c);
      if (formula === "") formula = undefined;
    }
    const value: CellValue = cellValue(c.type, c.style, c.text, this.ctx);
    const numFmt = this.ctx.formatOf(c.style);
    if (formula === undefined && (value === null || value === "") && numFmt === GENERAL) return;
    const cell: MemoryCell = { value: value === "" && formula === undefined ? null : value };
    if (formula !== undefined) cell.formula = formulaAsShown(formula);
    if (numFmt !== GENERAL) cell.numFmt = numFmt;
    this.sheet.setCellAt(c.row, c.col, cell);
  }

  open(name: string, a: XmlAttributes): void {
    const sheet = this.sheet;
    switch (name) {
      case "col": {
        const min = Math.max(1, Number(a.min) || 0);
        const max = Math.min(MAX_COLUMN, Number(a.max) || min);
        for (let c = min; c <= max; c++) {
          const letter = columnLetter(c);
          if (a.width !== undefined && isTrue(a.customWidth ?? "1"))
            sheet.widths.set(letter, Number(a.width));
          if (isTrue(a.hidden)) sheet.hiddenColumns.add(letter);
        }
        break;
      }
      case "pane":
        if (a.state === "frozen" || a.state === "frozenSplit") {
          sheet.frozenRows = Math.max(0, Math.floor(Number(a.ySplit) || 0));
          sheet.frozenColumns = Math.max(0, Math.floor(Number(a.xSplit) || 0));
        }
        break;
      case "mergeCell":
        if (a.ref) sheet.merges.push(a.ref);
        break;
      case "dataValidation":
        this.validation = { sqref: a.sqref ?? "", list: a.type === "list" };
        this.formula1 = "";
        break;
      case "formula1":
        if (this.validation !== undefined) this.textOf = "formula1";
        break;
      case "conditionalFormatting":
        this.cfRange = a.sqref;
        break;
      case "cfRule":
        this.cfType = a.type;
        this.cfFormula = "";
        break;
      case "formula":
        if (this.cfRange !== undefined) this.textOf = "formula";
        break;
    }
  }

  text(text: string): void {
    if (this.textOf === "formula1") this.formula1 += text;
    else if (this.textOf === "formula") this.cfFormula += text;
  }

  close(name: string): void {
    const sheet = this.sheet;
    switch (name) {
      case "formula1":
      case "formula":
        this.textOf = undefined;
        break;
      case "dataValidation": {
        const f = this.formula1.trim();
        if (this.validation?.list && f !== "")
          for (const range of this.validation.sqref.split(/\s+/).filter(Boolean))
            sheet.validations.push({ range, source: `=${f}` });
        this.validation = undefined;
        break;
      }
      case "cfRule": {
        const f = this.cfFormula.trim();
        if (this.cfRange && this.cfType === "expression" && isRowColouring(f))
          sheet.conditionalFormats.push({
            range: this.cfRange.split(/\s+/)[0],
            formula: `=${f.replace(/^=/, "")}`,
            kind: "flag",
          });
        // The findings' highlights: Validate and Highlight make them again.
        else if (!this.cfFormula.includes(HIGHLIGHT_MARKER)) this.otherConditionalFormats++;
        break;
      }
      case "conditionalFormatting":
        this.cfRange = undefined;
        break;
    }
  }

  result(): WorksheetRead {
    return { sheet: this.sheet, otherConditionalFormats: this.otherConditionalFormats };
  }
}
