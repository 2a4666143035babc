/** What the Timeline looks like around its cells: the colour of each kind, the legend, the columns' widths. */
import { columnLetter } from "../cells";
import { isFormulaCell, type LayoutCell } from "../write/layout";
import { MAX_AREAS_ADDRESS } from "../presentation";
import { HELPERS, TIMELINE_ROWS as R, type TimelineGrid } from "./grid";
import type { TimelineKind, TimelineTexts } from "./texts";
import type { TimelineColumn, TimelineFormat, TimelineLegendEntry } from "./layout";

export const COLOURS: Record<TimelineKind, { fill: string; font: string }> = {
  launch: { fill: "#F4B183", font: "#843C0C" },
  warehouse: { fill: "#9DC3E6", font: "#1F4E79" },
  presale: { fill: "#FFE699", font: "#7F6000" },
  deposit: { fill: "#FFD966", font: "#7F6000" },
  balance: { fill: "#F8CBAD", font: "#833C0B" },
  promotion: { fill: "#A9D18E", font: "#375623" },
  festival: { fill: "#D5C4E8", font: "#4B2A6B" },
  shutdown: { fill: "#7F7F7F", font: "#FFFFFF" },
  stockOut: { fill: "#FF7C80", font: "#7F0000" },
};

const rule = (range: string, kind: TimelineKind, when: TimelineFormat["when"]): TimelineFormat => ({
  range,
  kind,
  when,
  ...COLOURS[kind],
});

/**
 * Cells ("M9", "AB14") as few multi-area ranges ("M9,AB14,…") as MAX_AREAS_ADDRESS allows, in order: a plan with
 * many stock-out weeks gets a rule per ~300 cells.
 */
export function multiAreaRanges(cells: readonly string[], max = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let current = "";
  for (const cell of cells) {
    if (current !== "" && current.length + 1 + cell.length > max) {
      out.push(current);
      current = "";
    }
    current = current === "" ? cell : `${current},${cell}`;
  }
  if (current !== "") out.push(current);
  return out;
}

/** The colour rules in priority order (the first matching rule colours a cell): Calendar row, then product rows. */
export function timelineFormats(
  grid: TimelineGrid,
  codes: TimelineTexts["code"],
  lastRow: number,
  stockOutCells: readonly string[] = []
): TimelineFormat[] {
  const calendar = `D${R.calendar}:${grid.lastWeekColumn}${R.calendar}`;
  // A product's projected stock-out week (issue 15): one cell each, computed when the sheet is written, first — one
  // rule over all of them (a multi-area range; more only past MAX_AREAS_ADDRESS).
  const formats = [
    ...multiAreaRanges(stockOutCells).map((areas) => rule(areas, "stockOut", { always: true })),
    rule(calendar, "shutdown", { equals: codes.shutdown }),
    rule(calendar, "festival", { notBlank: true }),
  ];
  if (lastRow >= R.first) {
    const products = `D${R.first}:${grid.lastWeekColumn}${lastRow}`;
    formats.push(
      rule(products, "launch", { equals: codes.launch }),
      rule(products, "warehouse", { equals: codes.warehouse }),
      rule(products, "presale", { equals: codes.presale }),
      rule(products, "deposit", { equals: codes.deposit }),
      rule(products, "balance", { equals: codes.balance }),
      rule(products, "promotion", { notBlank: true })
    );
  }
  return formats;
}

export function timelineLegend(
  t: TimelineTexts["t"],
  codes: TimelineTexts["code"]
): TimelineLegendEntry[] {
  const entries: [TimelineKind, string | undefined][] = [
    ["launch", codes.launch],
    ["warehouse", codes.warehouse],
    ["presale", codes.presale],
    ["deposit", codes.deposit],
    ["balance", codes.balance],
    ["promotion", undefined],
    ["festival", undefined],
    ["shutdown", codes.shutdown],
    ["stockOut", undefined],
  ];
  return entries.map(([kind, c]) => ({
    kind,
    ...(c !== undefined ? { code: c } : {}),
    label: t(`legend_${kind}`),
    ...COLOURS[kind],
  }));
}

/** Display width in characters: a CJK (full-width) character takes two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

/** Week columns wide enough for the longest code a product's week cell shows ("Tmall", "拼多多"), within min–10. */
export function weekColumnWidth(
  grid: TimelineGrid,
  productRows: readonly LayoutCell[][],
  min: number
): number {
  let widest = 0;
  for (const row of productRows) widest = Math.max(widest, widestWeekText(grid, row));
  return weekWidthOf(widest, min);
}

/** The display width of the widest text a row's week cells show (0 for none). */
export function widestWeekText(grid: TimelineGrid, row: readonly LayoutCell[]): number {
  let widest = 0;
  const from = grid.weekIndex(0);
  const to = from + grid.weeks.length;
  for (let i = from; i < to; i++) {
    const c = row[i];
    const text = isFormulaCell(c) ? c.result : c;
    if (typeof text === "string" && text) widest = Math.max(widest, displayWidth(text));
  }
  return widest;
}

/** The week columns' width for the widest text they show, within min–10. */
export const weekWidthOf = (widest: number, min: number): number =>
  Math.min(10, Math.max(min, widest + 1.5));

export function timelineColumns(grid: TimelineGrid, weekWidth: number): TimelineColumn[] {
  return [
    { letter: "A", role: "sku", width: 14 },
    { letter: "B", role: "name", width: 24 },
    { letter: "C", role: "tier", width: 10 },
    ...grid.weekColumns.map((letter): TimelineColumn => ({
      letter,
      role: "week",
      width: weekWidth,
    })),
    ...HELPERS.map((h): TimelineColumn => ({
      letter: grid.helperColumn[h],
      role: "helper",
      width: 11,
      hidden: true,
    })),
    ...grid.slotKinds.flatMap((kind) =>
      Array.from({ length: grid.slotCount(kind) }, (_, k): TimelineColumn => ({
        letter: columnLetter(grid.slotIndex(kind, k) + 1),
        role: "slot",
        width: 11,
        hidden: true,
      }))
    ),
  ];
}
