/**
 * The Calendar sheet's rows for a plan year: the festivals of the Chinese e-commerce calendar and the Spring Festival
 * logistics shutdown. The template seeds them even without `--sample`, so a planner starts from the real dates.
 * Max promo days is filled only where platforms run longer events (618 and 双11 have 预售 + 正式 periods); blank
 * means the Settings default applies.
 */
import type { Lang } from "../schema/types";
import { anchorsOf, type WindowId } from "./anchors";
import { say, type FieldRow, type Text } from "./types";

interface EventSpec {
  window: WindowId;
  name: Text;
  kind: "festival" | "shutdown";
  maxPromoDays?: number;
}

export const CALENDAR_EVENTS: readonly EventSpec[] = [
  { window: "nianhuo", name: { en: "Nianhuo Festival 年货节", zh: "年货节" }, kind: "festival" },
  {
    window: "shutdown",
    name: { en: "Spring Festival logistics shutdown 春节物流停运", zh: "春节物流停运" },
    kind: "shutdown",
  },
  { window: "w38", name: { en: "Queen's Day 3.8 女王节", zh: "38女王节" }, kind: "festival" },
  {
    window: "m618",
    name: { en: "618 Mid-year Sale", zh: "618年中大促" },
    kind: "festival",
    maxPromoDays: 20,
  },
  { window: "d99", name: { en: "99 Bargain Day 99划算节", zh: "99划算节" }, kind: "festival" },
  {
    window: "d11",
    name: { en: "Double 11 双11", zh: "双11全球狂欢节" },
    kind: "festival",
    maxPromoDays: 20,
  },
  { window: "d12", name: { en: "Double 12 双12", zh: "双12" }, kind: "festival" },
];

const KIND: Record<EventSpec["kind"] | "past", Text> = {
  festival: { en: "festival", zh: "节日" },
  shutdown: { en: "logistics shutdown", zh: "物流停运" },
  past: { en: "past festival", zh: "往年节日" },
};

/**
 * Calendar rows of `year`, then the year before's festivals under the same names, marked past (the promotion review
 * compares a promotion with last year's same event); the Spring Festival rows are left out for a year whose Spring
 * Festival is unknown. Past rows carry no Max promo days: they overlap no promotion of the plan year.
 */
export function festivalCalendar(year: number, lang: Lang): FieldRow[] {
  const rows: FieldRow[] = [];
  const add = (y: number, past: boolean): void => {
    const { windows } = anchorsOf(y);
    for (const e of CALENDAR_EVENTS) {
      const w = windows[e.window];
      if (!w || (past && e.kind !== "festival")) continue;
      rows.push({
        event: say(e.name, lang),
        from: w.from,
        to: w.to,
        kind: say(KIND[past ? "past" : e.kind], lang),
        maxPromoDays: past ? null : (e.maxPromoDays ?? null),
      });
    }
  };
  add(year, false);
  add(year - 1, true);
  return rows;
}
