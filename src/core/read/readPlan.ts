/** Reads a whole workbook into a Plan: sheets found by name, rows by header, every unreadable cell a DQ_ hit. */
import type { Hit } from "../finding";
import { normKey } from "../lists";
import type {
  BudgetLine,
  CalendarEvent,
  CompetitorRow,
  DailyRow,
  MarketRow,
  Plan,
  PlatformProfileRow,
  Price,
  Product,
  Promotion,
  Region,
  Row,
  SaleRow,
  ServiceRow,
  Waiver,
} from "../plan";
import { DASHBOARD_NAMES, REVIEW_NAMES, SHEETS, sheetSpec, TIMELINE_NAMES } from "../schema/sheets";
import { PLAN_SHEETS, type Names, type SheetId } from "../schema/types";
import { calendarKind, waiverRule } from "./fieldReaders";
import { calculateFormulas } from "./formulaCells";
import { checkIntegrity, type SheetReads } from "./integrity";
import type { SheetInput, WorkbookInput } from "./input";
import { listMatcher, listRefOf, readListsSheet } from "./listsSheet";
import {
  locateHeader,
  readSheet,
  type FieldReader,
  type ReadContext,
  type SheetRead,
} from "./readSheet";
import { readSettingsSheet } from "./settingsSheet";

export type { SheetInput, WorkbookInput } from "./input";

const SHEET_BY_NAME = new Map<string, SheetId>();
const addNames = (id: SheetId, names: Names): void => {
  for (const n of [names.en, names.zh, names.zhTW]) {
    const k = normKey(n);
    if (!SHEET_BY_NAME.has(k)) SHEET_BY_NAME.set(k, id);
  }
};
for (const s of SHEETS) addNames(s.id, s.names);
addNames("timeline", TIMELINE_NAMES);
addNames("dashboard", DASHBOARD_NAMES);
addNames("review", REVIEW_NAMES);

/** The schema sheet a workbook sheet name means: English, 简体 or 繁體; case-, width- and space-insensitive. */
export function identifySheet(name: string): SheetId | undefined {
  return typeof name === "string" ? SHEET_BY_NAME.get(normKey(name)) : undefined;
}

function sheetsOf(input: WorkbookInput): SheetInput[] {
  const sheets = input && Array.isArray(input.sheets) ? input.sheets : [];
  return sheets.filter(
    (s): s is SheetInput => typeof s === "object" && s !== null && typeof s.name === "string"
  );
}

/** Whether the workbook has any of Products, Promotions, Prices, Budget, Daily, Regions (else it is not a plan). */
export function hasPlanSheet(input: WorkbookInput): boolean {
  return sheetsOf(input).some((s) => {
    const id = identifySheet(s.name);
    return id !== undefined && PLAN_SHEETS.includes(id);
  });
}

/**
 * The sheet column (1-based) of a plan sheet's SKU header, when the sheet has one and its header is found: where a
 * host must tell the reader of merged cells (see merges.ts).
 */
export function skuColumnOf(input: SheetInput): number | undefined {
  const id = identifySheet(input.name);
  if (id === undefined || !(DATA_SHEETS as readonly string[]).includes(id)) return undefined;
  const spec = sheetSpec(id);
  if (!spec.columns.some((c) => c.field === "sku")) return undefined;
  const { header, firstCol } = locateHeader(input, spec);
  const sku = header?.byField.get("sku");
  return sku ? firstCol + sku.index : undefined;
}

/**
 * The sheets the reader reads as data, besides Settings and Lists, in the workbook's order (spec §2; the writer lays
 * them out between Lists and Findings). Timeline, Findings, Dashboard and Review are output.
 */
export const DATA_SHEETS = [
  "products",
  "promotions",
  "prices",
  "budget",
  "daily",
  "regions",
  "waivers",
  "calendar",
  "sales",
  "platforms",
  "service",
  "market",
  "competitors",
] as const;

/** Field readers of text fields with a fixed vocabulary, by sheet (the compare of versions reads with them too). */
export const READERS: Partial<Record<SheetId, Partial<Record<string, FieldReader>>>> = {
  calendar: { kind: calendarKind },
  waivers: { rule: waiverRule },
};

/** The sheet's rows without a DQ_ hit, as typed rows (the reader built each `v` to the schema's field types). */
function rowsOf<T>(
  read: SheetRead | undefined,
  fill?: (v: Record<string, unknown>) => void
): Row<T>[] {
  if (!read) return [];
  const clean = read.bad.includes(true) ? read.rows.filter((_, i) => !read.bad[i]) : read.rows;
  if (fill) for (const r of clean) fill(r.v);
  return clean as unknown as Row<T>[];
}

