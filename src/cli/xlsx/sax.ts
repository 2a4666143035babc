/**
 * The SAX parser and the unzipper ExcelJS itself uses (its dependencies, resolved from ExcelJS's own folder so that
 * the copies ExcelJS was installed with are used), typed for the parts this reader needs.
 */
import { dirname, join } from "path";

export interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}
export type SaxEvent =
  { eventType: "opentag" | "closetag"; value: SaxNode } | { eventType: "text"; value: string };

export interface ZipEntry {
  path: string;
  type: "File" | "Directory";
  uncompressedSize: number;
  stream(): NodeJS.ReadableStream;
}

interface Unzipper {
  Open: { file(path: string): Promise<{ files: ZipEntry[] }> };
}

const EXCELJS_DIR = dirname(require.resolve("exceljs/package.json"));

/* eslint-disable @typescript-eslint/no-require-imports */
const excelJsParseSax = require(join(EXCELJS_DIR, "lib", "utils", "parse-sax")) as (
  input: AsyncIterable<unknown>
) => AsyncIterable<SaxEvent[]>;
const unzipper = require(require.resolve("unzipper", { paths: [EXCELJS_DIR] })) as Unzipper;
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * SAX events of an XML part, in batches (one per chunk), from ExcelJS's SAX wrapper (saxes). The bytes are decoded
 * here, as a stream: ExcelJS's wrapper decodes each chunk on its own, which garbles a multi-byte character (any
 * Chinese text) that straddles two chunks.
 */
export function parseSax(xml: NodeJS.ReadableStream): AsyncIterable<SaxEvent[]> {
  xml.setEncoding("utf8");
  return excelJsParseSax(xml as NodeJS.ReadableStream & AsyncIterable<string>);
}

/** The entries of a zip file, read from its central directory (random access: no single-pass stream to race). */
export async function openZip(file: string): Promise<ZipEntry[]> {
  const dir = await unzipper.Open.file(file);
  return dir.files;
}

/** An element's local name ("x:row" → "row"): some writers prefix SpreadsheetML elements. */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}
