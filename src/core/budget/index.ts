/** The budget allocator (issue 6): response curves, the optimiser, and the CPC saturation advice. */
export * from "./curves";
export * from "./allocate";
export * from "./notes";
export * from "./cpcAdvice";
export {
  waterFill,
  roundSpends,
  itemValue,
  itemMarginal,
  type ConcaveItem,
  type WaterFill,
} from "./waterFill";
export * from "./planBudget";
