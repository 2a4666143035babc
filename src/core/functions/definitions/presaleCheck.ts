/**
 * PRESALECHECK (issue 16): what one Promotions row decides of a presale — PRESALE_WINDOWS and PRESALE_DEPOSIT —
 * through the validator's own predicates. Half-typed: "" while Deposit start is blank (the row is no presale) or,
 * for the deposit, while the presale price is blank.
 */
import { PRESALECHECK_RULES } from "../../flags";
import { fromMetricError } from "../errors";
import { badRate } from "../../metrics";
import { fixedMoney as m, fixedPct as pct } from "../../numberText";
import { toFraction } from "../../settings";
import { presaleDepositBreach } from "../../rules/presaleDeposit";
import { presaleWindowsBreach } from "../../rules/presaleWindows";
import { defineFunction } from "../runner";
import { DEFAULTS } from "./defaults";
import { flagText, HALF_TYPED } from "./flagText";

const WINDOW_REASONS: Record<string, (p: Record<string, string>) => string> = {
  missing: () => "a window date is blank",
  depositOrder: (p) => `deposit end ${p.depositEnd} before start ${p.depositStart}`,
  balanceOrder: (p) => `balance end ${p.balanceEnd} before start ${p.balanceStart}`,
  overlap: (p) => `balance start ${p.balanceStart} not after deposit end ${p.depositEnd}`,
  shipBy: (p) => `balance end ${p.balanceEnd} after ship by ${p.shipBy}`,
};

export const PRESALECHECK = defineFunction({
  name: "PRESALECHECK",
  shape: "single",
  params: [
    { name: "depositStart", type: "date" },
    { name: "depositEnd", type: "date" },
    { name: "balanceStart", type: "date" },
    { name: "balanceEnd", type: "date" },
    { name: "deposit", type: "price" },
    { name: "presalePrice", type: "price" },
    { name: "maxDepositShare", type: "number", optional: true },
    { name: "minDeposit", type: "price", optional: true },
    { name: "shipBy", type: "date", optional: true },
  ],
  body(
    depositStart,
    depositEnd,
    balanceStart,
    balanceEnd,
    deposit,
    presalePrice,
    share,
    min,
    shipBy
  ) {
    if (depositStart === null) return HALF_TYPED;
    const windows = presaleWindowsBreach(
      depositStart,
      depositEnd,
      balanceStart,
      balanceEnd,
      shipBy
    );
    const badShare = badRate(share, "maxDepositShare");
    if (badShare) return fromMetricError(badShare);
    const maxShare = share === null ? DEFAULTS.maxDepositShare : toFraction(share);
    const minDeposit = min ?? DEFAULTS.minDeposit;
    const dep =
      presalePrice === null
        ? null
        : presaleDepositBreach(deposit, presalePrice, maxShare, minDeposit);
    return flagText(PRESALECHECK_RULES, [
      windows && {
        rule: "PRESALE_WINDOWS",
        reason: WINDOW_REASONS[windows.context](windows.params),
      },
      dep && {
        rule: "PRESALE_DEPOSIT",
        reason:
          dep.context === "missing"
            ? "no deposit"
            : dep.context === "share"
              ? `${m(deposit ?? 0)} > ${pct(maxShare)} of ${m(presalePrice ?? 0)}`
              : `${m(deposit ?? 0)} < min ${m(minDeposit)}`,
      },
    ]);
  },
});
