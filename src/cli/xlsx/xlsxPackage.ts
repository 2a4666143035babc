/** An .xlsx file as an Open Packaging zip: parts by name, and the relationships that lead from one part to another. */
import { localName, openZip, parseSax, type ZipEntry } from "./sax";

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

export class XlsxPackage {
  private constructor(private readonly parts: Map<string, ZipEntry>) {}

  /** Reads the zip's central directory; throws when the file is not a (complete) zip. */
  static async open(file: string): Promise<XlsxPackage> {
    const entries = await openZip(file);
    // Part names are case-insensitive (OPC); zip paths carry no leading slash.
    return new XlsxPackage(
      new Map(
        entries
          .filter((e) => e.type === "File")
          .map((e) => [e.path.replace(/^\//, "").toLowerCase(), e])
      )
    );
  }

  part(name: string): ZipEntry | undefined {
    return this.parts.get(name.replace(/^\//, "").toLowerCase());
  }

  /** The relationships of a part ("" for the package itself), internal targets only. */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const slash = sourcePart.lastIndexOf("/");
    const relsName = `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
    const entry = this.part(relsName);
    if (!entry) return [];
    const rels: Relationship[] = [];
    for await (const events of parseSax(entry.stream())) {
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
