/**
 * The Review sheet (复盘) in Excel, from the core's layout (src/core/review/sheet.ts): written anew as the Dashboard is
 * (src/excel/dashboard.ts, through a hidden scratch sheet, over ours only): cells, number formats, widths, bold
 * headings and the frozen title row; no charts. Syncs: DASHBOARD_SYNCS + ⌈payload / 4 MB⌉.
 */
import { isReviewTitle, type ReviewLayout } from "../core/review";
import { writeSheetLayout } from "./dashboard";

export function writeReview(context: Excel.RequestContext, layout: ReviewLayout): Promise<void> {
  return writeSheetLayout(
    context,
    { ...layout, charts: [] },
    { id: "review", isTitle: isReviewTitle }
  );
}
