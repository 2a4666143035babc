/**
 * "Fill Regions suggestions": which cells of the Regions sheet's Suggestion column get which text. A formula cannot
 * do SPLIT_WAREHOUSE's loose name matching, so the task pane refreshes the column from the warehousing summary.
 *
 * Only the Suggestion cells of the sheet's data rows are addressed: the rows the reader reads (non-blank in a column
 * it reads), bad rows included, so a row the planner broke loses its stale suggestion too; and the rows whose only
 * value is a suggestion of ours (the planner cleared the region), so that stale text goes. A suggested region gets the
 * Suggestion text; every other row gets "" (the cell is cleared). A sheet without a Suggestion column gets none.
 *
 * What the planner typed is never overwritten: a cell is written only when it is blank or holds a text we would have
 * written (our suggestion, in English or 简体中文, for any region); any other cell is kept, and listed as kept.
 * The text is written in the Regions sheet's own language (its name's, as the reader sees it), as the template does.
 */
import { cellAddress, columnLetter, type CellValue } from "./cells";
import { translator } from "./i18n";
import type { Plan } from "./plan";
import { isBlankCell, normCell } from "./read/cellValue";
import type { SheetInput } from "./read/input";
import { locateHeader } from "./read/readSheet";
import { REGIONS_SHEET } from "./schema/sheets";
import type { Lang } from "./schema/types";
import { warehousingSummary } from "./warehousing";

export interface SuggestionCell {
  /** Sheet-qualified, as the port's writeCells takes it ("Regions!E2", "地区!E2"). */
  address: string;
  row: number;
  /** The Suggestion text, or "" to clear the cell. */
  value: string;
}

/** A Suggestion cell holding the planner's own text: left as it is. */
export interface KeptSuggestion {
  address: string;
  row: number;
  /** What the cell holds, as text. */
  text: string;
}

export interface RegionSuggestionFill {
  /** The Regions sheet as named in the workbook; null when the workbook has none with a readable header. */
  sheet: string | null;
  /** The Suggestion column's letters, and its header as written; null when the sheet has no Suggestion column. */
  column: string | null;
  header: string | null;
  /** The language the suggestions are written in: the Regions sheet's own ("en" without a sheet). */
  lang: Lang;
  /** The cells to write, in sheet order: blank ones and ours. Empty without a Suggestion column. */
  cells: SuggestionCell[];
  /** The cells left alone because the planner typed in them, in sheet order. */
  kept: KeptSuggestion[];
  /** The sheet's data rows (its regions, bad rows included). */
  regions: number;
  /** How many of the cells get a suggestion (the others are cleared). */
  suggested: number;
}

const LANGS: readonly Lang[] = ["en", "zh-CN"];
const MARK = "\uE000";
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Our Suggestion text for a region, as the warehousing summary (and the template) writes it. */
const ourSuggestion = (lang: Lang, region: string): string =>
  translator(lang)("warehousing:suggestion", { region });

let ours: RegExp[] | undefined;

/**
 * A region's name in our text: any text on one line, without the punctuation that would make it a sentence of the
 * planner's ("…in Jiangsu, but only after 618" is theirs).
 */
const REGION = "[^\\s,，;；。!！?？][^\\n,，;；。!！?？]*";

/** Our Suggestion texts, from the message template of each language. */
function suggestionPatterns(): RegExp[] {
  ours ??= LANGS.map((lang) => {
    const marked = ourSuggestion(lang, MARK);
    return new RegExp(`^${escapeRegExp(marked).split(MARK).join(REGION)}$`, "u");
  });
  return ours;
}

/** Whether a cell holds a Suggestion text the add-in writes (in English or 简体中文, for any region). */
export function isOurSuggestion(value: CellValue): boolean {
  const v = normCell(value);
  if (typeof v !== "string") return false;
  const text = v.trim();
  return suggestionPatterns().some((re) => re.test(text));
}

const cellText = (v: CellValue): string =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === "object" && v !== null
      ? v.error
      : String(v);

/** The Suggestion cells to write. `plan` must be read from `sheets` (the same read): its Regions rows say which rows
 * SPLIT_WAREHOUSE suggests. */
export function regionSuggestionFill(
  sheets: readonly SheetInput[],
  plan: Pick<Plan, "sheetNames" | "regions" | "settings">
): RegionSuggestionFill {
  const none: RegionSuggestionFill = {
    sheet: null,
    column: null,
    header: null,
    lang: "en",
    cells: [],
    kept: [],
    regions: 0,
    suggested: 0,
  };
  const name = plan.sheetNames.regions;
  const input = name === undefined ? undefined : sheets.find((s) => s.name === name);
  if (!input) return none;
  const located = locateHeader(input, REGIONS_SHEET);
  const { grid, firstRow, firstCol, header } = located;
  if (!header) return none;
  const lang: Lang = located.lang === "en" ? "en" : "zh-CN";
  const suggestionCol = header.byField.get("suggestion");
  if (!suggestionCol) return { ...none, sheet: input.name, lang };

  const column = columnLetter(firstCol + suggestionCol.index);
  // The columns the reader reads: a row blank in all of them is not a data row (see readSheet).
  const readIndexes = [...header.byField.values()]
    .filter((c) => !c.spec.computed)
    .map((c) => c.index);
  const text = new Map<number, string>();
  for (const r of warehousingSummary(plan, { lang }).regions)
    if (r.suggested) text.set(r.row, r.suggestion);
  // Our exact texts for the sheet's own regions too: a region named "Jiangsu, Zhejiang" defeats the pattern.
  const exact = new Set<string>();
  const regionCol = header.byField.get("region")?.index;
  for (let i = header.rowIndex + 1; regionCol !== undefined && i < grid.length; i++) {
    const region = normCell(grid[i]?.[regionCol]);
    if (typeof region === "string" && region.trim() !== "")
      for (const l of LANGS) exact.add(ourSuggestion(l, region.trim()));
  }
  const isOurs = (v: CellValue): boolean =>
    isOurSuggestion(v) || (typeof v === "string" && exact.has(v.trim()));

  const out: RegionSuggestionFill = {
    sheet: input.name,
    column,
    header: suggestionCol.header,
    lang,
    cells: [],
    kept: [],
    regions: 0,
    suggested: 0,
  };
  for (let i = header.rowIndex + 1; i < grid.length; i++) {
    const row = grid[i];
    if (!Array.isArray(row)) continue;
    const current = normCell(row[suggestionCol.index]);
    const dataRow = !readIndexes.every((j) => isBlankCell(normCell(row[j])));
    const blank = isBlankCell(current);
    const mine = !blank && isOurs(current);
    if (!dataRow && !mine) continue;
    if (dataRow) out.regions++;
    const rowNo = firstRow + i;
    const address = cellAddress(input.name, column, rowNo);
    if (!blank && !mine) {
      out.kept.push({ address, row: rowNo, text: cellText(current) });
      continue;
    }
    const value = dataRow ? (text.get(rowNo) ?? "") : "";
    out.cells.push({ address, row: rowNo, value });
    if (value !== "") out.suggested++;
  }
  return out;
}
