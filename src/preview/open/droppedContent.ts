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
}

export const noDroppedContent = (): DroppedContent => ({
  pivotTables: 0,
  charts: 0,
  images: 0,
  comments: 0,
  macros: false,
  conditionalFormats: 0,
  otherSheets: 0,
});

export const hasDroppedContent = (d: DroppedContent): boolean =>
  d.macros || Object.values(d).some((v) => typeof v === "number" && v > 0);
