/** The Findings sheet: rewritten from the last validation, each Cell a hyperlink to the finding's cell. */
import type { Finding } from "../core/finding";
import type { Lang } from "../core/schema/types";
import { planFindings } from "../core/write/update";
import { WriteBatch } from "./chunks";
import { writeSheet } from "./applyLayout";
import { loadWorkbook } from "./readSheets";

export async function writeFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  lang: Lang
): Promise<void> {
  const state = await loadWorkbook(context, { read: (id) => id === "findings", tables: true });
  const inputs = state.sheets.flatMap((s) => (s.input ? [s.input] : []));
  const plan = planFindings(
    inputs,
    findings,
    lang,
    state.tables.map((t) => t.name)
  );
  const batch = new WriteBatch(context);
  await writeSheet(context, batch, state, plan);
  await batch.sync();
}
