/**
 * The workbook the LibreOffice benchmark opens: a bench plan (bench/generatePlan.ts at the asked size) written by the
 * project's own writer — planWorkbookLayout with formulas and the CLI's renderWorkbook, as `ops-planner template`
 * writes a plan — plus the Timeline sheet from timelineLayout (./timelineSheet.ts). A profile family keeps only its
 * own formulas (every other formula cell holds its cached value), or swaps the Timeline week cells for one piece of
 * their formula, so each family's cost is measured alone.
 */
import { columnLetter, quoteSheetName } from "../../src/core/cells";
import type { SheetRows, FieldRow } from "../../src/core/compute";
import { dateToSerial } from "../../src/core/read/dates";
import type { SheetId } from "../../src/core/schema/types";
import { timelineLayout, type TimelineLayout } from "../../src/core/timeline";
import { isFormulaCell, schemaLetters, type LayoutCell } from "../../src/core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import { renderWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { generateBenchPlan } from "../generatePlan";
import { renderTimeline } from "./timelineSheet";

export interface LoSize {
  products: number;
  promotions: number;
}

/** What the workbook's formulas are: everything, or one family alone. */
export const FAMILIES = {
  all: "every formula, with the Timeline",
  planSheets: "the plan sheets' formulas, no Timeline",
  timeline: "the Timeline's formulas alone (the plan sheets' as values)",
  productsFlags: "Products Flags alone (with the Warehouse key columns its guard reads)",
  warehouseKeys: "the Warehouse key columns alone (Products and Promotions)",
  skuRow: "Products SKU row alone (with the SKU stamp columns it reads)",
  promotionsFlags: "Promotions Flags alone",
  promotionsDays: "Promotions Days alone",
  pricesFlags: "Prices Flags alone",
  timelineHelpers: "Timeline product-row helper columns alone",
  timelineSlots: "Timeline promotion slots alone",
  timelineWeeks: "Timeline week cells alone (helpers and slots as values)",
  timelineMinifs:
    "Timeline week cells = a whole-column promotion MINIFS (the design before the slots)",
  timelineGuardedMinifs: "Timeline week cells = that MINIFS behind the span test",
  timelineCalendar: "Timeline Calendar row alone",
} as const;
export type Family = keyof typeof FAMILIES;

export interface LoWorkbook {
  /**
   * The cell the benchmark edits (a Promotions Start; with `edit` "calendar" the first Calendar event's From, which
   * every Promotions Flags cell reads), its current serial, and a cell that depends on it.
   */
  edit: { sheet: string; cell: string; serial: number };
  check?: { sheet: string; cell: string };
  /** Formula cells written. */
  formulas: number;
}

export const YEAR = 2027;
export const TODAY = new Date(Date.UTC(2026, 11, 1));

export function planRows(size: LoSize): SheetRows {
  const bench = generateBenchPlan(20270618, {
    products: size.products,
    promotions: size.promotions,
    prices: Math.round(size.promotions * 1.2),
    dailyYears: 2,
    dailyPlatforms: 6,
  });
  const rows: SheetRows = {};
  for (const s of bench.sheets) {
    if (s.id === "settings" || s.id === "lists") continue;
    // Formula cells of the generator are recomputed by the core: pass them as blank.
    rows[s.id as SheetId] = s.rows.map((r) => {
      const out: FieldRow = {};
      for (const [k, v] of Object.entries(r))
        out[k] = v !== null && typeof v === "object" && !(v instanceof Date) ? null : v;
      return out;
    });
  }
  return rows;
}

const valueOf = (v: LayoutCell): LayoutCell => (isFormulaCell(v) ? v.result : v);

/** Keeps the plan sheets' formulas of one family (all of them for `all` and `planSheets`). */
function keepPlanFormulas(layout: PlanWorkbookLayout, family: Family): void {
  const keys: [SheetId, string][] = [
    ["products", "warehouseKey"],
    ["promotions", "warehouseKey"],
    ["promotions", "warehouseKeys"],
  ];
  const keep: Partial<Record<Family, [SheetId, string][]>> = {
    productsFlags: [["products", "flags"], ...keys],
    warehouseKeys: keys,
    skuRow: [
      ["products", "skuRow"],
      ["products", "skuUnstamped"],
      ["products", "skuUnstampedKeys"],
    ],
    promotionsFlags: [["promotions", "flags"]],
    promotionsDays: [["promotions", "days"]],
    pricesFlags: [["prices", "flags"]],
  };
  if (family === "all" || family === "planSheets") return;
  // `timeline`: no plan-sheet family is kept (`only` is empty): every plan-sheet formula becomes its value.
  const only = keep[family] ?? [];
  for (const s of layout.sheets) {
    const kept = new Set(
      only.filter(([id]) => id === s.id).map(([, f]) => s.columns.findIndex((c) => c.field === f))
    );
    s.rows = s.rows.map((r) => r.map((v, i) => (kept.has(i) ? v : valueOf(v))));
  }
}

