/** The rule registry: every rule of spec §3, one file each, in the spec's table order. */
import { registerTexts } from "../i18n";
import type { Rule } from "./rule";
import { isRuleId } from "./ruleIds";
import { DQ_RULES } from "./dataQuality";
import { promoTooLong } from "./promoTooLong";
import { calendarPastFormulaRows } from "./calendarPastFormulaRows";
import { promoTooFrequent } from "./promoTooFrequent";
import { promoPriceReused } from "./promoPriceReused";
import { promoNotDiscount } from "./promoNotDiscount";
import { belowCost } from "./belowCost";
import { protectionUndercut } from "./protectionUndercut";
import { priceSpread } from "./priceSpread";
import { belowFloor } from "./belowFloor";
import { fakeDiscount } from "./fakeDiscount";
import { doubleBooked } from "./doubleBooked";
import { warehouseLate } from "./warehouseLate";
import { warehouseMissing } from "./warehouseMissing";
import { launchDateMissing } from "./launchDateMissing";
import { presaleOrder } from "./presaleOrder";
import { offlineSoldOnline } from "./offlineSoldOnline";
import { heroUnsupported } from "./heroUnsupported";
import { stockShort } from "./stockShort";
import { budgetOverCap } from "./budgetOverCap";
import { budgetForbidden } from "./budgetForbidden";
import { cpcSaturation } from "./cpcSaturation";
import { splitWarehouse } from "./splitWarehouse";
import { logisticsShutdown } from "./logisticsShutdown";
import { stockOutBeforePromo } from "./stockOutBeforePromo";
import { sellThroughLow } from "./sellThroughLow";
import { budgetPace } from "./budgetPace";
import { priceProtection } from "./priceProtection";
import { presaleWindows } from "./presaleWindows";
import { presaleDeposit } from "./presaleDeposit";
import { presaleNotLowest } from "./presaleNotLowest";
import { spotUndercutsPresale } from "./spotUndercutsPresale";
import { presaleStockLate } from "./presaleStockLate";
import { serviceConversionLow } from "./serviceConversionLow";

/** The plan rules (the DQ_ rules are reported by the reader). */
export const RULES: readonly Rule[] = [
  promoTooLong,
  calendarPastFormulaRows,
  promoTooFrequent,
  promoPriceReused,
  promoNotDiscount,
  belowCost,
  protectionUndercut,
  priceSpread,
  belowFloor,
  fakeDiscount,
  doubleBooked,
  warehouseLate,
  warehouseMissing,
  launchDateMissing,
  presaleOrder,
  offlineSoldOnline,
  heroUnsupported,
  stockShort,
  budgetOverCap,
  budgetForbidden,
  cpcSaturation,
  splitWarehouse,
  logisticsShutdown,
  stockOutBeforePromo,
  sellThroughLow,
  budgetPace,
  priceProtection,
  presaleWindows,
  presaleDeposit,
  presaleNotLowest,
  spotUndercutsPresale,
  presaleStockLate,
  serviceConversionLow,
];

export const ALL_RULES: readonly Rule[] = [...RULES, ...DQ_RULES];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return isRuleId(id) ? BY_ID.get(id) : undefined;
}

registerTexts("rules", {
  en: Object.fromEntries(ALL_RULES.map((r) => [r.id, r.message.en])),
  "zh-CN": Object.fromEntries(ALL_RULES.map((r) => [r.id, r.message["zh-CN"]])),
});
