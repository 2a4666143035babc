/**
 * The zip reader (yauzl: the central directory, each entry inflated by Node's zlib) and the SAX parser ExcelJS itself
 * uses (saxes, resolved from ExcelJS's own folder so that the copy ExcelJS was installed with is used), typed for the
 * parts this reader needs, and checked: a part whose bytes do not inflate, do not match the zip's checksum and size,
 * or are not one whole XML document (a sheet cut short) fails with a PartError instead of giving what was read so far.
 *
 * Why yauzl and not unzipper (which ExcelJS ships): loading unzipper costs about half a second (its dependencies
 * pull in dozens of polyfill modules), a sixth of `validate` on the 10,000-product plan.
 */
import { promises as fs } from "fs";
import { dirname } from "path";
import { PassThrough, Transform } from "stream";
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

/** The parts of yauzl this reader uses. */
interface YauzlEntry {
  /** Raw bytes (decodeStrings off: yauzl would refuse a name with a leading "/", which some writers store). */
  fileName: Buffer;
  generalPurposeBitFlag: number;
  /** 0: stored, 8: deflated (the two methods a workbook's zip uses). */
  compressionMethod: number;
  uncompressedSize: number;
  crc32: number;
}
interface YauzlZip {
  readEntry(): void;
  on(event: "entry", handler: (entry: YauzlEntry) => void): void;
  on(event: "end", handler: () => void): void;
  on(event: "error", handler: (e: Error) => void): void;
  openReadStream(
    entry: YauzlEntry,
    options: { decompress?: boolean },
    done: (e: Error | null, stream?: NodeJS.ReadableStream) => void
  ): void;
}
interface Yauzl {
  fromBuffer(
    buffer: Buffer,
    options: { lazyEntries: boolean; decodeStrings: false; validateEntrySizes: false },
    done: (e: Error | null, zip?: YauzlZip) => void
  ): void;
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
const yauzl = require("yauzl") as Yauzl;
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

/**
 * The entries of a zip file, read from its central directory (random access: no single-pass stream to race). The
 * file is read whole first (a workbook's zip is a few MB; no file handle stays open).
 */
export async function openZip(file: string): Promise<ZipEntry[]> {
  const bytes = await fs.readFile(file);
  const zip = await new Promise<YauzlZip>((resolve, reject) =>
    yauzl.fromBuffer(
      bytes,
      // Sizes are checked with the CRC-32 (checkedStream), so a damaged part says which check it fails.
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: false },
      (e, z) => (e || !z ? reject(e ?? new Error("no zip")) : resolve(z))
    )
  );
  const entries = await new Promise<YauzlEntry[]>((resolve, reject) => {
    const found: YauzlEntry[] = [];
    zip.on("entry", (entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(found));
    zip.on("error", reject);
    zip.readEntry();
  });
  return entries.map((entry) => {
    // Bit 11: the name is UTF-8; else the zip's old code page, the same as Latin-1 for every name a workbook uses.
    const path = entry.fileName.toString(entry.generalPurposeBitFlag & 0x800 ? "utf8" : "latin1");
    return {
      path,
      type: path.endsWith("/") ? ("Directory" as const) : ("File" as const),
      uncompressedSize: entry.uncompressedSize,
      crc32: entry.crc32,
      stream: () => entryStream(zip, entry),
    };
  });
}

/**
 * Inflated output comes in chunks of this many bytes. yauzl's own inflate hands on zlib's default 16 KB, so a
 * 30 MB sheet part crossed the stream pipes 1,800 times; at 64 KB reading the messy 10,000-product plan costs ~0.1 s
 * less CPU time for ~5 MB more memory (larger chunks saved little more and cost more memory).
 */
const INFLATE_CHUNK = 1 << 16;

/** An entry's inflated bytes as a stream (yauzl opens it asynchronously; its errors come out of the stream). */
function entryStream(zip: YauzlZip, entry: YauzlEntry): NodeJS.ReadableStream {
  const out = new PassThrough();
  const deflated = entry.compressionMethod === 8;
  // A deflated entry is read raw and inflated here, in larger chunks; any other method is yauzl's to refuse.
  zip.openReadStream(entry, deflated ? { decompress: false } : {}, (e, stream) => {
    if (e || !stream) {
      out.destroy(e ?? new Error("no stream"));
      return;
    }
    stream.on("error", (err: Error) => out.destroy(err));
    if (!deflated) {
      stream.pipe(out);
      return;
    }
    const inflate = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
    inflate.on("error", (err: Error) => out.destroy(err));
    stream.pipe(inflate).pipe(out);
  });
  return out;
}
