/** The sheets a version copies: every schema sheet the planner types (all but the output-only ones). */
import { SHEETS } from "../schema/sheets";
import type { SheetId } from "../schema/types";

/**
 * Derived from the schema, so a sheet added to it (Sales, Platforms, Service, Market, Competitors…) is in every
 * version from then on without a change here.
 */
export const INPUT_SHEET_IDS: readonly SheetId[] = SHEETS.filter((s) => !s.outputOnly).map(
  (s) => s.id
);

export const isVersionedSheet = (id: SheetId | undefined): id is SheetId =>
  id !== undefined && INPUT_SHEET_IDS.includes(id);
