/**
 * A comparison as rows of text: the Changes sheet's table and `ops-planner diff`'s output. One row per row added or
 * removed, one per changed cell, then what the changes do (findings, totals, Timeline weeks).
 */
import type { Grid } from "../cells";
import { sheetSpec } from "../schema/sheets";
import type { Lang } from "../schema/types";
import type { Comparison, Totals } from "./compare/compare";
import { versionsTranslator } from "./texts";

export const CHANGES_COLUMNS = 8;

const TOTALS: (keyof Totals)[] = ["budget", "expectedUnits", "expectedOrders", "expectedRevenue"];

/** A total as it is shown: at most two decimals, no float noise. */
export const totalText = (n: number): string => String(Math.round(n * 100) / 100);

export interface ChangesReport {
  title: string;
  header: string[];
  rows: Grid;
}

export function changesReport(
  c: Comparison,
  names: { before: string; after: string },
  lang: Lang
): ChangesReport {
  const t = versionsTranslator(lang);
  const rows: Grid = [];
  const sheetName = (id: Parameters<typeof sheetSpec>[0], before?: string, after?: string) =>
    after ?? before ?? sheetSpec(id).names[lang === "zh-CN" ? "zh" : "en"];
  for (const d of c.sheets) {
    const name = sheetName(d.id, d.before, d.after);
    if (d.before === undefined)
      rows.push([name, t("sheetAdded"), "", "", "", "", "", d.after ?? ""]);
    else if (d.after === undefined)
      rows.push([name, t("sheetRemoved"), "", "", "", "", d.before, ""]);
    else if (d.before !== d.after)
      rows.push([name, t("sheetRenamed"), "", "", "", "", d.before, d.after]);
    for (const r of d.renamedColumns)
      rows.push([name, t("columnRenamed"), "", "", "", r.after, r.before, r.after]);
    for (const r of d.removed) rows.push([name, t("removed"), r.label, r.row, "", "", "", ""]);
    for (const r of d.added) rows.push([name, t("added"), r.label, "", r.row, "", "", ""]);
    for (const r of d.changed)
      for (const cell of r.cells)
        rows.push([
          name,
          t("changed"),
          r.label,
          r.rowBefore,
          r.rowAfter,
          cell.header,
          cell.before,
          cell.after,
        ]);
  }
  const e = c.effects;
  if (!c.equal) {
    for (const f of e.disappeared)
      rows.push([t("effects"), t("findingDisappeared"), f.rule, f.address, "", "", f.message, ""]);
    for (const f of e.appeared)
      rows.push([t("effects"), t("findingAppeared"), f.rule, "", f.address, "", "", f.message]);
    for (const k of TOTALS)
      if (totalText(e.before[k]) !== totalText(e.after[k]))
        rows.push([
          t("effects"),
          t(`total_${k}`),
          "",
          "",
          "",
          "",
          totalText(e.before[k]),
          totalText(e.after[k]),
        ]);
    for (const w of e.weeks)
      rows.push([
        t("effects"),
        t("weeks"),
        w.sku,
        "",
        "",
        w.kind ? t(`weeks_${w.kind}`) : "",
        w.lost.join(", "),
        w.gained.join(", "),
      ]);
  }
  return {
    title: c.equal ? t("equal") : t("title", names),
    header: [
      "hSheet",
      "hChange",
      "hRow",
      "hRowBefore",
      "hRowAfter",
      "hColumn",
      "hBefore",
      "hAfter",
    ].map((k) => t(k)),
    rows,
  };
}

/** One line that sums a comparison up. */
export function changesSummary(c: Comparison, lang: Lang): string {
  const t = versionsTranslator(lang);
  if (c.equal) return t("equal");
  const sum = (f: (d: Comparison["sheets"][number]) => number) =>
    c.sheets.reduce((n, d) => n + f(d), 0);
  return t("summary", {
    sheets: c.sheets.length,
    added: sum((d) => d.added.length),
    removed: sum((d) => d.removed.length),
    changed: sum((d) => d.changed.length),
    appeared: c.effects.appeared.length,
    disappeared: c.effects.disappeared.length,
  });
}

/** The Changes sheet's name in a language. */
export const changesSheetName = (lang: Lang): string => versionsTranslator(lang)("sheetName");

/** Whether a row holds the Changes sheet's header (in either language): the sheet is ours to rewrite. */
export function isChangesHeader(cells: readonly unknown[]): boolean {
  return (["en", "zh-CN"] as const).some((lang) => {
    const t = versionsTranslator(lang);
    return ["hSheet", "hChange", "hRow"].every((k, i) => cells[i] === t(k));
  });
}

/** The Changes sheet's rows from A1: the title, a blank row, the header, the changes. */
export function changesSheetRows(report: ChangesReport): Grid {
  return [[report.title], [], report.header, ...report.rows];
}
