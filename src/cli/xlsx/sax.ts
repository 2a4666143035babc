/**
 * The SAX parser and the unzipper ExcelJS itself uses (its dependencies, resolved from ExcelJS's own folder so that
 * the copies ExcelJS was installed with are used), typed for the parts this reader needs, and checked: a part whose
 * bytes do not inflate, do not match the zip's checksum and size, or are not one whole XML document (a sheet cut
 * short) fails with a PartError instead of giving what was read so far.
 */
import { dirname } from "path";
import { Transform } from "stream";
import * as zlib from "zlib";

import type { SaxEvent, SaxNode } from "../../core/xlsx/saxEvents";

export { localName, type SaxEvent, type SaxNode } from "../../core/xlsx/saxEvents";

export interface ZipEntry {
  path: string;
  type: "File" | "Directory";
  uncompressedSize: number;
  /** CRC-32 of the uncompressed bytes, from the central directory. */
  crc32: number;
  stream(): NodeJS.ReadableStream;
}

interface Unzipper {
  Open: { file(path: string): Promise<{ files: ZipEntry[] }> };
}

interface Saxes {
  on(event: "opentag" | "closetag", handler: (node: SaxNode) => void): void;
  on(event: "text", handler: (text: string) => void): void;
  on(event: "error", handler: (e: Error) => void): void;
  write(chunk: string): void;
  close(): void;
}

const EXCELJS_DIR = dirname(require.resolve("exceljs/package.json"));

/* eslint-disable @typescript-eslint/no-require-imports */
const { SaxesParser } = require(require.resolve("saxes", { paths: [EXCELJS_DIR] })) as {
  SaxesParser: new () => Saxes;
};
const unzipper = require(require.resolve("unzipper", { paths: [EXCELJS_DIR] })) as Unzipper;
/* eslint-enable @typescript-eslint/no-require-imports */

/** How a part is damaged: its bytes do not inflate, do not match its checksum or size, or are no whole XML document. */
export type PartDamage = "inflate" | "checksum" | "xml";

export class PartError extends Error {
  constructor(
    readonly damage: PartDamage,
    message: string
  ) {
    super(message);
  }
}

/** CRC-32 (IEEE), Node's own where it has one (20.15 and later), else a table. */
const crc32: (data: Buffer, value: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (zlib as unknown as { crc32: (d: Buffer, v: number) => number }).crc32
    : tableCrc32();

function tableCrc32(): (data: Buffer, value: number) => number {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return (data, value) => {
    let c = ~value;
    for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
  };
}

/** A zip entry's bytes, checked against the central directory's CRC-32 and size when they end. */
export function checkedStream(entry: ZipEntry): NodeJS.ReadableStream {
  let crc = 0;
  let size = 0;
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      if (size !== entry.uncompressedSize)
        done(new PartError("checksum", `${size} bytes, ${entry.uncompressedSize} expected`));
      else if (crc >>> 0 !== entry.crc32 >>> 0) done(new PartError("checksum", "CRC-32 mismatch"));
      else done();
    },
  });
  let source: NodeJS.ReadableStream;
  try {
    source = entry.stream();
  } catch (e) {
    out.destroy(new PartError("inflate", (e as Error).message));
    return out;
  }
  source.on("error", (e: Error) => out.destroy(new PartError("inflate", e.message)));
  source.pipe(out);
  return out;
}

/**
 * SAX events of an XML part, in batches (one per chunk), from saxes (ExcelJS's parser). The bytes are decoded here, as
 * a stream (decoding each chunk on its own would garble a multi-byte character, any Chinese text, that straddles two
 * chunks). At the end the parser is closed, so a document cut short (an unclosed element) is an error.
 */
export async function* parseSax(xml: NodeJS.ReadableStream): AsyncIterable<SaxEvent[]> {
  const parser = new SaxesParser();
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
  parser.on("text", (value) => events.push({ eventType: "text", value }));
  parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
  xml.setEncoding("utf8");
  for await (const chunk of xml as AsyncIterable<string>) {
    parser.write(chunk);
    if (error) throw new PartError("xml", error.message);
    yield events;
    events = [];
  }
  parser.close();
  if (error) throw new PartError("xml", (error as Error).message);
  if (events.length > 0) yield events;
}

/** The entries of a zip file, read from its central directory (random access: no single-pass stream to race). */
export async function openZip(file: string): Promise<ZipEntry[]> {
  const dir = await unzipper.Open.file(file);
  return dir.files;
}
