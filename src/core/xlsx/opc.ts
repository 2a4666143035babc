/** Open Packaging Conventions: how an .xlsx's parts lead to each other (relationships), shared by both readers. */
import { localName, type SaxEvent } from "./saxEvents";

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

/** The relationships a .rels part lists, internal targets only, resolved against `sourcePart`. */
export async function readRelationships(
  xml: AsyncIterable<SaxEvent[]>,
  sourcePart: string
): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType !== "opentag" || localName(ev.value.name) !== "Relationship") continue;
      const a = ev.value.attributes;
      if (a.TargetMode === "External" || !a.Target || !a.Id) continue;
      rels.push({ id: a.Id, type: a.Type ?? "", target: resolvePart(sourcePart, a.Target) });
    }
  }
  return rels;
}
