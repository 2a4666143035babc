import type { PackageContent } from "../../core/xlsx/packageContent";

/** Kinds of content told by the package's parts that the preview does not count on its own (src/core/xlsx). */
export type OtherContent = Exclude<PackageContent, "charts" | "pivotTables" | "macros">;

/** What a file holds that the preview neither shows nor keeps in its download: counted when the file is read. */
export interface DroppedContent {
  pivotTables: number;
  charts: number;
  images: number;
  comments: number;
  macros: boolean;
  /** Conditional-format rules other than ours (the flagged-row colouring, the findings' highlights). */
  conditionalFormats: number;
  /** Chart sheets, dialog sheets: sheets that hold no cells. */
  otherSheets: number;
  /** Shapes, controls, embedded objects, threaded comments, slicers, external links, connections: by kind. */
  others: OtherContent[];
}

export const noDroppedContent = (): DroppedContent => ({
  pivotTables: 0,
  charts: 0,
  images: 0,
  comments: 0,
  macros: false,
  conditionalFormats: 0,
  otherSheets: 0,
  others: [],
});

export const hasDroppedContent = (d: DroppedContent): boolean =>
  d.macros || d.others.length > 0 || Object.values(d).some((v) => typeof v === "number" && v > 0);
