/** The metrics of spec §4 as pure scalar functions (the PLAN custom functions wrap them for ranges). */
export * from "./errors";
export * from "./ratios";
export * from "./breakeven";
export * from "./visitors";
export * from "./promoDays";
export * from "./saturation";
export * from "./expectedRate";
export * from "./priceBand";
export * from "./slotValue";
