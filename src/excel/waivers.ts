/** A waiver: one row appended after the Waivers sheet's last row (the sheet created from the schema when missing). */
import type { WaiverInput } from "../core/port";
import type { Lang } from "../core/schema/types";
import { planWaiver } from "../core/write/update";
import { WriteBatch } from "./chunks";
import { writeSheet } from "./applyLayout";
import { loadWorkbook } from "./readSheets";

/** Syncs beyond one per 4 MB: the sheets and tables, the Waivers sheet's size, its rows read, the write. */
export const ADD_WAIVER_SYNCS = 4;

export async function addWaiver(
  context: Excel.RequestContext,
  waiver: WaiverInput,
  lang: Lang
): Promise<void> {
  const state = await loadWorkbook(context, {
    read: (id) => id === "waivers",
    tables: true,
    filters: true,
  });
  const inputs = state.sheets.flatMap((s) => (s.input ? [s.input] : []));
  const plan = planWaiver(inputs, waiver, lang, state.tables);
  const batch = new WriteBatch(context);
  await writeSheet(context, batch, state, plan);
  await batch.sync();
}
