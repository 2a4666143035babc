/** The sample's deliberate breaches, located by sheet, field and row, and the README table that lists them. */
import { cellAddress, columnLetter } from "../cells";
import { sheetSpec } from "../schema/sheets";
import type { Lang } from "../schema/types";
import { SPRING_FESTIVAL_YEARS } from "./springFestival";
import { anchorsOf } from "./anchors";
import { PRODUCTS } from "./catalog";
import { dailyRows } from "./daily";
import { BUDGET, REGIONS } from "./operations";
import { PRICES } from "./prices";
import { PROMOTIONS } from "./promotions";
import { serviceRows } from "./service";
import { say, type Breach, type SampleBreach, type SampleSheetId } from "./types";

function located(sheet: SampleSheetId, rows: readonly { breaks?: Breach[] }[]): SampleBreach[] {
  const out: SampleBreach[] = [];
  rows.forEach((r, sampleRow) => {
    for (const b of r.breaks ?? []) out.push(locate(sheet, sampleRow, b));
  });
  return out;
}

function locate(sheet: SampleSheetId, sampleRow: number, b: Breach): SampleBreach {
  const s: SampleBreach = {
    rule: b.rule,
    sheet,
    field: b.field,
    sampleRow,
    why: b.why.en,
    whyZh: b.why.zh,
  };
  if (b.waived) s.waived = true;
  return s;
}

/** Every rule the sample breaks on purpose, where (the row index does not depend on the plan year or language). */
export const SAMPLE_BREACHES: readonly SampleBreach[] = [
  ...located("products", PRODUCTS),
  ...located("promotions", PROMOTIONS),
  ...located("prices", PRICES),
  ...located("budget", BUDGET),
  ...dailyRows(anchorsOf(SPRING_FESTIVAL_YEARS.first)).breaches.map((d) =>
    locate("daily", d.index, d.breach)
  ),
  ...located("regions", REGIONS),
  ...serviceRows(anchorsOf(SPRING_FESTIVAL_YEARS.first), "en").breaches.map((d) =>
    locate("service", d.index, d.breach)
  ),
];

/** The sheet cell of a breach in a workbook the template wrote (header on row 1, columns in schema order). */
export function breachAddress(b: SampleBreach, lang: Lang): string {
  const spec = sheetSpec(b.sheet);
  const col = spec.columns.findIndex((c) => c.field === b.field);
  if (col < 0) throw new Error(`No column ${b.field} in ${b.sheet}`);
  return cellAddress(
    lang === "zh-CN" ? spec.names.zh : spec.names.en,
    columnLetter(col + 1),
    b.sampleRow + 2
  );
}

/** The Markdown table "which rows break which rule" (rule | cell | why), in sheet order. */
export function sampleBreachTable(lang: Lang): string {
  const zh = lang === "zh-CN";
  const head = zh ? ["规则", "单元格", "原因"] : ["Rule", "Cell", "Why"];
  const lines = [`| ${head.join(" | ")} |`, "|---|---|---|"];
  for (const b of SAMPLE_BREACHES) {
    const why =
      say({ en: b.why, zh: b.whyZh }, lang) + (b.waived ? (zh ? "（已豁免）" : " (waived)") : "");
    lines.push(`| ${b.rule} | \`${breachAddress(b, lang)}\` | ${why.replace(/\|/g, "\\|")} |`);
  }
  return lines.join("\n");
}
