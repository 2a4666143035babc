import { useCallback, useEffect, useMemo, useState } from "react";
import {
  budgetNoteMessage,
  planBudget,
  type ChannelAllocation,
  type Gain,
  type Objective,
  type Outcome,
} from "../../../core/budget";
import type { Plan } from "../../../core/plan";
import { readPlan } from "../../../core/read/readPlan";
import { channelZh } from "../../../core/rules/messageParts";
import { count, money } from "../../../core/numberText";
import type { Lang } from "../../../core/schema/types";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT, type PaneT } from "../../i18n";
import {
  amountChanges,
  BUDGET_UNDO_SETTING,
  parseUndo,
  undoDocument,
  type AmountChange,
  type BudgetUndo,
} from "../../model/budgetChanges";
import type { BudgetTabProps, BudgetTabState, ChannelView } from "./BudgetTab.types";

const signed = (s: string, v: number): string => (v > 0 ? `+${s}` : s);

function formatters(t: PaneT, currency: string) {
  const na = t("notAvailable");
  const n = (v: number | null) => (v === null ? na : count(Math.round(v)));
  const m = (v: number | null) => (v === null ? na : money(Math.round(v), currency));
  const r = (v: number | null) => (v === null ? na : v.toFixed(2));
  return {
    rows(now: Outcome, proposed: Outcome) {
      return [
        { label: t("budgetAmount"), now: m(now.spend), proposed: m(proposed.spend) },
        { label: t("budgetVisitors"), now: n(now.visitors), proposed: n(proposed.visitors) },
        { label: t("budgetOrders"), now: n(now.orders), proposed: n(proposed.orders) },
        { label: t("budgetRevenue"), now: m(now.revenue), proposed: m(proposed.revenue) },
        { label: t("budgetRoas"), now: r(now.roas), proposed: r(proposed.roas) },
      ];
    },
    gain(g: Gain) {
      return t("budgetGain", {
        orders: g.orders === null ? na : signed(n(g.orders), Math.round(g.orders)),
        revenue: g.revenue === null ? na : signed(m(g.revenue), Math.round(g.revenue)),
      });
    },
    money: (v: number) => money(v, currency),
  };
}

const channelLabel = (channel: string, lang: Lang): string =>
  lang === "zh-CN" ? channelZh(channel) : channel;

export function useBudgetTab({ port, lang }: BudgetTabProps): BudgetTabState {
  const t = usePaneT();
  const { run, busy, error, setError } = usePortTask();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [undoDoc, setUndoDoc] = useState<BudgetUndo | null>(null);
  const [objective, setObjective] = useState<Objective>("orders");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [sheets, undoText] = await Promise.all([
      port.readSheets(),
      port.getSetting(BUDGET_UNDO_SETTING),
    ]);
    setPlan(readPlan({ sheets }));
    setUndoDoc(parseUndo(undoText));
  }, [port]);

  useEffect(() => {
    void run(load);
  }, [run, load]);

  const budget = useMemo(
    () => (plan && plan.budget.length > 0 ? planBudget(plan, { objective, lang }) : null),
    [plan, objective, lang]
  );
  const currency = plan?.settings.currency ?? "CNY";
  const f = formatters(t, currency);

  const view = (ch: ChannelAllocation): ChannelView => ({
    channel: ch.channel,
    label: channelLabel(ch.channel, lang),
    status:
      ch.status === "kept"
        ? t("budgetKept")
        : ch.status === "forbidden"
          ? t("budgetForbidden")
          : null,
    rows: f.rows(ch.current, ch.allocated),
    gain: f.gain(ch.gain),
  });

  const changes = budget ? amountChanges(budget.allocation) : [];

  const apply = () => {
    if (changes.length === 0) return;
    const cells = changes.map((c) => ({ address: c.address, value: c.to }));
    setStatus(null);
    void run(async () => {
      await port.setSetting(BUDGET_UNDO_SETTING, undoDocument(changes));
      await port.writeCells(cells);
      await load();
      return true;
    }).then((ok) => {
      setConfirmOpen(false);
      if (ok) setStatus(t("applied", { count: cells.length }));
    });
  };

  const undo = () => {
    if (!undoDoc) return;
    setStatus(null);
    void run(async () => {
      await port.writeCells(undoDoc.cells);
      await port.setSetting(BUDGET_UNDO_SETTING, "");
      await load();
      return true;
    }).then((ok) => {
      if (ok) setStatus(t("undone"));
    });
  };

  return {
    t,
    busy,
    error,
    dismissError: () => setError(null),
    loaded: plan !== null,
    intro: t("budgetIntro", { cap: f.money(plan?.settings.budgetCap ?? 0) }),
    objective,
    onObjective: setObjective,
    recalculate: () => {
      setStatus(null);
      void run(load);
    },
    budget,
    channels: budget ? budget.allocation.channels.map(view) : [],
    total: budget
      ? {
          channel: "",
          label: t("budgetTotal"),
          status: null,
          rows: f.rows(budget.allocation.totals.current, budget.allocation.totals.allocated),
          gain: f.gain(budget.allocation.totals.gain),
        }
      : null,
    notes: budget ? budget.allocation.notes.map((n) => budgetNoteMessage(n, lang, currency)) : [],
    advice: budget ? budget.advice.map((a) => a.message) : [],
    changes,
    formatChange: (c: AmountChange) =>
      t("applyChange", {
        channel: channelLabel(c.channel, lang),
        address: c.address,
        from: f.money(c.from),
        to: f.money(c.to),
      }),
    confirmOpen,
    openConfirm: () => setConfirmOpen(true),
    closeConfirm: () => setConfirmOpen(false),
    apply,
    canUndo: undoDoc !== null,
    undo,
    status,
  };
}
