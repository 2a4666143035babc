/** The workbook-level parts the sheet reader needs: shared with the browser preview's reader (src/core/xlsx/workbookParts.ts). */
export {
  isDateFormat,
  isDateStyleFormat,
  readDateStyles,
  readStyleFormats,
  type StyleFormat,
  readTableTotalRows,
  readWorkbookXml,
  type SheetEntry,
  type WorkbookXml,
} from "../../core/xlsx/workbookParts";
