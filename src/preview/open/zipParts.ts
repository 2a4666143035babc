/**
 * An .xlsx in the browser as its parts: the zip read by JSZip (ExcelJS's own zip library in the browser), worksheets
 * read by the worksheet scanner the CLI uses (src/core/xlsx/worksheetScanner.ts), the other XML parts parsed by saxes
 * (ExcelJS's parser, which the CLI uses too) into the SAX events the shared readers in src/core/xlsx consume. A part whose bytes do not inflate or match their checksum, or that is not one whole XML
 * document, is an OpenError ("damaged") naming it.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readRelationships, relsPartOf, type Relationship } from "../../core/xlsx/opc";
import type { SaxEvent, SaxNode } from "../../core/xlsx/saxEvents";
import {
  WorksheetScanner,
  XmlError,
  type WorksheetCollector,
} from "../../core/xlsx/worksheetScanner";
import { OpenError } from "./openProblem";

/** Characters handed to the parser at a time: a batch of events per chunk, and a progress report. */
const CHUNK = 1 << 20;

export class ZipParts {
  private constructor(private readonly parts: Map<string, JSZip.JSZipObject>) {}

  static async open(bytes: ArrayBuffer): Promise<ZipParts> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch (e) {
      throw new OpenError("damaged", `zip: ${(e as Error).message}`);
    }
    const parts = new Map<string, JSZip.JSZipObject>();
    zip.forEach((path, file) => {
      if (!file.dir) parts.set(path.replace(/^\//, "").toLowerCase(), file);
    });
    return new ZipParts(parts);
  }

  has(name: string): boolean {
    return this.parts.has(name.replace(/^\//, "").toLowerCase());
  }

  /** Every part name (lower case). */
  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part's text; a damaged part (bad inflate, checksum) is an OpenError. */
  async text(name: string): Promise<string> {
    const file = this.parts.get(name.replace(/^\//, "").toLowerCase());
    if (!file) throw new OpenError("damaged", `${name}: missing`);
    try {
      return await file.async("string");
    } catch (e) {
      throw new OpenError("damaged", `${name}: ${(e as Error).message}`);
    }
  }

  /** The SAX events of a part, a batch per chunk; `onChunk` hears the share of the part parsed so far (0–1). */
  async *events(name: string, onChunk?: (share: number) => void): AsyncIterable<SaxEvent[]> {
    const xml = await this.text(name);
    const parser = new SaxesParser();
    let error: Error | undefined;
    let events: SaxEvent[] = [];
    parser.on("error", (e: Error) => {
      error ??= e;
    });
    parser.on("opentag", (value) =>
      events.push({ eventType: "opentag", value: value as unknown as SaxNode })
    );
    parser.on("closetag", (value) =>
      events.push({ eventType: "closetag", value: value as unknown as SaxNode })
    );
    parser.on("text", (value: string) => events.push({ eventType: "text", value }));
    for (let at = 0; at < xml.length; at += CHUNK) {
      parser.write(xml.slice(at, at + CHUNK));
      if (error) throw new OpenError("damaged", `${name}: ${error.message}`);
      onChunk?.(Math.min(1, (at + CHUNK) / xml.length));
      yield events;
      events = [];
    }
    parser.close();
    if (error) throw new OpenError("damaged", `${name}: ${(error as Error).message}`);
    if (events.length > 0) yield events;
  }

  /**
   * A worksheet part through the shared worksheet scanner into `collector`, a chunk at a time (`onChunk` hears the
   * share scanned); XML that is not well-formed is an OpenError ("damaged") naming the part.
   */
  async scan(
    name: string,
    collector: WorksheetCollector,
    onChunk?: (share: number) => void
  ): Promise<void> {
    const xml = await this.text(name);
    const scanner = new WorksheetScanner(collector);
    try {
      for (let at = 0; at < xml.length; at += CHUNK) {
        scanner.write(xml.slice(at, at + CHUNK));
        onChunk?.(Math.min(1, (at + CHUNK) / xml.length));
      }
      scanner.end();
    } catch (e) {
      if (e instanceof XmlError) throw new OpenError("damaged", `${name}: ${e.message}`);
      throw e;
    }
  }

  /** The relationships of a part ("" for the package itself). */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const rels = relsPartOf(sourcePart);
    return this.has(rels) ? readRelationships(this.events(rels), sourcePart) : [];
  }
}
