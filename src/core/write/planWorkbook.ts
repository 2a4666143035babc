/** The plan workbook's layout with the sample plan at hand: what the CLI, the tests and the benches call. */
import { samplePlan } from "../sample/samplePlan";
import {
  workbookLayout,
  type PlanWorkbookLayout,
  type PlanWorkbookOptions,
} from "./workbookLayout";

export {
  DATA_SHEET_IDS,
  findingRows,
  seedsPlatformFigures,
  type PlanWorkbookLayout,
  type PlanWorkbookOptions,
} from "./workbookLayout";

export const planWorkbookLayout = (opts: PlanWorkbookOptions): PlanWorkbookLayout =>
  workbookLayout(opts, samplePlan);
