import { useMemo } from "react";
import { count, pct } from "../../../core/numberText";
import { isoOfSerial } from "../../../core/read/dates";
import {
  serviceModel,
  spreadOf,
  type ServiceGroup,
  type ServiceModel,
} from "../../../core/service/conversion";
import { usePaneT, type PaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import { points, rate2, signedPct } from "../../model/viewNumbers";
import type { Settings } from "../../../core/settings";
import type {
  ServiceRowView,
  ServiceSectionProps,
  ServiceSectionState,
  ServiceTableView,
} from "./ServiceSection.types";

const WEEKDAY_KEYS = [
  "weekday0",
  "weekday1",
  "weekday2",
  "weekday3",
  "weekday4",
  "weekday5",
  "weekday6",
] as const;

function labelOf(g: ServiceGroup, weekdays: readonly string[]): string {
  if (g.kind === "weekday") return weekdays[g.weekday ?? 0];
  if (g.kind === "shift") return g.shift ?? "";
  if (g.kind === "agentShift") return `${g.agent} / ${g.shift}`;
  return g.agent ?? "";
}

function rowsOf(
  t: PaneT,
  groups: readonly ServiceGroup[],
  settings: Settings,
  weekdays: readonly string[],
  judged: boolean
): ServiceRowView[] {
  const gap = settings.serviceConversionGap;
  return groups.map((g) => {
    const enough = g.inquiries >= settings.serviceMinInquiries;
    const low =
      judged &&
      enough &&
      g.rate !== null &&
      g.expected !== null &&
      g.rate < g.expected * (1 - gap) - 1e-12;
    return {
      key: `${g.kind}:${labelOf(g, weekdays)}`,
      label: labelOf(g, weekdays),
      inquiries: count(g.inquiries),
      rate: g.rate === null ? t("notAvailable") : rate2(g.rate),
      gap: g.gap === null ? t("notAvailable") : signedPct(g.gap),
      expected: g.expected === null ? "" : t("serviceExpected", { rate: rate2(g.expected) }),
      note: low
        ? t("serviceLow", { gap: pct(gap) })
        : judged && !enough
          ? t("serviceFew", { min: count(settings.serviceMinInquiries) })
          : null,
      low,
    };
  });
}

function tablesOf(
  t: PaneT,
  m: ServiceModel,
  settings: Settings,
  weekdays: readonly string[]
): ServiceTableView[] {
  const table = (
    title: ServiceTableView["title"],
    groups: readonly ServiceGroup[],
    judged: boolean
  ): ServiceTableView => {
    const s = spreadOf(groups);
    return {
      title,
      rows: rowsOf(t, groups, settings, weekdays, judged),
      spread: s
        ? t("serviceSpread", {
            points: points(s.points),
            low: labelOf(s.min, weekdays),
            lowRate: rate2(s.min.rate as number),
            high: labelOf(s.max, weekdays),
            highRate: rate2(s.max.rate as number),
          })
        : null,
      empty: groups.length === 0 ? t("serviceNoShifts") : null,
    };
  };
  return [
    table("serviceByAgent", m.agents, true),
    table("serviceByShift", m.shifts, true),
    table("serviceByWeekday", m.weekdays, true),
    table("serviceByAgentShift", m.agentShifts, false),
  ];
}

export function useServiceSection({ plan, lang }: ServiceSectionProps): ServiceSectionState {
  const t = usePaneT();
  const model = useMemo(() => serviceModel(plan.service), [plan]);
  const weekdays = WEEKDAY_KEYS.map((k) => t(k));
  return {
    t,
    summary:
      model && model.store.rate !== null
        ? t("serviceStore", {
            rate: rate2(model.store.rate),
            inquiries: count(model.store.inquiries),
            days: model.days,
            from: isoOfSerial(model.from),
            to: isoOfSerial(model.to),
          })
        : null,
    empty: t("serviceEmpty", { sheet: workbookSheetName(plan, "service", lang) }),
    tables: model ? tablesOf(t, model, plan.settings, weekdays) : [],
  };
}
