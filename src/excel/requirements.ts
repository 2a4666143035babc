/** Whether the host has ExcelApi `version`; outside Office (tests without requirements) it is assumed. */
export function excelApi(version: string): boolean {
  if (typeof Office === "undefined") return true;
  try {
    const req = Office.context?.requirements;
    return req ? req.isSetSupported("ExcelApi", version) : true;
  } catch {
    return true;
  }
}
