/** The original plan the corpus files are written from (test/corpus/plan.<lang>.json, see generate/exportPlan.js). */
import { readFileSync } from "fs";
import { join } from "path";

export type PlanCell =
  string | number | boolean | null | { formula: string; result: string | number | null };

export interface PlanJson {
  lang: "en" | "zh-CN";
  year: number;
  sheets: {
    id: string;
    name: string;
    columns: {
      header: string;
      letter: string;
      type: string;
      computed: boolean;
      numFmt: string | null;
    }[];
    rows: PlanCell[][];
  }[];
}

export function loadPlanJson(lang: "en" | "zh-CN"): PlanJson {
  return JSON.parse(readFileSync(join(__dirname, `plan.${lang}.json`), "utf8")) as PlanJson;
}
