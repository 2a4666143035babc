/**
 * "Create / update plan workbook", planned without touching a workbook: given the sheets a workbook holds (as the
 * reader sees them) and the plan workbook's layouts, what to write where. Both WorkbookPort implementations (Office.js
 * and the preview's in-memory workbook) execute the same plan, so neither decides anything about the sheets.
 *
 * Per sheet it is one of:
 * - create: the sheet is missing; write the whole layout (./update/newSheet.ts).
 * - update: the sheet is ours (its header row holds every key header, found the way the reader finds it, in any
 *   language, columns in any order: ./update/locate.ts); add the columns it lacks after the last header cell,
 *   re-enter the formula of every computed and Flags column on every data row (with the column letters of this
 *   sheet), and ensure formats, dropdowns and row colouring (./update/existingSheet.ts). Rows are added only where
 *   asked (the sample into a sheet without data rows, a Waivers row after the last row, the Findings rows replacing
 *   the old ones).
 * - conflict: a sheet with our name whose header row lacks key headers: nothing is written to it.
 *
 * What differs between sheets (which rows an existing sheet gets, the Settings rows and names, the Lists placement
 * that feeds dropdowns) is a strategy per sheet id (./update/strategies.ts). Each sheet is located once per update.
 *
 * Never deleted, reordered or overwritten: any cell a user typed outside our computed columns. Formats, dropdowns and
 * row colouring are "ensure" operations: the host sets a number format only on cells whose format is General, a
 * dropdown only where a range has no validation, and row colouring only when the sheet has no rule of ours yet.
 */
import { quoteSheetName, type CellValue } from "../cells";
import type { Finding } from "../finding";
import { schemaColumnRef } from "../formulas/text";
import type { ApplyOptions, ApplySummary, WaiverInput } from "../port";
import type { SheetInput } from "../read/input";
import { identifySheet } from "../read/readPlan";
import { FINDINGS_SHEET, WAIVERS_SHEET } from "../schema/sheets";
import type { Lang, SheetId } from "../schema/types";
import { sheetLayout, type SheetLayout } from "./layout";
import { DATA_SHEET_IDS, findingRows, type PlanWorkbookLayout } from "./workbookLayout";
import { planLocatedSheet } from "./update/existingSheet";
import { isConflict, locateSheet, type LocatedSheet } from "./update/locate";
import { planNewSheet } from "./update/newSheet";
import { productRowsOf } from "./update/productRows";
import { strategyOf } from "./update/strategies";
import type {
  ListsPlacement,
  PlacedColumn,
  SheetConflict,
  SheetPlan,
  SheetPlanOptions,
  SheetWrite,
  WorkbookTable,
  WorkbookUpdate,
} from "./update/types";

export type {
  CellBlock,
  ClearRows,
  FormatRange,
  ListsPlacement,
  ListValidation,
  PlacedColumn,
  RowColouring,
  RowMode,
  SheetConflict,
  SheetExtent,
  SheetPlan,
  SheetPlanOptions,
  SheetWrite,
  WorkbookTable,
  WorkbookUpdate,
} from "./update/types";
export { listsPlacementOf } from "./update/listsStrategy";
export { planNewSheet } from "./update/newSheet";
export { settingsNamesOf } from "./update/settingsStrategy";

export class SheetConflictError extends Error {
  constructor(
    readonly sheet: string,
    readonly missing: string[]
  ) {
    super(
      `The sheet "${sheet}" is not an Ops Planner sheet (its header row lacks ${missing.join(", ")}); nothing was written to it. Rename it, or add those headers.`
    );
    this.name = "SheetConflictError";
  }
}

/** The columns an existing sheet has or gets, or undefined for a sheet that is not ours. */
export function placementOf(input: SheetInput, layout: SheetLayout): PlacedColumn[] | undefined {
  const found = locateSheet(input, layout);
  return isConflict(found) ? undefined : found.placed;
}

/** Plans a located sheet (its strategy decides the rows it gets), or returns the conflict. */
function planFound(
  found: LocatedSheet | SheetConflict,
  layout: SheetLayout,
  opts: SheetPlanOptions
): SheetPlan {
  if (isConflict(found)) return found;
  const rows = strategyOf(layout.id).rowsOf(found, layout, opts.rows);
  return planLocatedSheet(found, layout, rows, opts);
}

