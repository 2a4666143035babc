/**
 * Resolves once Office.js is initialised, or at once where Office.js is absent (a plain browser,
 * the preview, jsdom): the pane renders in both.
 */
export async function officeReady(): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  await Office.onReady();
}
