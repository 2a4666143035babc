/** Every PLAN function of spec §4, declared once for every host (Excel's registration layer, the browser preview). */
import type { FunctionDef } from "../runner";
import { BUDGETCHECK } from "./budgetCheck";
import {
  AOV,
  BREAKEVENCPC,
  BREAKEVENROAS,
  CONVERSION,
  CPC,
  DAYSOFCOVER,
  LIFT,
  PROMODAYS,
  ROAS,
  SATURATION,
  SELLTHROUGH,
  UVVALUE,
  VISITORS,
} from "./metrics";
import { PRICECHECK } from "./priceCheck";
import { PRODUCTCHECK } from "./productCheck";
import { PROMOCHECK } from "./promoCheck";
import { PRESALECHECK } from "./presaleCheck";
import { EXPECTEDRATE } from "./expectedRate";
import { PRICEBAND } from "./priceBand";
import { SLOTVALUE } from "./slotValue";

export * from "./metrics";
export { PROMOCHECK } from "./promoCheck";
export { PRICECHECK } from "./priceCheck";
export { PRODUCTCHECK } from "./productCheck";
export { BUDGETCHECK } from "./budgetCheck";
export { PRESALECHECK } from "./presaleCheck";
export { EXPECTEDRATE } from "./expectedRate";
export { PRICEBAND } from "./priceBand";
export { SLOTVALUE } from "./slotValue";
export {
  BUDGETCHECK_RULES,
  PRICECHECK_RULES,
  PRODUCTCHECK_RULES,
  PROMOCHECK_RULES,
  PRESALECHECK_RULES,
} from "../../flags";
export { flagRules, flagText } from "./flagText";

export const PLAN_FUNCTIONS: readonly FunctionDef[] = [
  CONVERSION,
  CPC,
  AOV,
  ROAS,
  UVVALUE,
  BREAKEVENCPC,
  BREAKEVENROAS,
  VISITORS,
  PROMODAYS,
  PROMOCHECK,
  PRICECHECK,
  PRODUCTCHECK,
  BUDGETCHECK,
  SATURATION,
  LIFT,
  DAYSOFCOVER,
  SELLTHROUGH,
  PRESALECHECK,
  EXPECTEDRATE,
  PRICEBAND,
  SLOTVALUE,
];
