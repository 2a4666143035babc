/**
 * PRICECHECK: the row-local price rules of one price, through the validator's predicates. PRICE_SPREAD compares
 * the price with `platformPrices` (e.g. one SKU's row of a SKU × platform matrix; blanks skipped): max / min − 1
 * over all of them against the tolerance (typed 5%, 0.05 or 5). Half-typed: "" while Price is blank.
 */
import { belowCostBreach } from "../../rules/belowCost";
import { belowFloorBreach } from "../../rules/belowFloor";
import { priceSpreadBreach } from "../../rules/priceSpread";
import { PRICECHECK_RULES } from "../../flags";
import { badAmount, badRate } from "../../metrics";
import { toFraction } from "../../settings";
import { fromMetricError } from "../errors";
import { defineFunction } from "../runner";
import { DEFAULTS } from "./defaults";
import { flagText, HALF_TYPED, halfTyped } from "./flagText";
import { fixedMoney as m, fixedPct as pct } from "../../numberText";

export const PRICECHECK = defineFunction({
  name: "PRICECHECK",
  shape: "single",
  params: [
    { name: "price", type: "price" },
    { name: "floorPrice", type: "price", optional: true },
    { name: "platformPrices", type: "numbers", optional: true },
    { name: "tolerance", type: "number", optional: true },
    { name: "unitCost", type: "price", optional: true },
  ],
  body(price, floorPrice, platformPrices, tolerance, unitCost) {
    if (halfTyped(price) || price === null) return HALF_TYPED;
    const others: number[] = [];
    for (const p of platformPrices ?? []) {
      if (p === null) continue;
      const bad = badAmount(p, "platformPrices");
      if (bad) return fromMetricError(bad);
      others.push(p);
    }
    const badTolerance = badRate(tolerance, "tolerance");
    if (badTolerance) return fromMetricError(badTolerance);
    const tol = tolerance === null ? DEFAULTS.priceSpreadTolerance : toFraction(tolerance);

    const floor = floorPrice === null ? null : belowFloorBreach(price, floorPrice);
    const cost = unitCost === null ? null : belowCostBreach(price, unitCost);
    const spread = others.length > 0 ? priceSpreadBreach([price, ...others], tol) : null;
    return flagText(PRICECHECK_RULES, [
      floor && { rule: "BELOW_FLOOR", reason: `${m(floor.price)} < floor ${m(floor.floor)}` },
      cost && { rule: "BELOW_COST", reason: `${m(cost.price)} < cost ${m(cost.cost)}` },
      spread && { rule: "PRICE_SPREAD", reason: `${pct(spread.spread)} > ${pct(tol)}` },
    ]);
  },
});
