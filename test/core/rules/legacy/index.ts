/* The rules issue 16 changed, as they were before it: the oracle of ../platformsBlank.test.ts. */
export { promoTooLong } from "./promoTooLong";
export { promoTooFrequent } from "./promoTooFrequent";
export { promoPriceReused } from "./promoPriceReused";
export { protectionUndercut } from "./protectionUndercut";
export { priceSpread } from "./priceSpread";
export { fakeDiscount } from "./fakeDiscount";
export { logisticsShutdown } from "./logisticsShutdown";
