/**
 * PRODUCTCHECK: the row-local product rules of one Products row, through the validator's predicates.
 * `firstPromoStart` (an addition to spec §4's list, optional) lets WAREHOUSE_LATE measure against the earlier of the
 * launch and the first promotion, as the validator does; without it the check is against the launch date alone.
 * Half-typed: "" while Tier is blank.
 */
import { launchDateMissingBreach } from "../../rules/launchDateMissing";
import { presaleOrderBreach } from "../../rules/presaleOrder";
import { PRODUCTCHECK_RULES } from "../../flags";
import { warehouseDeadline, warehouseLateBreach } from "../../rules/warehouseLate";
import { warehouseMissingBreach } from "../../rules/warehouseMissing";
import { FnError } from "../errors";
import { defineFunction } from "../runner";
import { DEFAULTS, defaultPlanYear } from "./defaults";
import { day, flagText, HALF_TYPED, halfTyped } from "./flagText";

export const PRODUCTCHECK = defineFunction({
  name: "PRODUCTCHECK",
  shape: "single",
  params: [
    { name: "tier", type: "text" },
    { name: "launchDate", type: "date", optional: true },
    { name: "presaleStart", type: "date", optional: true },
    { name: "warehouseEntry", type: "date", optional: true },
    { name: "leadDays", type: "count", optional: true },
    { name: "planYear", type: "number", optional: true },
    { name: "firstPromoStart", type: "date", optional: true },
  ],
  body(tier, launchDate, presaleStart, warehouseEntry, leadDays, planYear, firstPromoStart) {
    if (halfTyped(tier) || tier === null) return HALF_TYPED;
    const year = planYear ?? defaultPlanYear();
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      return new FnError("#NUM!", `planYear (${year}) is not a year between 1900 and 9999.`);
    }
    const lead = leadDays ?? DEFAULTS.warehouseLeadDays;

    const launch = launchDateMissingBreach(tier, launchDate, year);
    const presale = presaleOrderBreach(tier, presaleStart, launchDate);
    const late = warehouseLateBreach(warehouseEntry, launchDate, firstPromoStart, lead);
    const deadline = late ? warehouseDeadline(launchDate, firstPromoStart, lead) : undefined;
    return flagText(PRODUCTCHECK_RULES, [
      launch && {
        rule: "LAUNCH_DATE_MISSING",
        reason:
          launch === "missing" || launchDate === null
            ? "no launch date"
            : `${day(launchDate)} not in ${year}`,
      },
      presale && {
        rule: "PRESALE_ORDER",
        reason:
          presale === "missing" || presaleStart === null || launchDate === null
            ? "no presale start"
            : `${day(presaleStart)} not before launch ${day(launchDate)}`,
      },
      warehouseMissingBreach(tier, warehouseEntry) && {
        rule: "WAREHOUSE_MISSING",
        reason: "no warehouse entry",
      },
      late &&
        warehouseEntry !== null &&
        deadline !== undefined && {
          rule: "WAREHOUSE_LATE",
          reason: `${Math.floor(warehouseEntry) - deadline} day(s) late: due ${day(deadline)}`,
        },
    ]);
  },
});
