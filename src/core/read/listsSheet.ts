/** The Lists sheet: each column its own list; a filled column replaces the default list, an empty one keeps it. */
import { columnLetter, errorCode } from "../cells";
import type { Hit } from "../finding";
import {
  DEFAULT_CHANNELS,
  DEFAULT_PLATFORMS,
  DEFAULT_TIERS,
  defaultLists,
  listEntryFor,
  matchList,
  type ListEntry,
  type Lists,
} from "../lists";
import { LISTS_SHEET } from "../schema/sheets";
import type { ListId } from "../schema/types";
import { cellText, isBlankCell, normCell } from "./cellValue";
import type { NameLang } from "./header";
import type { SheetInput } from "./input";
import type { ListRef } from "./readSheet";
import { locateHeader, makeHit, notCalculatedParams, uncalculatedCells } from "./readSheet";

const FIELDS: Record<ListId, { key: keyof Lists; builtins: readonly ListEntry[] }> = {
  platform: { key: "platforms", builtins: DEFAULT_PLATFORMS },
  channel: { key: "channels", builtins: DEFAULT_CHANNELS },
  tier: { key: "tiers", builtins: DEFAULT_TIERS },
};

const LIST_IDS: readonly ListId[] = ["platform", "channel", "tier"];

export interface ListsRead {
  lists: Lists;
  hits: Hit[];
  /** Where each list lives in this workbook (sheet name, column header as written), for messages. */
  refs: Partial<Record<ListId, ListRef>>;
}

/** Reads the Lists sheet; values are canonicalised, so 天猫 typed in Lists still means Tmall. */
export function readListsSheet(input: SheetInput | undefined): ListsRead {
  const lists = defaultLists();
  const out: ListsRead = { lists, hits: [], refs: {} };
  if (!input) return out;
  const { grid, firstRow, firstCol, header } = locateHeader(input, LISTS_SHEET);
  if (!header) return out;
  const uncalculated = uncalculatedCells(input);
  let end = grid.length;
  if (uncalculated) for (const row of uncalculated.keys()) end = Math.max(end, row - firstRow + 1);
  for (const id of LIST_IDS) {
    const col = header.byField.get(id);
    if (!col) continue;
    out.refs[id] = { sheet: input.name, column: col.header };
    const { key, builtins } = FIELDS[id];
    const entries: ListEntry[] = [];
    const seen = new Set<string>();
    for (let r = header.rowIndex + 1; r < end; r++) {
      const cells = grid[r];
      const cell = Array.isArray(cells) ? normCell(cells[col.index]) : null;
      const formula = uncalculated?.get(firstRow + r)?.get(firstCol + col.index);
      if (formula !== undefined && isBlankCell(cell)) {
        out.hits.push(
          makeHit(
            "DQ_NOT_CALCULATED",
            "lists",
            input.name,
            firstRow + r,
            columnLetter(firstCol + col.index),
            notCalculatedParams(col.header, formula)
          )
        );
        continue;
      }
      if (isBlankCell(cell)) continue;
      const code = errorCode(cell);
      if (code !== null) {
        out.hits.push(
          makeHit(
            "DQ_ERROR_VALUE",
            "lists",
            input.name,
            firstRow + r,
            columnLetter(firstCol + col.index),
            { column: col.header, value: code }
          )
        );
        continue;
      }
      const e = listEntryFor(builtins, cellText(cell));
      if (seen.has(e.value)) continue;
      seen.add(e.value);
      entries.push(e);
    }
    if (entries.length > 0) lists[key] = entries;
  }
  return out;
}

export type ListMatcher = (list: ListId, typed: string) => string | undefined;

/** Matches typed values against a workbook's lists, remembering each distinct spelling (big sheets repeat them). */
export function listMatcher(lists: Lists): ListMatcher {
  const caches: Record<ListId, Map<string, string | null>> = {
    platform: new Map(),
    channel: new Map(),
    tier: new Map(),
  };
  return (list, typed) => {
    const cache = caches[list];
    let hit = cache.get(typed);
    if (hit === undefined) {
      hit = matchList(lists[FIELDS[list].key], typed) ?? null;
      cache.set(typed, hit);
    }
    return hit ?? undefined;
  };
}

/** Where to add a value to a list, named as this workbook names it, else in the plan sheet's language. */
export function listRefOf(
  refs: Partial<Record<ListId, ListRef>>,
  listsSheetName: string | undefined,
  list: ListId,
  lang: NameLang
): ListRef {
  const found = refs[list];
  if (found) return found;
  const column = LISTS_SHEET.columns.find((c) => c.field === list);
  return {
    sheet: listsSheetName ?? LISTS_SHEET.names[lang],
    column: column ? column.names[lang] : list,
  };
}