/** The piece of the week formula a family times, on Timeline row `r`, week column `x`. */
function weekPiece(tl: TimelineLayout, family: Family, r: number, x: string): string | undefined {
  const helper = (k: number): string =>
    `$${tl.columns.filter((c) => c.role === "helper")[k].letter}${r}`;
  const q = (field: string): string => {
    const l = schemaLetters("promotions", field);
    return `${quoteSheetName("Promotions")}!$${l}:$${l}`;
  };
  const minifs = `MINIFS(${q("start")},${q("sku")},$A${r},${q("start")},${x}$4,${q("end")},${x}$5)`;
  switch (family) {
    case "timelineMinifs":
      return minifs;
    case "timelineGuardedMinifs":
      return `IF(OR(${x}$3>${helper(8)},${x}$3+6<${helper(7)}),0,${minifs})`;
    default:
      return undefined;
  }
}

function timelineOf(layout: PlanWorkbookLayout, family: Family): TimelineLayout | undefined {
  if (family === "planSheets" || !layout.plan) return undefined;
  if (!family.startsWith("timeline") && family !== "all") return undefined;
  return timelineLayout(layout.plan, { lang: "en" });
}

/** Writes the workbook for `family` at `size` to `file`. */
export async function writeLoWorkbook(
  file: string,
  size: LoSize,
  family: Family,
  edit: "start" | "calendar" = "start"
): Promise<LoWorkbook> {
  const layout = planWorkbookLayout({
    lang: "en",
    year: YEAR,
    sample: false,
    today: TODAY,
    formulas: true,
    data: planRows(size),
  });
  keepPlanFormulas(layout, family);
  const wb = renderWorkbook(layout, "en", TODAY);
  const tl = timelineOf(layout, family);
  if (tl) {
    const first = tl.calendarRow + 1;
    const weekLetters = new Set(tl.weeks.map((w) => w.column));
    const letterOf = (col: number): string => columnLetter(col);
    renderTimeline(wb, tl, (v, at) => {
      if (!isFormulaCell(v) || family === "all" || family === "timeline") return v;
      const wanted: Partial<Record<Family, boolean>> = {
        timelineHelpers: at.role === "helper",
        timelineSlots: at.role === "slot",
        timelineWeeks: at.role === "week",
        timelineCalendar: at.row === tl.calendarRow && weekLetters.has(letterOf(at.col)),
      };
      if (at.role === "week" && at.row >= first) {
        const piece = weekPiece(tl, family, at.row, letterOf(at.col));
        if (piece) return { formula: piece, result: 0 };
      }
      // The criteria rows (4–5) stay formulas: the week cells' MINIFS read them.
      if (at.row === 4 || at.row === 5) return v;
      return wanted[family] ? v : valueOf(v);
    });
  }
  await wb.xlsx.writeFile(file);

  const promotions = layout.sheets.find((s) => s.id === "promotions");
  if (!promotions) throw new Error("no Promotions sheet");
  const startIdx = promotions.columns.findIndex((c) => c.field === "start");
  let i = Math.floor(promotions.rows.length / 2);
  while (!(promotions.rows[i][startIdx] instanceof Date)) i++;
  const row = promotions.firstRow + i;
  const serial = dateToSerial(promotions.rows[i][startIdx] as Date);
  const formulas =
    layout.sheets.reduce((n, s) => n + s.rows.flat().filter(isFormulaCell).length, 0) +
    (tl ? tl.rows.flat().filter(isFormulaCell).length : 0);
  const startCell = `${promotions.columns[startIdx].letter}${row}`;
  if (edit === "calendar") {
    const calendar = layout.sheets.find((s) => s.id === "calendar");
    const fromIdx = calendar?.columns.findIndex((c) => c.field === "from") ?? -1;
    const from = calendar?.rows[0]?.[fromIdx];
    if (!calendar || !(from instanceof Date)) throw new Error("no dated Calendar event");
    return {
      edit: {
        sheet: calendar.name,
        cell: `${calendar.columns[fromIdx].letter}${calendar.firstRow}`,
        serial: dateToSerial(from),
      },
      formulas,
    };
  }
  return {
    edit: { sheet: promotions.name, cell: startCell, serial },
    check: tl ? slotOf(tl, startCell) : undefined,
    formulas,
  };
}

/** The Timeline's promotion slot that reads a Promotions Start cell ("D5"): a cell the edit recalculates. */
function slotOf(
  tl: TimelineLayout,
  startCell: string
): { sheet: string; cell: string } | undefined {
  const ref = new RegExp(
    `!\\$${startCell.replace(/\d+$/, "")}\\$${startCell.replace(/^[A-Z]+/, "")}(?!\\d)`
  );
  for (let r = 0; r < tl.rows.length; r++)
    for (let c = 0; c < tl.columns.length; c++) {
      const v = tl.rows[r][c];
      if (tl.columns[c].role === "slot" && isFormulaCell(v) && ref.test(v.formula))
        return { sheet: tl.name, cell: `${columnLetter(c + 1)}${r + 1}` };
    }
  return undefined;
}
