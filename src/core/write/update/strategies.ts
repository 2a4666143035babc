/** The table of per-sheet strategies, keyed by sheet id; a sheet without an entry takes the default. */
import type { SheetId } from "../../schema/types";
import { LISTS_STRATEGY } from "./listsStrategy";
import { SETTINGS_STRATEGY } from "./settingsStrategy";
import { DEFAULT_STRATEGY, type SheetStrategy } from "./strategy";

export const SHEET_STRATEGIES: Readonly<Partial<Record<SheetId, SheetStrategy>>> = {
  settings: SETTINGS_STRATEGY,
  lists: LISTS_STRATEGY,
};

export const strategyOf = (id: SheetId): SheetStrategy => SHEET_STRATEGIES[id] ?? DEFAULT_STRATEGY;
