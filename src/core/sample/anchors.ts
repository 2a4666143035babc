/** The dates a plan year hangs on: the festival windows of the Chinese e-commerce calendar and the Spring Festival. */
import { serialOfYmd } from "../read/dates";
import type { Serial } from "../plan";
import { springFestival } from "./springFestival";

export interface Window {
  from: Serial;
  to: Serial;
}

export interface Anchors {
  year: number;
  /** Serial of a day of the plan year (month 1–12); `yearOffset` −1 for the year before. */
  day(month: number, day: number, yearOffset?: number): Serial;
  /** The Spring Festival (春节), when known for this year. */
  springFestival?: Serial;
  windows: Record<WindowId, Window | undefined>;
}

/**
 * Festival windows (the Calendar sheet's rows) and two sample-only windows:
 * - nianhuo 年货节: ends 12 days before the Spring Festival (the last parcels must arrive before couriers stop), runs
 *   up to 16 days, never before 2 January;
 * - shutdown 春节物流停运: Spring Festival − 6 to + 7 days (腊月廿四 to 正月初八), when couriers stop;
 * - w38 三八女王节 6–8 March; m618 30 May – 18 June (20 days: 预售 + 正式 periods); d99 99划算节 7–9 September;
 *   d11 双11 23 October – 11 November (20 days, presale included); d12 双12 10–12 December.
 */
export type WindowId = "nianhuo" | "shutdown" | "w38" | "m618" | "d99" | "d11" | "d12";

function serial(year: number, month: number, day: number): Serial {
  const s = serialOfYmd(year, month, day);
  if (s === undefined) throw new Error(`No such date ${year}-${month}-${day}`);
  return s;
}

export function anchorsOf(year: number): Anchors {
  const day = (month: number, d: number, yearOffset = 0): Serial =>
    serial(year + yearOffset, month, d);
  const sf = springFestival(year);
  const sfSerial = sf ? day(sf[0], sf[1]) : undefined;
  const windows: Record<WindowId, Window | undefined> = {
    nianhuo:
      sfSerial === undefined
        ? undefined
        : { from: Math.max(day(1, 2), sfSerial - 28), to: sfSerial - 12 },
    shutdown: sfSerial === undefined ? undefined : { from: sfSerial - 6, to: sfSerial + 7 },
    w38: { from: day(3, 6), to: day(3, 8) },
    m618: { from: day(5, 30), to: day(6, 18) },
    d99: { from: day(9, 7), to: day(9, 9) },
    d11: { from: day(10, 23), to: day(11, 11) },
    d12: { from: day(12, 10), to: day(12, 12) },
  };
  return { year, day, springFestival: sfSerial, windows };
}
