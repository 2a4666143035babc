/** Office's UI language (e.g. "zh-CN"), or undefined outside Office or before Office.js is ready. */
export function officeDisplayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined; // Office.js loaded outside an Office host: context is not usable
  }
}
