/** A comparison as the pane shows it: per sheet its counts and its first changes, then what the changes do. */
import { count, money } from "../../core/numberText";
import { sheetSpec } from "../../core/schema/sheets";
import type { Lang } from "../../core/schema/types";
import type { Comparison, Totals } from "../../core/versions/compare/compare";
import type { PaneKey, PaneT } from "../i18n";

/** Lines shown per sheet; the Changes sheet lists the rest. */
export const LINES_PER_SHEET = 12;

export interface SheetView {
  title: string;
  counts: string;
  lines: string[];
  more: number;
}

export interface ComparisonView {
  equal: boolean;
  sheets: SheetView[];
  appear: string;
  disappear: string;
  findings: string[];
  totals: { label: string; before: string; after: string; changed: boolean }[];
  weeks: string[];
  weeksMore: number;
}

const TOTALS: [keyof Totals, PaneKey][] = [
  ["budget", "compareTotalBudget"],
  ["expectedUnits", "compareTotalUnits"],
  ["expectedOrders", "compareTotalOrders"],
  ["expectedRevenue", "compareTotalRevenue"],
];

export function comparisonView(
  c: Comparison,
  t: PaneT,
  lang: Lang,
  currency = "CNY"
): ComparisonView {
  const blank = (s: string): string => (s === "" ? t("compareBlank") : s);
  const sheets = c.sheets.map((d): SheetView => {
    const lines: string[] = [];
    if (d.before === undefined) lines.push(t("compareSheetAdded"));
    else if (d.after === undefined) lines.push(t("compareSheetRemoved"));
    else if (d.before !== d.after) lines.push(t("compareSheetRenamed", { before: d.before }));
    for (const r of d.renamedColumns) lines.push(t("compareColumnRenamed", r));
    for (const r of d.removed) lines.push(t("compareRowRemoved", { label: r.label, row: r.row }));
    for (const r of d.added) lines.push(t("compareRowAdded", { label: r.label, row: r.row }));
    for (const r of d.changed)
      for (const x of r.cells)
        lines.push(
          t("compareCellChanged", {
            label: r.label,
            row: r.rowAfter,
            column: x.header,
            before: blank(x.before),
            after: blank(x.after),
          })
        );
    return {
      title: d.after ?? d.before ?? sheetSpec(d.id).names[lang === "zh-CN" ? "zh" : "en"],
      counts: t("compareSheetCounts", {
        added: d.added.length,
        removed: d.removed.length,
        changed: d.changed.length,
      }),
      lines: lines.slice(0, LINES_PER_SHEET),
      more: Math.max(0, lines.length - LINES_PER_SHEET),
    };
  });
  const e = c.effects;
  const shown = (k: keyof Totals, v: number): string =>
    k === "budget" || k === "expectedRevenue"
      ? money(Math.round(v), currency)
      : count(Math.round(v));
  const findings = [
    ...e.disappeared.map((f) => `− ${f.rule} ${f.address}`),
    ...e.appeared.map((f) => `+ ${f.rule} ${f.address}`),
  ];
  const weeks = e.weeks.map((w) =>
    t(w.kind ? `compareWeekMove_${w.kind}` : "compareWeekMove", {
      sku: w.sku,
      gained: w.gained.join(", ") || t("compareNone"),
      lost: w.lost.join(", ") || t("compareNone"),
    })
  );
  return {
    equal: c.equal,
    sheets,
    appear: t("compareFindingsAppear", { count: e.appeared.length }),
    disappear: t("compareFindingsDisappear", { count: e.disappeared.length }),
    findings: findings.slice(0, LINES_PER_SHEET),
    totals: TOTALS.map(([k, key]) => ({
      label: t(key),
      before: shown(k, e.before[k]),
      after: shown(k, e.after[k]),
      changed: Math.round(e.before[k] * 100) !== Math.round(e.after[k] * 100),
    })),
    weeks: weeks.slice(0, LINES_PER_SHEET),
    weeksMore: Math.max(0, weeks.length - LINES_PER_SHEET),
  };
}
