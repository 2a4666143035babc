/**
 * The Timeline layout for the planner's own workbook: its sheet names and column letters, as the reader found them, and
 * no formula naming a sheet it lacks.
 */
import type { Plan } from "../plan";
import type { SheetInput } from "../read/input";
import { readPlan } from "../read/readPlan";
import type { Lang, SheetId } from "../schema/types";
import {
  timelineLayout,
  timelineLayoutRows,
  type TimelineLayout,
  type TimelineOptions,
} from "./layout";
import { schemaLetters, templateSheetNames, type LayoutCell } from "../write/layout";

export function workbookTimeline(plan: Plan, lang: Lang, year: number): TimelineLayout {
  return timelineLayout(plan, workbookOptions(plan, lang, year));
}

/** workbookTimeline with its rows given to `onRow` as they are made (timelineLayoutRows); its `rows` left empty. */
export function workbookTimelineRows(
  plan: Plan,
  lang: Lang,
  year: number,
  onRow: (row: LayoutCell[]) => void
): TimelineLayout {
  return timelineLayoutRows(plan, workbookOptions(plan, lang, year), onRow);
}

function workbookOptions(plan: Plan, lang: Lang, year: number): TimelineOptions {
  const found: Partial<Record<SheetId, Partial<Record<string, string>>>> = {
    products: plan.products[0]?.cols,
    promotions: plan.promotions[0]?.cols,
    calendar: plan.calendar[0]?.cols,
  };
  const template = templateSheetNames(lang);
  return {
    lang,
    year,
    letters: (sheet, field) => found[sheet]?.[field] ?? schemaLetters(sheet, field),
    sheetName: (sheet) => plan.sheetNames[sheet] ?? template(sheet),
    hasSheet: (sheet) => plan.sheetNames[sheet] !== undefined,
    // Without a row to tell, the schema's letters stand (there is then nothing for a slot to name).
    hasField: (sheet, field) => found[sheet] === undefined || found[sheet]?.[field] !== undefined,
  };
}

/** The Timeline's layout of a workbook's sheets and how many products it shows (Write Timeline's result line). */
export function sheetsTimeline(
  sheets: SheetInput[],
  lang: Lang,
  year: number
): { layout: TimelineLayout; products: number } {
  const plan = readPlan({ sheets });
  return { layout: workbookTimeline(plan, lang, year), products: plan.products.length };
}

/** sheetsTimeline with the layout's rows given to `onRow` as they are made (its `rows` left empty). */
export function sheetsTimelineRows(
  sheets: SheetInput[],
  lang: Lang,
  year: number,
  onRow: (row: LayoutCell[]) => void
): { layout: TimelineLayout; products: number } {
  const plan = readPlan({ sheets });
  return { layout: workbookTimelineRows(plan, lang, year, onRow), products: plan.products.length };
}
