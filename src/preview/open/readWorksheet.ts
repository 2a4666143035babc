/**
 * A worksheet part as a preview sheet: every cell's value (decoded by the CLI's code, src/core/xlsx/cellDecoding.ts)
 * and formula (shared formulas moved to each cell), number formats, hidden rows, column widths and hidden columns,
 * frozen panes, merged cells, list dropdowns, and our row colouring; other conditional formats are counted (the
 * preview does not draw them).
 */
import { columnLetter, type CellValue } from "../../core/cells";
import { formulaAsShown } from "../../core/formulaNames";
import { HIGHLIGHT_MARKER } from "../../core/presentation";
import { shiftFormula } from "../../core/read/formulaSyntax";
import { isRowColouring } from "../../core/write/rowColouring";
import { cellValue, columnOfRef, type SheetXmlContext } from "../../core/xlsx/cellDecoding";
import { localName, type SaxEvent } from "../../core/xlsx/saxEvents";
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

export async function readWorksheet(
  name: string,
  xml: AsyncIterable<SaxEvent[]>,
  ctx: WorksheetContext
): Promise<WorksheetRead> {
  const sheet = blankMemorySheet(name);
  let otherConditionalFormats = 0;
  const shared = new Map<string, { text: string; row: number; col: number }>();
  let inSheetData = false;
  let rowNum = 0;
  let col = 0;
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let text: string | undefined;
  let capture = false;
  let inInline = false;
  let inPhonetic = false;
  let inFormula = false;
  let hasFormula = false;
  let formulaText = "";
  let formulaType: string | undefined;
  let formulaSi: string | undefined;
  // <dataValidation> and <conditionalFormatting> being read
  let validation: { sqref: string; list: boolean } | undefined;
  let inFormula1 = false;
  let formula1 = "";
  let cfRange: string | undefined;
  let inCfFormula = false;
  let cfFormula = "";
  let cfType: string | undefined;

  const endCell = (): void => {
    let formula: string | undefined;
    if (hasFormula) {
      formula = formulaText;
      if (formulaType === "shared" && formulaSi !== undefined) {
        const master = shared.get(formulaSi);
        if (formula === "" && master)
          formula = shiftFormula(master.text, rowNum - master.row, col - master.col) ?? "";
      }
      if (formula === "") formula = undefined;
    }
    const value: CellValue = cellValue(type, style, text, ctx);
    const numFmt = ctx.formatOf(style);
    if (formula === undefined && (value === null || value === "") && numFmt === GENERAL) return;
    const cell: MemoryCell = { value: value === "" && formula === undefined ? null : value };
    if (formula !== undefined) cell.formula = formulaAsShown(formula);
    if (numFmt !== GENERAL) cell.numFmt = numFmt;
    sheet.setCellAt(rowNum, col, cell);
  };

  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (capture) text = text === undefined ? ev.value : text + ev.value;
        else if (inFormula) formulaText += ev.value;
        else if (inFormula1) formula1 += ev.value;
        else if (inCfFormula) cfFormula += ev.value;
        continue;
      }
      const tag = localName(ev.value.name);
      const a = ev.value.attributes;
      if (ev.eventType === "opentag") {
        switch (tag) {
          case "sheetData":
            inSheetData = true;
            break;
          case "row": {
            if (!inSheetData) break;
            const r = Number(a.r);
            rowNum = Number.isInteger(r) && r > 0 ? r : rowNum + 1;
            col = 0;
            if (isTrue(a.hidden)) sheet.hiddenRows.add(rowNum);
            break;
          }
          case "c": {
            if (!inSheetData) break;
            const c = a.r ? columnOfRef(a.r) : 0;
            col = c > 0 ? c : col + 1;
            inCell = true;
            type = a.t;
            style = a.s ? Number(a.s) || 0 : 0;
            text = undefined;
            hasFormula = false;
            formulaText = "";
            break;
          }
          case "f":
            if (inCell) {
              hasFormula = true;
              inFormula = true;
              formulaText = "";
              formulaType = a.t;
              formulaSi = a.si;
            }
            break;
          case "v":
            if (inCell) {
              capture = true;
              text = "";
            }
            break;
          case "is":
            if (inCell) {
              inInline = true;
              text = "";
            }
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            if (inInline && !inPhonetic) capture = true;
            break;
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
            validation = { sqref: a.sqref ?? "", list: a.type === "list" };
            formula1 = "";
            break;
          case "formula1":
            inFormula1 = validation !== undefined;
            break;
          case "conditionalFormatting":
            cfRange = a.sqref;
            break;
          case "cfRule":
            cfType = a.type;
            cfFormula = "";
            break;
          case "formula":
            inCfFormula = cfRange !== undefined;
            break;
        }
      } else {
        switch (tag) {
          case "f":
            inFormula = false;
            if (formulaType === "shared" && formulaSi !== undefined && formulaText !== "")
              shared.set(formulaSi, { text: formulaText, row: rowNum, col });
            break;
          case "v":
          case "t":
            capture = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            if (inCell) endCell();
            inCell = false;
            inInline = false;
            inFormula = false;
            capture = false;
            break;
          case "sheetData":
            inSheetData = false;
            break;
          case "formula1":
            inFormula1 = false;
            break;
          case "dataValidation":
            if (validation?.list && formula1.trim() !== "")
              for (const range of validation.sqref.split(/\s+/).filter(Boolean))
                sheet.validations.push({ range, source: `=${formula1.trim()}` });
            validation = undefined;
            break;
          case "formula":
            inCfFormula = false;
            break;
          case "cfRule":
            if (cfRange && cfType === "expression" && isRowColouring(cfFormula.trim()))
              sheet.conditionalFormats.push({
                range: cfRange.split(/\s+/)[0],
                formula: `=${cfFormula.trim().replace(/^=/, "")}`,
                kind: "flag",
              });
            // The findings' highlights: Validate and Highlight make them again.
            else if (!cfFormula.includes(HIGHLIGHT_MARKER)) otherConditionalFormats++;
            break;
          case "conditionalFormatting":
            cfRange = undefined;
            break;
        }
      }
    }
  }
  return { sheet, otherConditionalFormats };
}
