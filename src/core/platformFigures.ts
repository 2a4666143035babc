/**
 * "Fill platform figures" (issue 16): which cells of the Platforms sheet get the published figures of Tmall, JD,
 * Pinduoduo and Douyin (src/core/sample/platformProfiles.ts). A row is matched by its Platform in any language
 * (天猫 = Tmall); only blank cells (and the Note Create / update wrote) are written — a figure the planner typed is
 * kept and listed, a note of theirs kept — and a seeded
 * platform without a row is named, never appended below the table.
 */
import { cellAddress, columnLetter, type CellValue } from "./cells";
import { DEFAULT_PLATFORMS, normKey } from "./lists";
import { cellText, isBlankCell, normCell } from "./read/cellValue";
import type { SheetInput } from "./read/input";
import { identifySheet } from "./read/readPlan";
import { locateHeader } from "./read/readSheet";
import { BLANK_NOTE, CHECK, PLATFORM_SEEDS } from "./sample/platformProfiles";
import { say } from "./sample/types";
import { PLATFORMS_SHEET } from "./schema/sheets";
import type { Lang } from "./schema/types";

export interface PlatformFigureFill {
  /** The Platforms sheet as named in the workbook; null when it has none with a readable header. */
  sheet: string | null;
  /** The sheet's language (its notes are written in it). */
  lang: Lang;
  /** The blank cells to write, in sheet order. */
  cells: { address: string; value: CellValue }[];
  /** Cells the planner filled that a figure would have gone into: kept as they are. */
  kept: string[];
  /** Seeded platforms (canonical names) with no row on the sheet. */
  missing: string[];
}

const canonicalOf = (typed: string): string | undefined => {
  const k = normKey(typed);
  return DEFAULT_PLATFORMS.find((e) => e.aliases.includes(k))?.value;
};

export function platformFigureFill(sheets: readonly SheetInput[]): PlatformFigureFill {
  const input = sheets.find((s) => identifySheet(s.name) === "platforms");
  const none: PlatformFigureFill = { sheet: null, lang: "en", cells: [], kept: [], missing: [] };
  if (!input) return none;
  const located = locateHeader(input, PLATFORMS_SHEET);
  const { grid, firstRow, firstCol, header } = located;
  if (!header) return none;
  const lang: Lang = located.lang === "en" ? "en" : "zh-CN";
  const out: PlatformFigureFill = { sheet: input.name, lang, cells: [], kept: [], missing: [] };
  const platformAt = header.byField.get("platform")?.index;
  const seen = new Set<string>();
  for (let i = header.rowIndex + 1; platformAt !== undefined && i < grid.length; i++) {
    const row = grid[i];
    if (!Array.isArray(row)) continue;
    const typed = normCell(row[platformAt]);
    if (isBlankCell(typed)) continue;
    const platform = canonicalOf(cellText(typed));
    const seed = PLATFORM_SEEDS.find((s) => s.platform.en === platform);
    // The first row of a platform is the one the validator reads (a later one is DQ_DUPLICATE_SKU).
    if (!seed || platform === undefined || seen.has(platform)) continue;
    seen.add(platform);
    const values: Record<string, CellValue> = {
      ...seed.figures,
      note: `${say(seed.note, lang)} ${say(CHECK, lang)}`,
    };
    for (const [field, value] of Object.entries(values)) {
      const col = header.byField.get(field);
      if (!col) continue;
      const address = cellAddress(input.name, columnLetter(firstCol + col.index), firstRow + i);
      const current = normCell(row[col.index]);
      // Our own "blank: the Settings apply" note (Create / update's) counts as blank.
      const ours =
        field === "note" && [BLANK_NOTE.en, BLANK_NOTE.zh].includes(cellText(current).trim());
      if (isBlankCell(current) || ours) out.cells.push({ address, value });
      else if (field !== "note") out.kept.push(address);
    }
  }
  out.missing = PLATFORM_SEEDS.map((s) => s.platform.en).filter((p) => !seen.has(p));
  return out;
}
