/** An .xlsx file as an Open Packaging zip: parts by name, and the relationships that lead from one part to another. */
import {
  checkedStream,
  localName,
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

export interface Relationship {
  id: string;
  /** The relationship type URI (transitional or strict); compare its last segment. */
  type: string;
  /** The target part name, resolved against the source part ("xl/worksheets/sheet1.xml"). */
  target: string;
}

/** Resolves a relationship target against its source part: "worksheets/sheet1.xml" from xl/workbook.xml → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute. */
export function resolvePart(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The last segment of a relationship type: ".../relationships/worksheet" → "worksheet". */
export const relKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels ("" → _rels/.rels). */
export function relsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

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

  /** The relationships of a part ("" for the package itself), internal targets only. */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const relsName = relsPartOf(sourcePart);
    if (!this.part(relsName)) return [];
    const rels: Relationship[] = [];
    for await (const events of this.events(relsName)) {
      for (const ev of events) {
        if (ev.eventType !== "opentag" || localName(ev.value.name) !== "Relationship") continue;
        const a = ev.value.attributes;
        if (a.TargetMode === "External" || !a.Target || !a.Id) continue;
        rels.push({ id: a.Id, type: a.Type ?? "", target: resolvePart(sourcePart, a.Target) });
      }
    }
    return rels;
  }
}