/** Plans one existing sheet (see the module comment); a sheet that is not ours is a conflict. */
export function planExistingSheet(
  input: SheetInput,
  layout: SheetLayout,
  opts: SheetPlanOptions
): SheetPlan {
  return planFound(locateSheet(input, layout), layout, opts);
}

/** The workbook's sheet for a layout sheet: the first whose name means the same schema sheet, in any language. */
export function existingSheetFor(
  existing: readonly SheetInput[],
  layout: SheetLayout
): SheetInput | undefined {
  return existing.find((s) => identifySheet(s.name) === layout.id);
}

export interface PlanUpdateOptions extends ApplyOptions {
  /** Table names the workbook already uses. */
  tableNames?: readonly string[];
  /** The workbook's tables (their names are taken too): an existing sheet's table grows with it. */
  tables?: readonly WorkbookTable[];
}

/** A host's tables, or only their names: the names taken, and the tables where given. */
function tablesOf(tables: readonly (string | WorkbookTable)[] | undefined): {
  tableNames: string[];
  tables: WorkbookTable[];
} {
  const all = tables ?? [];
  return {
    tableNames: all.map((t) => (typeof t === "string" ? t : t.name)),
    tables: all.filter((t): t is WorkbookTable => typeof t !== "string"),
  };
}

/** A layout sheet in the workbook: missing, ours (located) or a conflict. */
interface SheetInWorkbook {
  layout: SheetLayout;
  input?: SheetInput;
  found?: LocatedSheet | SheetConflict;
}

/**
 * Whole-column references to each layout sheet's fields, by its real name and letters (the schema's when unplanned),
 * and the cell of a field on a sheet's first data row.
 */
function refsOf(
  sheets: readonly SheetInWorkbook[]
): Required<Pick<SheetPlanOptions, "ref" | "firstCell">> {
  const where = new Map<
    SheetId,
    { sheet: string; letters: Map<string, string>; firstRow: number }
  >();
  for (const { layout, input, found } of sheets) {
    const letters =
      found === undefined
        ? new Map(layout.columns.map((c) => [c.field, c.letter]))
        : isConflict(found)
          ? // A sheet that is not ours keeps its name: a formula must never name a sheet the workbook lacks (Excel would
            // take it for another workbook), even where the look-up finds nothing until the planner renames that sheet.
            new Map(layout.columns.map((c) => [c.field, c.letter]))
          : new Map(found.placed.map((p) => [p.column.field, p.letter]));
    const firstRow = found && !isConflict(found) ? found.dataFirst : layout.firstRow;
    where.set(layout.id, { sheet: input ? input.name : layout.name, letters, firstRow });
  }
  const ref = (sheet: SheetId, field: string): string => {
    const w = where.get(sheet);
    const letter = w?.letters.get(field);
    if (!w || !letter) return schemaColumnRef(sheet, field);
    return `${quoteSheetName(w.sheet)}!$${letter}:$${letter}`;
  };
  const firstCell = (sheet: SheetId, field: string): string => {
    const w = where.get(sheet);
    return ref(sheet, field).replace(/\$([A-Z]+):\$[A-Z]+$/, `$$$1$$${w?.firstRow ?? 2}`);
  };
  return { ref, firstCell };
}

function summaryOf(sheets: readonly SheetPlan[], sample: boolean): ApplySummary {
  const summary: ApplySummary = {
    created: [],
    addedColumns: [],
    formulasEntered: 0,
    sampleRows: 0,
    keptSheets: [],
    conflicts: [],
  };
  const sampleSheets = new Set<string>(DATA_SHEET_IDS);
  for (const p of sheets) {
    if (p.kind === "conflict") {
      summary.conflicts.push(p.sheet);
      continue;
    }
    if (p.kind === "create") summary.created.push(p.sheet);
    else summary.keptSheets.push(p.sheet);
    const added = p.columns.filter((c) => c.added).map((c) => c.column.header);
    if (added.length > 0) summary.addedColumns.push({ sheet: p.sheet, headers: added });
    summary.formulasEntered += p.formulasEntered;
    if (sample && sampleSheets.has(p.layout.id)) summary.sampleRows += p.rowsAdded;
  }
  return summary;
}

