/**
 * Requirement sets. The manifest asks for SharedRuntime 1.1, and every Excel that has it has ExcelApi 1.10 or later
 * (Microsoft's requirement-set tables: SharedRuntime 1.1 needs Excel on Windows Version 2002 (Build 12527.20092), Excel
 * 2021 Version 2108, Excel on Mac 16.35, or Excel on the web; ExcelApi 1.10 came with Windows Version 1907, Excel 2021,
 * Mac 16.30 and the web). So members up to 1.10 are used unchecked; newer ones are checked here: Table.resize (1.13) and
 * WorksheetChangedEventArgs.triggerSource (1.14).
 */
export function excelApi(version: string): boolean {
  if (typeof Office === "undefined") return true;
  try {
    const req = Office.context?.requirements;
    return req ? req.isSetSupported("ExcelApi", version) : true;
  } catch {
    return true;
  }
}
