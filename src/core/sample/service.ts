/**
 * The Service sheet (客服) of the sample: the same 61 days as Daily (August and September of the year before the
 * plan), three day agents (two a day, in turn), two night agents (大伟 every third night, 小林 the others) and 小周,
 * a part-timer on weekend nights, who is held to the store's weekends.
 * Saturdays convert about 13 % worse than the week and nights about 10 % worse: normal, no finding. 大伟 converts a
 * third below the store's rate on his weekdays: SERVICE_CONVERSION_LOW on his latest row.
 */
import type { Lang } from "../schema/types";
import type { Anchors } from "./anchors";
import { listLabel } from "./localise";
import { say, type Breach, type FieldRow, type Text } from "./types";

interface Agent {
  name: string;
  platform: string;
  conversion: number;
  seconds: number;
}

const DAY_AGENTS: readonly Agent[] = [
  { name: "小美", platform: "Tmall", conversion: 1.05, seconds: 18 },
  { name: "婷婷", platform: "Tmall", conversion: 1.0, seconds: 22 },
  { name: "阿杰", platform: "JD", conversion: 0.97, seconds: 25 },
];
const NIGHT_AGENTS: readonly Agent[] = [
  { name: "小林", platform: "Tmall", conversion: 1.0, seconds: 38 },
  { name: "大伟", platform: "Tmall", conversion: 0.66, seconds: 64 },
];
/** A part-timer on weekend nights only: held to the store's weekends, not its whole week. */
const WEEKEND_AGENT: Agent = { name: "小周", platform: "Douyin", conversion: 1.05, seconds: 41 };
const SHIFTS: Record<"day" | "night", Text> = {
  day: { en: "Day", zh: "白班" },
  night: { en: "Night", zh: "夜班" },
};

/** Monday-first: weekends bring more inquiries; Saturday's browse-and-ask converts worse. */
const INQUIRY_WEEK = [1, 0.95, 0.95, 1, 1.1, 1.35, 1.25];
const CONVERSION_WEEK = [1.03, 1.02, 1.0, 1.0, 0.99, 0.87, 0.95];
const BASE_CONVERSION = 0.32;
const NIGHT_CONVERSION = 0.9;
const AOV = 265;

export const SERVICE_DAYS = 61;

/** A deterministic jitter in [−0.5, 0.5). */
const jitter = (i: number): number =>
  ((((i * 7919 + 104729) % 233280) + 233280) % 233280) / 233280 - 0.5;

const LOW: Breach = {
  rule: "SERVICE_CONVERSION_LOW",
  field: "buyers",
  why: {
    en: "大伟 (night shift) converts a third below what the store converts on the same weekdays.",
    zh: "大伟（夜班）的询单转化率比本店同星期的转化率低三分之一。",
  },
};

/** One agent's day; `i` seeds the jitter. */
function dayRow(
  i: number,
  date: number,
  w: number,
  agent: Agent,
  shift: "day" | "night",
  lang: Lang
): FieldRow {
  const base = shift === "day" ? 72 : 44;
  const inquiries = Math.round(base * INQUIRY_WEEK[w] * (1 + 0.12 * jitter(i)));
  const conv =
    BASE_CONVERSION *
    CONVERSION_WEEK[w] *
    agent.conversion *
    (shift === "night" ? NIGHT_CONVERSION : 1) *
    (1 + 0.1 * jitter(i + 5));
  const buyers = Math.round(inquiries * conv);
  return {
    date,
    agent: agent.name,
    shift: say(SHIFTS[shift], lang),
    platform: listLabel("platform", agent.platform, lang),
    inquiries,
    buyers,
    revenue: Math.round(buyers * AOV * (1 + 0.08 * jitter(i + 9)) * 100) / 100,
    responseSeconds: Math.round(agent.seconds * (1 + 0.2 * jitter(i + 2)) * 10) / 10,
  };
}

export function serviceRows(
  a: Anchors,
  lang: Lang
): { rows: FieldRow[]; breaches: { index: number; breach: Breach }[] } {
  const first = a.day(8, 1, -1);
  const rows: FieldRow[] = [];
  // The part-timer's rows come last, as a block of their own: the other rows keep their places in every plan year.
  const weekend: FieldRow[] = [];
  let lowLatest = -1;
  for (let d = 0; d < SERVICE_DAYS; d++) {
    const date = first + d;
    const w = (date + 5) % 7; // Monday = 0 (serials from March 1900 on)
    const on: [Agent, "day" | "night"][] = [
      ...DAY_AGENTS.filter((_, k) => k !== d % 3).map((g): [Agent, "day"] => [g, "day"]),
      [d % 3 === 0 ? NIGHT_AGENTS[1] : NIGHT_AGENTS[0], "night"],
    ];
    for (const [agent, shift] of on) {
      if (agent === NIGHT_AGENTS[1]) lowLatest = rows.length;
      rows.push(dayRow(rows.length, date, w, agent, shift, lang));
    }
    if (w >= 5) weekend.push(dayRow(1000 + weekend.length, date, w, WEEKEND_AGENT, "night", lang));
  }
  return { rows: [...rows, ...weekend], breaches: [{ index: lowLatest, breach: LOW }] };
}
