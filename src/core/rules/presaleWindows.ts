import { cellOf, type CellRef, type Hit } from "../finding";
import type { CalendarEvent, Promotion, Row, Serial } from "../plan";
import { defineRule } from "./rule";
import { Intervals, iso, registerVariant } from "./promoHelpers";

type Opt<T> = T | null | undefined;

/** The presale fields PRESALE_WINDOWS reads, and which of them a breach points at. */
export type PresaleDateField = "depositEnd" | "balanceStart" | "balanceEnd";

export interface PresaleWindowsBreach {
  field: PresaleDateField;
  /** "missing", "depositOrder", "balanceOrder", "overlap" or "shipBy". */
  context: string;
  params: Record<string, string>;
}

const has = (d: Opt<Serial>): d is Serial => typeof d === "number" && Number.isFinite(d);

/**
 * Row-level PRESALE_WINDOWS (shared with PLAN.PRESALECHECK), first breach only, in this order: a window date
 * missing (Deposit end, Balance start, Balance end); Deposit end before Deposit start; Balance end before Balance
 * start; the balance starting on or before the deposit's last day (the windows overlap: 尾款 opens after 定金 closes);
 * the balance ending after the Ship by date. A balance ending on Ship by is fine.
 */
export function presaleWindowsBreach(
  depositStart: Serial,
  depositEnd: Opt<Serial>,
  balanceStart: Opt<Serial>,
  balanceEnd: Opt<Serial>,
  shipBy?: Opt<Serial>
): PresaleWindowsBreach | null {
  const missing = (field: PresaleDateField): PresaleWindowsBreach => ({
    field,
    context: "missing",
    params: {},
  });
  if (!has(depositEnd)) return missing("depositEnd");
  if (!has(balanceStart)) return missing("balanceStart");
  if (!has(balanceEnd)) return missing("balanceEnd");
  if (depositEnd < depositStart)
    return {
      field: "depositEnd",
      context: "depositOrder",
      params: { depositStart: iso(depositStart), depositEnd: iso(depositEnd) },
    };
  if (balanceEnd < balanceStart)
    return {
      field: "balanceEnd",
      context: "balanceOrder",
      params: { balanceStart: iso(balanceStart), balanceEnd: iso(balanceEnd) },
    };
  if (balanceStart <= depositEnd)
    return {
      field: "balanceStart",
      context: "overlap",
      params: { balanceStart: iso(balanceStart), depositEnd: iso(depositEnd) },
    };
  if (has(shipBy) && balanceEnd > shipBy)
    return {
      field: "balanceEnd",
      context: "shipBy",
      params: { balanceEnd: iso(balanceEnd), shipBy: iso(shipBy) },
    };
  return null;
}

/** The presale rules' rows: Promotions rows with a Deposit start. */
export const presalesOf = (promotions: readonly Row<Promotion>[]): Row<Promotion>[] =>
  promotions.filter((p) => p.v.depositStart !== undefined);

/**
 * The Ship by in force for a promotion: the earliest Ship by of the Calendar events overlapping its Start..End
 * (an event with a Platform only for that platform's promotions), with its event.
 */
export function shipByLookup(
  calendar: readonly Row<CalendarEvent>[]
): (p: Promotion) => Row<CalendarEvent> | undefined {
  const withShipBy = new Intervals(
    calendar.filter((c) => c.v.shipBy !== undefined),
    (c) => c.v.from,
    (c) => c.v.to
  );
  return (p) => {
    let best: Row<CalendarEvent> | undefined;
    for (const ev of withShipBy.overlapping(p.start, p.end)) {
      if (ev.v.platform !== undefined && ev.v.platform !== p.platform) continue;
      if (!best || (ev.v.shipBy as number) < (best.v.shipBy as number)) best = ev;
    }
    return best;
  };
}

registerVariant("PRESALE_WINDOWS", "missing", {
  en: "A presale (it has a Deposit start) needs its Deposit end, Balance start and Balance end: this one is blank.",
  "zh-CN": "预售（已填定金开始）需要填写定金结束、尾款开始和尾款结束：此处为空。",
});
registerVariant("PRESALE_WINDOWS", "depositOrder", {
  en: "Deposit end {{depositEnd}} is before Deposit start {{depositStart}}.",
  "zh-CN": "定金结束 {{depositEnd}} 早于定金开始 {{depositStart}}。",
});
registerVariant("PRESALE_WINDOWS", "balanceOrder", {
  en: "Balance end {{balanceEnd}} is before Balance start {{balanceStart}}.",
  "zh-CN": "尾款结束 {{balanceEnd}} 早于尾款开始 {{balanceStart}}。",
});
registerVariant("PRESALE_WINDOWS", "overlap", {
  en: "Balance start {{balanceStart}} is not after Deposit end {{depositEnd}}: the balance (尾款) opens once the deposit (定金) window has closed.",
  "zh-CN": "尾款开始 {{balanceStart}} 不晚于定金结束 {{depositEnd}}：尾款应在定金期结束后开始。",
});
registerVariant("PRESALE_WINDOWS", "shipBy", {
  en: 'Balance end {{balanceEnd}} is after {{shipBy}}, the Ship by date of "{{event}}": orders paid then cannot ship in time.',
  "zh-CN":
    "尾款结束 {{balanceEnd}} 晚于“{{event}}”的最晚发货日期 {{shipBy}}：届时付款的订单无法按时发货。",
});

export const presaleWindows = defineRule({
  id: "PRESALE_WINDOWS",
  severity: "error",
  reads: [
    "promotions.depositStart",
    "promotions.depositEnd",
    "promotions.balanceStart",
    "promotions.balanceEnd",
    "calendar.shipBy",
    "calendar.platform",
  ],
  message: {
    en: "The presale windows are out of order.",
    "zh-CN": "预售定金与尾款时间顺序有误。",
  },
  check({ plan }) {
    const shipByOf = shipByLookup(plan.calendar);
    const hits: Hit[] = [];
    for (const p of presalesOf(plan.promotions)) {
      const { depositStart, depositEnd, balanceStart, balanceEnd } = p.v;
      const event = shipByOf(p.v);
      const breach = presaleWindowsBreach(
        depositStart as Serial,
        depositEnd,
        balanceStart,
        balanceEnd,
        event?.v.shipBy
      );
      if (!breach) continue;
      const related: CellRef[] = [cellOf(p, "depositStart")];
      const params: Record<string, string> = { ...breach.params, context: breach.context };
      if (breach.context === "shipBy" && event) {
        related.push(cellOf(event, "shipBy"));
        params.event = event.v.event;
      }
      hits.push({
        rule: "PRESALE_WINDOWS",
        at: cellOf(p, breach.field, "depositStart"),
        params,
        related,
        sku: p.v.sku,
      });
    }
    return hits;
  },
});
