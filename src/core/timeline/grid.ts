/**
 * Where the Timeline's columns and top rows are: SKU, Name, Tier, one column per week, the hidden helper columns of
 * each product row, then its hidden promotion slots: `slots` Start columns, as many End columns, as many Platform
 * columns (slot k of a row is the SKU's k-th promotion, in Promotions order), then `presaleSlots` of each presale date
 * (Deposit start, Deposit end, Balance start, Balance end: presale slot j is the SKU's j-th promotion with a presale
 * date, in Promotions order — most promotions are no presale, so these are few).
 */
import { columnLetter } from "../cells";
import type { PlanWeek } from "./isoWeeks";

export const TIMELINE_ROWS = {
  month: 1,
  header: 2,
  monday: 3,
  before: 4,
  from: 5,
  calendar: 6,
  first: 7,
} as const;

/** The hidden per-product helper columns, in column order. */
export const HELPERS = [
  "row",
  "launch",
  "presale",
  "warehouse",
  "launchWk",
  "presaleWk",
  "warehouseWk",
  "first",
  "last",
] as const;
export type Helper = (typeof HELPERS)[number];

/** The 1-based column of the first week. */
export const FIRST_WEEK_COLUMN = 4;

/** A week column's references to its Monday and its criteria cells (rows 3–5), row-anchored. */
export interface WeekRefs {
  monday: string;
  before: string;
  from: string;
}

export interface TimelineGrid {
  weeks: readonly PlanWeek[];
  weekColumns: string[];
  lastWeekColumn: string;
  weekRefs: WeekRefs[];
  helperColumn: Record<Helper, string>;
  /** Promotion slots per product row (0 without a Promotions sheet). */
  slots: number;
  /** Presale slots of each presale date kind per product row (0 without presale kinds). */
  presaleSlots: number;
  /** The kinds of slot the grid has: the presale dates only when a promotion of the plan is a presale. */
  slotKinds: readonly SlotKind[];
  /** The first and last column of each kind of slot ("BL", "BP"), when there are slots. */
  slotColumns: Partial<Record<SlotKind, { first: string; last: string }>> | undefined;
  /** How many slots of a kind a row has: `slots` of Start, End and Platform, `presaleSlots` of a presale date. */
  slotCount(kind: SlotKind): number;
  /** Columns of a row: A to the last slot. */
  width: number;
  /** 0-based index in a row of week i's cell, of a helper's, of slot k of a kind. */
  weekIndex(i: number): number;
  helperIndex(i: number): number;
  slotIndex(kind: SlotKind, k: number): number;
}

/** Issue 16: a presale's deposit and balance windows follow its Start, End and Platform. */
export const SLOT_KINDS = [
  "start",
  "end",
  "platform",
  "depositStart",
  "depositEnd",
  "balanceStart",
  "balanceEnd",
] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** The slot kinds of a plan without presales (issue 16's four presale dates left out: a third of the slot cells). */
export const BASE_SLOT_KINDS: readonly SlotKind[] = ["start", "end", "platform"];

const isBaseKind = (kind: SlotKind): boolean => BASE_SLOT_KINDS.includes(kind);

export function timelineGrid(
  weeks: readonly PlanWeek[],
  slots: number,
  kinds: readonly SlotKind[] = SLOT_KINDS,
  presaleSlots = slots
): TimelineGrid {
  const n = weeks.length;
  const firstSlot = FIRST_WEEK_COLUMN + n + HELPERS.length;
  const countOf = (kind: SlotKind): number =>
    slots === 0 ? 0 : isBaseKind(kind) ? slots : presaleSlots;
  const offsets = new Map<SlotKind, number>();
  let slotWidth = 0;
  for (const kind of kinds) {
    offsets.set(kind, slotWidth);
    slotWidth += countOf(kind);
  }
  const slotColumn = (kind: SlotKind, k: number): number =>
    firstSlot + (offsets.get(kind) ?? 0) + k;
  const weekColumns = weeks.map((_, i) => columnLetter(FIRST_WEEK_COLUMN + i));
  const R = TIMELINE_ROWS;
  return {
    weeks,
    weekColumns,
    lastWeekColumn: weekColumns[n - 1],
    weekRefs: weekColumns.map((x) => ({
      monday: `${x}$${R.monday}`,
      before: `${x}$${R.before}`,
      from: `${x}$${R.from}`,
    })),
    helperColumn: Object.fromEntries(
      HELPERS.map((h, i) => [h, columnLetter(FIRST_WEEK_COLUMN + n + i)])
    ) as Record<Helper, string>,
    slots,
    presaleSlots: slots === 0 ? 0 : kinds.some((k) => !isBaseKind(k)) ? presaleSlots : 0,
    slotColumns:
      slots > 0
        ? (Object.fromEntries(
            kinds.map((kind) => [
              kind,
              {
                first: columnLetter(slotColumn(kind, 0)),
                last: columnLetter(slotColumn(kind, countOf(kind) - 1)),
              },
            ])
          ) as Partial<Record<SlotKind, { first: string; last: string }>>)
        : undefined,
    slotKinds: kinds,
    slotCount: countOf,
    width: firstSlot - 1 + slotWidth,
    weekIndex: (i) => FIRST_WEEK_COLUMN - 1 + i,
    helperIndex: (i) => FIRST_WEEK_COLUMN - 1 + n + i,
    slotIndex: (kind, k) => slotColumn(kind, k) - 1,
  };
}
