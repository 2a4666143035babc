/**
 * The Findings sheet: rewritten from the last validation, each Cell a link to the finding's cell (a HYPERLINK formula,
 * ./excelCell.ts). Syncs: WRITE_FINDINGS_SYNCS + ⌈bytes sent and received / 4 MB⌉ — 200,000 findings are about 32 MB
 * sent in 9 requests (test/excel/requestSizes.test.ts).
 */
import type { Finding } from "../core/finding";
import type { Lang } from "../core/schema/types";
import { planFindings } from "../core/write/update";
import { WriteBatch } from "./chunks";
import { writeSheet } from "./applyLayout";
import { loadWorkbook } from "./readSheets";

/** The sheets and tables, the Findings sheet's size, one rounding of its old rows read and one of the write. */
export const WRITE_FINDINGS_SYNCS = 4;

export async function writeFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  lang: Lang
): Promise<void> {
  const state = await loadWorkbook(context, {
    read: (id) => id === "findings",
    tables: true,
    filters: true,
  });
  const inputs = state.sheets.flatMap((s) => (s.input ? [s.input] : []));
  const plan = planFindings(inputs, findings, lang, state.tables);
  const batch = new WriteBatch(context);
  await writeSheet(context, batch, state, plan);
  await batch.sync();
}
