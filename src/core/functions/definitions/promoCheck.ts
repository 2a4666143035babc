/**
 * PROMOCHECK: the row-local promotion rules of one Promotions row, through the same predicates the validator uses.
 * End before Start is DQ_DATE_ORDER alone (the validator leaves such a row out of every other rule). Half-typed: ""
 * while Start or End is blank, and, dates in order, while Promo price or List price is blank.
 */
import { belowCostBreach } from "../../rules/belowCost";
import { belowFloorBreach } from "../../rules/belowFloor";
import { effectivePromoPrice } from "../../rules/promoHelpers";
import { promoNotDiscountBreach } from "../../rules/promoNotDiscount";
import { promoPriceReusedBreach } from "../../rules/promoPriceReused";
import { promoTooLongBreach } from "../../rules/promoTooLong";
import { PROMOCHECK_RULES } from "../../flags";
import { defineFunction } from "../runner";
import { DEFAULTS } from "./defaults";
import { day, flagText, HALF_TYPED, halfTyped } from "./flagText";
import { fixedMoney as m } from "../../numberText";

export const PROMOCHECK = defineFunction({
  name: "PROMOCHECK",
  shape: "single",
  params: [
    { name: "start", type: "date" },
    { name: "end", type: "date" },
    { name: "promoPrice", type: "price" },
    { name: "listPrice", type: "price" },
    { name: "postPromoPrice", type: "price", optional: true },
    { name: "floorPrice", type: "price", optional: true },
    { name: "maxDays", type: "count", optional: true },
    { name: "coupon", type: "price", optional: true },
    { name: "unitCost", type: "price", optional: true },
  ],
  body(start, end, promoPrice, listPrice, postPromoPrice, floorPrice, maxDays, coupon, unitCost) {
    if (halfTyped(start, end) || start === null || end === null) return HALF_TYPED;
    if (end < start) {
      return flagText(PROMOCHECK_RULES, [
        { rule: "DQ_DATE_ORDER", reason: `end ${day(end)} before start ${day(start)}` },
      ]);
    }
    if (halfTyped(promoPrice, listPrice) || promoPrice === null || listPrice === null)
      return HALF_TYPED;

    const effective = effectivePromoPrice({
      sku: "",
      platform: "",
      start,
      end,
      promoPrice,
      coupon: coupon ?? undefined,
    });
    const tooLong = promoTooLongBreach(start, end, maxDays ?? DEFAULTS.maxPromoDays);
    const reused = promoPriceReusedBreach(effective, postPromoPrice ?? listPrice);
    const notDiscount = promoNotDiscountBreach(promoPrice, listPrice);
    const floor = floorPrice === null ? null : belowFloorBreach(effective, floorPrice);
    const cost = unitCost === null ? null : belowCostBreach(effective, unitCost);
    return flagText(PROMOCHECK_RULES, [
      tooLong && { rule: "PROMO_TOO_LONG", reason: `${tooLong.days} days > ${tooLong.max}` },
      reused && {
        rule: "PROMO_PRICE_REUSED",
        reason: `post-promo ${m(reused.price)} ≤ promo ${m(reused.effective)}`,
      },
      notDiscount && {
        rule: "PROMO_NOT_DISCOUNT",
        reason: `${m(notDiscount.promo)} ≥ list ${m(notDiscount.list)}`,
      },
      floor && { rule: "BELOW_FLOOR", reason: `${m(floor.price)} < floor ${m(floor.floor)}` },
      cost && { rule: "BELOW_COST", reason: `${m(cost.price)} < cost ${m(cost.cost)}` },
    ]);
  },
});
