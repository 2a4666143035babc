/**
 * The SAX events an .xlsx part's XML gives (saxes, ExcelJS's parser, produces them in the CLI and in the browser
 * preview's worker): the shape the shared part readers (workbookParts.ts, cellDecoding.ts) consume.
 */
export interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}
export type SaxEvent =
  { eventType: "opentag" | "closetag"; value: SaxNode } | { eventType: "text"; value: string };

/** An element's local name ("x:row" → "row"): some writers prefix SpreadsheetML elements. */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}
