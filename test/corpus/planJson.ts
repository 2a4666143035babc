/** The original plan the corpus files are written from (test/corpus/plan.<lang>.json, see generate/exportPlan.js). */
import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../src/core/cells";
import type { SheetInput } from "../../src/core/read/input";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import type { ValidateJson } from "../cli/cliRun";

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

/** A finding as the corpus tests compare them. */
export type Found = Pick<
  ValidateJson["findings"][number],
  "rule" | "address" | "severity" | "message"
> & { waived: boolean };

export const foundOf = (f: ValidateJson["findings"][number]): Found => ({
  rule: f.rule,
  address: f.address,
  severity: f.severity,
  message: f.message,
  waived: f.waived === true,
});

/** The original plan's findings: its sheets handed to the core as values (no file, no file reader). */
export function originalFindings(plan: PlanJson): Found[] {
  const sheets: SheetInput[] = plan.sheets.map((s) => ({
    name: s.name,
    rows: [
      s.columns.map((c) => c.header),
      ...s.rows.map((r) =>
        r.map((v): CellValue => (v !== null && typeof v === "object" ? v.result : v))
      ),
    ],
  }));
  const read = readPlan({ sheets });
  return validatePlan(read, read.settings, { lang: "en" }).map((f) =>
    foundOf({ ...f, related: f.related })
  );
}
