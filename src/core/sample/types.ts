/** Shared vocabulary of the sample plan: bilingual texts, rows by field, and the breach annotations rows carry. */
import type { CellValue } from "../cells";
import type { Lang, SheetId } from "../schema/types";

export interface Text {
  en: string;
  zh: string;
}

export const say = (t: Text, lang: Lang): string => (lang === "zh-CN" ? t.zh : t.en);

/** One sheet row, by schema field. */
export type FieldRow = Record<string, CellValue>;

/** The sheets the sample fills. */
export type SampleSheetId =
  | "products"
  | "promotions"
  | "prices"
  | "budget"
  | "daily"
  | "regions"
  | "waivers"
  | "calendar"
  | "sales"
  | "platforms"
  | "service"
  | "market"
  | "competitors";

export type SampleSheets = Record<SampleSheetId, FieldRow[]>;

/** A rule a sample row breaks on purpose, and the cell (field) the finding points at. */
export interface Breach {
  rule: string;
  field: string;
  why: Text;
  /** A Waivers row accepts this finding. */
  waived?: true;
}

/** A deliberate breach, located: `sampleRow` is the 0-based index into that sheet's sample rows. */
export interface SampleBreach {
  rule: string;
  sheet: SheetId;
  field: string;
  sampleRow: number;
  why: string;
  whyZh: string;
  waived?: true;
}