/**
 * The Platforms rows (issue 16), a row with an unreadable cell included as long as its Platform was read: the first row
 * of a platform is its profile, as the Flags formulas' exact MATCH finds it, and a cell the reader could not use (its
 * DQ_ finding reported) is blank there — the Settings value, as those formulas take it.
 */
function platformRowsOf(read: SheetRead | undefined): Row<PlatformProfileRow>[] {
  if (!read) return [];
  return read.rows.filter(
    (r) => typeof r.v.platform === "string"
  ) as unknown as Row<PlatformProfileRow>[];
}

/**
 * Reads a workbook. Missing plan sheets mean no rows, a missing Settings or Lists sheet the defaults (`today` sets the
 * default plan year). When two sheets mean the same schema sheet (Products and 产品), the first is read.
 * Never throws: what cannot be read is a DQ_ hit in `readHits`, and its row is left out.
 */
export function readPlan(input: WorkbookInput, opts: { today?: Date } = {}): Plan {
  return readWorkbook(input, opts).plan;
}

/**
 * What one read of a workbook made besides the plan, for a caller that needs more of the same read (the compare of
 * versions: src/core/versions/compare/sideSheets.ts) without reading the sheets again.
 */
export interface WorkbookRead {
  plan: Plan;
  /** The input sheet of each schema sheet read (the first of each, formula cells calculated where the reader can). */
  byId: ReadonlyMap<SheetId, SheetInput>;
  /** Each data sheet's read, as typed (the plan's Calendar rows get their default Kind on copies). */
  reads: Readonly<SheetReads>;
  ctx: ReadContext;
}

/** readPlan, with what the read made on the way (see WorkbookRead). */
export function readWorkbook(input: WorkbookInput, opts: { today?: Date } = {}): WorkbookRead {
  const byId = new Map<SheetId, SheetInput>();
  const sheetNames: Plan["sheetNames"] = {};
  // Formula cells a file gave without a value: calculated where the reader can (formulaCells.ts).
  for (const s of calculateFormulas(sheetsOf(input))) {
    const id = identifySheet(s.name);
    if (id === undefined || byId.has(id)) continue;
    byId.set(id, s);
    sheetNames[id] = s.name;
  }

  const today =
    opts.today instanceof Date && Number.isFinite(opts.today.getTime()) ? opts.today : new Date();
  const settingsRead = readSettingsSheet(byId.get("settings"), today);
  const listsRead = readListsSheet(byId.get("lists"));
  const listsSheetName = byId.get("lists")?.name;
  const ctx: ReadContext = {
    match: listMatcher(listsRead.lists),
    listRef: (list, lang) => listRefOf(listsRead.refs, listsSheetName, list, lang),
  };

  const reads: SheetReads = {};
  for (const id of DATA_SHEETS) {
    const s = byId.get(id);
    if (s) reads[id] = readSheet(s, sheetSpec(id), ctx, READERS[id]);
  }
  checkIntegrity(reads);

  const readHits: Hit[] = [...settingsRead.hits, ...listsRead.hits];
  for (const id of DATA_SHEETS) {
    const hits = reads[id]?.hits;
    if (hits) for (const h of hits) readHits.push(h);
  }

  const plan: Plan = {
    sheetNames,
    products: rowsOf<Product>(reads.products, (v) => {
      if (v.platforms === undefined) v.platforms = [];
    }),
    promotions: rowsOf<Promotion>(reads.promotions),
    prices: rowsOf<Price>(reads.prices),
    budget: rowsOf<BudgetLine>(reads.budget),
    daily: rowsOf<DailyRow>(reads.daily),
    regions: rowsOf<Region>(reads.regions),
    waivers: rowsOf<Waiver>(reads.waivers),
    // A copy where the default is filled in: the read's rows stay as typed (the compare of versions reads them).
    calendar: rowsOf<CalendarEvent>(reads.calendar).map((r) =>
      (r.v.kind as string | undefined) === undefined ? { ...r, v: { ...r.v, kind: "festival" } } : r
    ),
    sales: rowsOf<SaleRow>(reads.sales),
    platforms: platformRowsOf(reads.platforms),
    service: rowsOf<ServiceRow>(reads.service),
    market: rowsOf<MarketRow>(reads.market),
    competitors: rowsOf<CompetitorRow>(reads.competitors),
    settings: settingsRead.settings,
    lists: listsRead.lists,
    readHits,
  };
  return { plan, byId, reads, ctx };
}
