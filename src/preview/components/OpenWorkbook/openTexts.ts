/** The one-line texts of opening a file: what it dropped, and why it was refused. */
import type { DroppedContent, OtherContent } from "../../open/droppedContent";
import type { PreviewKey, PreviewT } from "../../texts";
import type { OpenFailure } from "./usePreviewRoot";

const COUNTED: [keyof DroppedContent, PreviewKey][] = [
  ["pivotTables", "droppedPivotTables"],
  ["charts", "droppedCharts"],
  ["images", "droppedImages"],
  ["comments", "droppedComments"],
  ["conditionalFormats", "droppedConditionalFormats"],
  ["otherSheets", "droppedOtherSheets"],
];

const OTHERS: Record<OtherContent, PreviewKey> = {
  shapes: "droppedShapes",
  controls: "droppedControls",
  embeddedObjects: "droppedEmbeddedObjects",
  threadedComments: "droppedThreadedComments",
  slicers: "droppedSlicers",
  externalLinks: "droppedExternalLinks",
  connections: "droppedConnections",
};

/** "Not shown, and not kept in the download: pivot tables (2), macros." — undefined when nothing is dropped. */
export function droppedLine(d: DroppedContent, t: PreviewT): string | undefined {
  const parts = COUNTED.flatMap(([k, key]) => {
    const n = d[k] as number;
    return n > 0 ? [t(key, { count: n })] : [];
  });
  if (d.macros) parts.push(t("droppedMacros"));
  for (const k of d.others) parts.push(t(OTHERS[k]));
  return parts.length ? t("dropped", { list: parts.join(t("listSeparator")) }) : undefined;
}

export function failureText(f: OpenFailure, limitMb: number, t: PreviewT): string {
  switch (f.problem) {
    case "too-large":
      return t("problemTooLarge", { size: (f.size / 1024 / 1024).toFixed(1), limit: limitMb });
    case "not-a-workbook":
      return t("problemNotWorkbook");
    case "legacy-xls":
      return t("problemLegacyXls");
    case "encrypted":
      return t("problemEncrypted");
    case "damaged":
      return t("problemDamaged", { detail: f.detail });
    default:
      return t("problemUnreadable", { detail: f.detail });
  }
}
