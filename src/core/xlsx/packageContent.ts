/**
 * What an .xlsx package holds beside cells, told by its parts' names: what neither the CLI's `update` (ExcelJS
 * rewrites the file) nor the preview (it builds its download afresh) can keep, so that each names it before it is lost.
 */
export type PackageContent =
  | "charts"
  | "pivotTables"
  | "macros"
  | "shapes"
  | "controls"
  | "embeddedObjects"
  | "threadedComments"
  | "slicers"
  | "externalLinks"
  | "connections";

/** Parts by name prefix (lower-case) and what they are. */
export const CONTENT_BY_PART_PREFIX: readonly (readonly [string, PackageContent])[] = [
  ["xl/charts/chart", "charts"],
  ["xl/chartsheets/", "charts"],
  ["xl/pivottables/", "pivotTables"],
  ["xl/pivotcache/", "pivotTables"],
  ["xl/vbaproject", "macros"],
  ["xl/diagrams/", "shapes"],
  ["xl/ctrlprops/", "controls"],
  ["xl/activex/", "controls"],
  ["xl/embeddings/", "embeddedObjects"],
  ["xl/threadedcomments/", "threadedComments"],
  ["xl/persons/", "threadedComments"],
  ["xl/slicers/", "slicers"],
  ["xl/slicercaches/", "slicers"],
  ["xl/timelines/", "slicers"],
  ["xl/timelinecaches/", "slicers"],
  ["xl/externallinks/", "externalLinks"],
  ["xl/connections.xml", "connections"],
  ["xl/querytables/", "connections"],
];

/** The kinds of content the parts (names in any case, with or without a leading "/") hold, in the table's order. */
export function packageContent(partNames: Iterable<string>): PackageContent[] {
  const found = new Set<PackageContent>();
  for (const raw of partNames) {
    const name = raw.replace(/^\//, "").toLowerCase();
    for (const [prefix, kind] of CONTENT_BY_PART_PREFIX)
      if (name.startsWith(prefix)) found.add(kind);
  }
  return [...new Set(CONTENT_BY_PART_PREFIX.map(([, k]) => k))].filter((k) => found.has(k));
}
