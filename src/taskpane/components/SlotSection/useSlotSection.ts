import { useMemo, useState } from "react";
import type { SlotObjective } from "../../../core/metrics/slotValue";
import { count, money } from "../../../core/numberText";
import { rankSlot, salesRates, type SlotCandidate } from "../../../core/slot";
import { usePaneT, type PaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import { rate2 } from "../../model/viewNumbers";
import type { SlotCandidateView, SlotSectionProps, SlotSectionState } from "./SlotSection.types";

/** The event's visitors until the planner types theirs. */
export const DEFAULT_EVENT_VISITORS = 20000;
const DEFAULT_CANDIDATES = 3;

/** The sheets each estimate names: the workbook's own Daily and Sales. */
interface SheetNames {
  daily: string;
  sales: string;
}

function basketLine(t: PaneT, c: SlotCandidate, currency: string, sheets: SheetNames): string {
  const spend =
    c.spendPerBuyer === null ? t("notAvailable") : money(round2(c.spendPerBuyer), currency);
  const common = { units: count(round2(c.unitsPerBuyer)), spend, sales: sheets.sales };
  if (c.basketBasis === "sku")
    return t("slotBasket_sku", {
      ...common,
      aov: money(round2(c.aov ?? 0), currency),
      realised: money(round2(c.realisedPrice ?? 0), currency),
      days: c.basketDays,
    });
  if (c.basketBasis === "store") return t("slotBasket_store", { ...common, days: c.basketDays });
  return t("slotBasket_none", common);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function viewOf(
  t: PaneT,
  c: SlotCandidate,
  objective: SlotObjective,
  visitors: number,
  currency: string,
  sheets: SheetNames
): SlotCandidateView {
  const m = (v: number | null) => (v === null ? t("notAvailable") : money(Math.round(v), currency));
  const name = c.name ? `${c.sku} ${c.name}` : c.sku;
  return {
    sku: c.sku,
    title:
      c.rank === null
        ? `${t("slotUnranked")} · ${name}`
        : `${t("slotRank", { rank: c.rank })} ${name}`,
    value: t("slotValue", { objective: t(`slot_${objective}`), value: m(c.value) }),
    lines: [
      t("slotBuyers", {
        buyers: c.buyers === null ? t("notAvailable") : count(Math.round(c.buyers)),
        visitors: count(visitors),
        conversion: c.conversion === null ? t("notAvailable") : rate2(c.conversion),
        basis: t(`slotBasis_${c.basis}`, { days: c.days, ...sheets }),
      }),
      t("slotPrice", {
        price: c.price === null ? t("notAvailable") : money(c.price, currency),
        source: t(`slotPrice_${c.priceSource}`),
        cost: c.unitCost === null ? t("notAvailable") : money(c.unitCost, currency),
      }),
      basketLine(t, c, currency, sheets),
      t("slotFigures", { profit: m(c.profit), revenue: m(c.revenue), traffic: m(c.traffic) }),
    ],
    ranked: c.rank !== null,
  };
}

export function useSlotSection({ plan, lang }: SlotSectionProps): SlotSectionState {
  const t = usePaneT();
  const options = useMemo(
    () =>
      plan.products.map((p) => ({
        sku: p.v.sku,
        label: p.v.name ? `${p.v.sku} ${p.v.name}` : p.v.sku,
      })),
    [plan]
  );
  const defaults = useMemo(() => {
    const heroes = plan.products.filter((p) => p.v.tier === "hero").map((p) => p.v.sku);
    return (heroes.length >= 2 ? heroes : plan.products.map((p) => p.v.sku)).slice(
      0,
      DEFAULT_CANDIDATES
    );
  }, [plan]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [objective, setObjective] = useState<SlotObjective>("profit");
  const [visitors, setVisitors] = useState(DEFAULT_EVENT_VISITORS);
  const known = new Set(options.map((o) => o.sku));
  const selected = (chosen ?? defaults).filter((s) => known.has(s));
  const sales = useMemo(() => salesRates(plan.sales), [plan]);
  const ranking = useMemo(
    () =>
      rankSlot({
        skus: selected,
        objective,
        visitors,
        products: plan.products,
        promotions: plan.promotions,
        daily: plan.daily,
        sales,
      }),
    [selected.join("\u0000"), objective, visitors, plan, sales]
  );
  const currency = plan.settings.currency;
  const daily = workbookSheetName(plan, "daily", lang);
  const sheets = { daily, sales: workbookSheetName(plan, "sales", lang) };
  const s = ranking.store;
  const labelOf = new Map(options.map((o) => [o.sku, o.label]));
  return {
    t,
    options,
    selected,
    selectedText: selected.map((sku) => labelOf.get(sku) ?? sku).join(t("listSeparator")),
    toggle: setChosen,
    objective,
    setObjective,
    visitors,
    setVisitors: (v) => setVisitors(Number.isFinite(v) && v >= 0 ? Math.round(v) : 0),
    store:
      s.conversion === null
        ? t("slotNoStore", { daily })
        : t("slotStore", {
            conversion: rate2(s.conversion),
            uv:
              s.uvValue === null
                ? t("notAvailable")
                : money(Math.round(s.uvValue * 100) / 100, currency),
            days: s.days,
            daily,
          }),
    tie:
      ranking.trafficTie && ranking.candidates.length > 1 && ranking.candidates[0].traffic !== null
        ? t("slotTrafficTie", { value: money(Math.round(ranking.candidates[0].traffic), currency) })
        : null,
    candidates: ranking.candidates.map((c) => viewOf(t, c, objective, visitors, currency, sheets)),
    empty: selected.length === 0 ? t("slotNoCandidates") : null,
  };
}