/**
 * Plans "Create / update plan workbook": every layout sheet created, updated or reported as a conflict (in layout
 * order; the dropdowns' source, Lists, planned first), the workbook names, and the pane's summary.
 */
export function planUpdate(
  existing: readonly SheetInput[],
  layout: PlanWorkbookLayout,
  opts: PlanUpdateOptions
): WorkbookUpdate {
  const tableNames = [...(opts.tableNames ?? []), ...(opts.tables ?? []).map((t) => t.name)];
  const sheets: SheetInWorkbook[] = layout.sheets.map((l) => {
    const input = existingSheetFor(existing, l);
    return input ? { layout: l, input, found: locateSheet(input, l) } : { layout: l };
  });
  const { ref, firstCell } = refsOf(sheets);
  const products = sheets.find((s) => s.layout.id === "products")?.found;
  const productRowOf = products && !isConflict(products) ? productRowsOf(products) : undefined;

  const planOf = (s: SheetInWorkbook, lists: ListsPlacement | undefined): SheetPlan => {
    const sheetOpts: SheetPlanOptions = {
      rows: strategyOf(s.layout.id).rowMode(opts.sample),
      tableNames,
      lists,
      ref,
      firstCell,
    };
    if (productRowOf) sheetOpts.productRowOf = productRowOf;
    if (opts.tables) sheetOpts.tables = opts.tables;
    const p = s.found ? planFound(s.found, s.layout, sheetOpts) : planNewSheet(s.layout, sheetOpts);
    if (p.kind === "create" && p.table) tableNames.push(p.table.name);
    return p;
  };

  const plans = new Map<SheetInWorkbook, SheetPlan>();
  let lists: ListsPlacement | undefined;
  for (const s of sheets) {
    const placement = strategyOf(s.layout.id).listsPlacement;
    if (!placement) continue;
    const p = planOf(s, undefined);
    plans.set(s, p);
    if (p.kind !== "conflict") lists = placement(p);
  }
  for (const s of sheets) if (!plans.has(s)) plans.set(s, planOf(s, lists));
  const planned = sheets.map((s) => plans.get(s) as SheetPlan);

  const names = planned.flatMap((p) =>
    p.kind === "conflict" ? [] : (strategyOf(p.layout.id).names?.(p) ?? [])
  );
  return { sheets: planned, names, summary: summaryOf(planned, opts.sample) };
}

/** The Findings sheet of a validation (its Cell a link to the finding's cell). */
export function findingsSheetLayout(findings: readonly Finding[], lang: Lang): SheetLayout {
  return sheetLayout(FINDINGS_SHEET, lang, findingRows(findings, lang), { currency: "CNY" });
}

/**
 * Rewrites the Findings sheet: created when missing, else its old rows replaced; a Findings sheet not ours throws.
 * `tables`: the workbook's tables, or only their names (then an existing table is not grown).
 */
export function planFindings(
  existing: readonly SheetInput[],
  findings: readonly Finding[],
  lang: Lang,
  tables?: readonly (string | WorkbookTable)[]
): SheetWrite {
  return planOne(existing, findingsSheetLayout(findings, lang), {
    rows: "replace",
    ...tablesOf(tables),
  });
}

/**
 * Appends one Waivers row after the sheet's last row (creating the sheet when missing); a Waivers sheet not ours
 * throws. `tables` as planFindings takes them.
 */
export function planWaiver(
  existing: readonly SheetInput[],
  waiver: WaiverInput,
  lang: Lang,
  tables?: readonly (string | WorkbookTable)[]
): SheetWrite {
  const row: Record<string, CellValue> = {
    rule: waiver.rule,
    target: waiver.target,
    reason: waiver.reason,
    until: waiver.until ?? null,
    owner: waiver.owner ?? null,
  };
  return planOne(existing, sheetLayout(WAIVERS_SHEET, lang, [row], { currency: "CNY" }), {
    rows: "append",
    ...tablesOf(tables),
  });
}

function planOne(
  existing: readonly SheetInput[],
  layout: SheetLayout,
  opts: SheetPlanOptions
): SheetWrite {
  const input = existingSheetFor(existing, layout);
  const p = input ? planExistingSheet(input, layout, opts) : planNewSheet(layout, opts);
  if (p.kind === "conflict") throw new SheetConflictError(p.sheet, p.missing);
  return p;
}
