/** An .xlsx file as an Open Packaging zip: parts by name, and the relationships that lead from one part to another. */
import { readRelationships, relsPartOf, type Relationship } from "../../core/xlsx/opc";
import {
  WorksheetScanner,
  XmlError,
  type WorksheetCollector,
} from "../../core/xlsx/worksheetScanner";
import {
  checkedStream,
  openZip,
  parseSax,
  PartError,
  type PartDamage,
  type SaxEvent,
  type ZipEntry,
} from "./sax";

/**
 * How a part is damaged: see PartDamage; "missing": named (by the workbook, a relationship) but not in the zip;
 * "strings": a cell uses a shared string the part does not hold; "unlisted": a relationships part lacks the
 * relationship a sheet of the workbook names; "zip": the zip's central directory cannot be read (the file is cut
 * short, or its end is damaged).
 */
export type Damage = PartDamage | "missing" | "strings" | "unlisted" | "zip";

/** A part of the package is damaged: the workbook cannot be read whole. */
export class DamagedPart extends Error {
  constructor(
    readonly part: string,
    readonly damage: Damage,
    detail = "",
    /** The sheet whose reading met the damage, when it was a sheet's. */
    readonly sheet?: string
  ) {
    super(`${part}: ${damage}${detail ? ` (${detail})` : ""}`);
  }
}

export { relKind, relsPartOf, resolvePart, type Relationship } from "../../core/xlsx/opc";

export class XlsxPackage {
  private constructor(private readonly parts: Map<string, ZipEntry>) {}

  /** Reads the zip's central directory; throws a DamagedPart ("zip") when it cannot (a file cut short). */
  static async open(file: string): Promise<XlsxPackage> {
    let entries: ZipEntry[];
    try {
      entries = await openZip(file);
    } catch (e) {
      // The file starts as a zip (sniffed) but its central directory cannot be read: cut short, or damaged.
      throw new DamagedPart("", "zip", (e as Error).message);
    }
    // Part names are case-insensitive (OPC); zip paths carry no leading slash.
    return new XlsxPackage(
      new Map(
        entries
          .filter((e) => e.type === "File")
          .map((e) => [e.path.replace(/^\//, "").toLowerCase(), e])
      )
    );
  }

  /** Every part's name, lower-case, without a leading slash. */
  partNames(): string[] {
    return [...this.parts.keys()];
  }

  part(name: string): ZipEntry | undefined {
    return this.parts.get(name.replace(/^\//, "").toLowerCase());
  }

  /** The SAX events of a part, checked (see sax.ts); its damage is a DamagedPart naming it. */
  async *events(name: string): AsyncIterable<SaxEvent[]> {
    const entry = this.part(name);
    if (!entry) throw new DamagedPart(name, "missing");
    try {
      yield* parseSax(checkedStream(entry));
    } catch (e) {
      if (e instanceof PartError) throw new DamagedPart(entry.path, e.damage, e.message);
      throw e;
    }
  }

  /**
   * Streams a worksheet part (or the shared strings, read by a collector of its events) through the shared
   * worksheet scanner into `collector`, checked as `events` checks; XML that is not well-formed is a DamagedPart
   * ("xml") naming the part.
   */
  async scan(name: string, collector: WorksheetCollector): Promise<void> {
    const entry = this.part(name);
    if (!entry) throw new DamagedPart(name, "missing");
    const scanner = new WorksheetScanner(collector);
    try {
      const text = checkedStream(entry);
      text.setEncoding("utf8");
      for await (const chunk of text as AsyncIterable<string>) scanner.write(chunk);
      scanner.end();
    } catch (e) {
      if (e instanceof PartError) throw new DamagedPart(entry.path, e.damage, e.message);
      if (e instanceof XmlError) throw new DamagedPart(entry.path, "xml", e.message);
      throw e;
    }
  }

  /** The relationships of a part ("" for the package itself), internal targets only. */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const relsName = relsPartOf(sourcePart);
    if (!this.part(relsName)) return [];
    return readRelationships(this.events(relsName), sourcePart);
  }
}
