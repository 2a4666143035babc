/** A WorkbookPort faked at its interface: jest mocks over a grid workbook the test builds. */
import { columnIndex, columnLetter, type CellValue } from "../../src/core/cells";
import { origin } from "../../src/core/read/input";
import type { DashboardLayout } from "../../src/core/dashboard/types";
import type { ApplySummary, WaiverInput, WorkbookPort } from "../../src/core/port";
import type { SheetInput } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import {
  isFormulaCell,
  isLinkCell,
  type LayoutCell,
  type SheetLayout,
} from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import type { RestorePlan } from "../../src/core/versions/restore";
import { restoreCells } from "../../src/preview/memoryVersions";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";

export const YEAR = 2027;
export const TODAY = new Date(2026, 5, 1);

function valueOf(cell: LayoutCell): CellValue {
  if (isFormulaCell(cell)) return cell.result;
  if (isLinkCell(cell)) return cell.text;
  return cell;
}

/** A sheet layout as Office.js `values` would read it back: header row, then data rows. */
export function gridOf(layout: SheetLayout): SheetInput {
  return {
    name: layout.name,
    rows: [layout.headers, ...layout.rows.map((r) => r.map(valueOf))],
    firstRow: layout.headerRow,
  };
}

/** The sample plan workbook (with its deliberate breaches), as grids. */
export function sampleSheets(lang: Lang = "en", year: number = YEAR): SheetInput[] {
  return planWorkbookLayout({ lang, year, sample: true, today: TODAY }).sheets.map(gridOf);
}

/** A plan that keeps every rule: one product with a list price, no promotions. */
export function cleanSheets(): SheetInput[] {
  return [
    {
      name: "Settings",
      rows: [
        ["Setting", "Value"],
        ["Plan year", YEAR],
      ],
    },
    {
      name: "Products",
      rows: [
        ["SKU", "Name", "Tier", "List price", "Platforms"],
        ["A1", "Kettle", "secondary", 199, "Tmall"],
      ],
    },
  ];
}

export const EMPTY_SUMMARY: ApplySummary = {
  created: [],
  addedColumns: [],
  formulasEntered: 0,
  sampleRows: 0,
  keptSheets: [],
  conflicts: [],
};

/** Sets one cell ("Budget!E5", "'My sheet'!E5") of the grids, growing them as a used range would grow. */
export function writeCell(sheets: SheetInput[], address: string, value: CellValue): void {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`ItemNotFound: ${name}`);
  const r = Number(m[4]) - origin(sheet.firstRow);
  const c = columnIndex(m[3]) - origin(sheet.firstCol);
  while (sheet.rows.length <= r) sheet.rows.push([]);
  const row = sheet.rows[r];
  while (row.length <= c) row.push(null);
  row[c] = value;
}

export interface FakePort extends WorkbookPort {
  readSheets: jest.Mock<Promise<SheetInput[]>, []>;
  applyPlanLayout: jest.Mock<
    ReturnType<WorkbookPort["applyPlanLayout"]>,
    Parameters<WorkbookPort["applyPlanLayout"]>
  >;
  highlight: jest.Mock<Promise<void>, Parameters<WorkbookPort["highlight"]>>;
  clearHighlights: jest.Mock<Promise<void>, []>;
  select: jest.Mock<Promise<void>, [string]>;
  addWaiver: jest.Mock<Promise<void>, [WaiverInput, Lang]>;
  writeFindings: jest.Mock<Promise<void>, Parameters<WorkbookPort["writeFindings"]>>;
  writeCells: jest.Mock<Promise<void>, [readonly { address: string; value: CellValue }[]]>;
  writeTimeline: jest.Mock<Promise<void>, Parameters<WorkbookPort["writeTimeline"]>>;
  writeDashboard: jest.Mock<Promise<void>, [DashboardLayout]>;
  writeReview: jest.Mock<Promise<void>, Parameters<WorkbookPort["writeReview"]>>;
  onChange: jest.Mock<ReturnType<WorkbookPort["onChange"]>, Parameters<WorkbookPort["onChange"]>>;
  getSetting: jest.Mock<Promise<string | undefined>, [string]>;
  setSetting: jest.Mock<Promise<void>, [string, string]>;
  displayLanguage: jest.Mock<string | undefined, []>;
  restoreVersion: jest.Mock<Promise<void>, [RestorePlan]>;
  writeChanges: jest.Mock<Promise<void>, Parameters<WorkbookPort["writeChanges"]>>;
  /** Document settings stored "in the workbook". */
  settings: Map<string, string>;
  /** The workbook's sheets; readSheets returns them, addWaiver appends to Waivers. */
  sheets: SheetInput[];
  /** Calls the onChange listeners as Excel would after a user's edit. */
  emitChange(sheetName: string): void;
  listeners: Set<(sheetName: string) => void>;
}

export function fakePort(
  init: {
    sheets?: SheetInput[];
    summary?: ApplySummary;
    displayLanguage?: string;
    settings?: Record<string, string>;
  } = {}
): FakePort {
  const listeners = new Set<(sheetName: string) => void>();
  const settings = new Map<string, string>(Object.entries(init.settings ?? {}));
  // Versions are kept as the preview keeps them: in a versions sheet of an in-memory workbook of their own.
  const versions = new MemoryWorkbook();
  const port: FakePort = {
    settings,
    sheets: init.sheets ?? [],
    listeners,
    // Fresh grids each time, as Excel's range values are: a later edit of the workbook is not in an earlier read.
    readSheets: jest.fn(async () =>
      port.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (Array.isArray(r) ? [...r] : r)) }))
    ),
    applyPlanLayout: jest.fn<Promise<ApplySummary>, Parameters<WorkbookPort["applyPlanLayout"]>>(
      async () => init.summary ?? EMPTY_SUMMARY
    ),
    highlight: jest.fn<Promise<void>, Parameters<WorkbookPort["highlight"]>>(async () => undefined),
    clearHighlights: jest.fn<Promise<void>, []>(async () => undefined),
    select: jest.fn<Promise<void>, [string]>(async () => undefined),
    addWaiver: jest.fn<Promise<void>, [WaiverInput, Lang]>(async (w) => {
      let sheet = port.sheets.find((s) => s.name === "Waivers");
      if (!sheet) {
        sheet = { name: "Waivers", rows: [["Rule", "Cell or SKU", "Reason", "Until", "Owner"]] };
        port.sheets = [...port.sheets, sheet];
      }
      sheet.rows.push([w.rule, w.target, w.reason, w.until ?? null, w.owner ?? null]);
    }),
    writeFindings: jest.fn<Promise<void>, Parameters<WorkbookPort["writeFindings"]>>(
      async () => undefined
    ),
    writeCells: jest.fn(async (cells: readonly { address: string; value: CellValue }[]) => {
      for (const { address, value } of cells) writeCell(port.sheets, address, value);
    }),
    writeTimeline: jest.fn<Promise<void>, Parameters<WorkbookPort["writeTimeline"]>>(
      async () => undefined
    ),
    writeDashboard: jest.fn<Promise<void>, [DashboardLayout]>(async () => undefined),
    writeReview: jest.fn<Promise<void>, Parameters<WorkbookPort["writeReview"]>>(
      async () => undefined
    ),
    onChange: jest.fn<ReturnType<WorkbookPort["onChange"]>, Parameters<WorkbookPort["onChange"]>>(
      async (listener) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      }
    ),
    getSetting: jest.fn(async (key: string) => settings.get(key)),
    setSetting: jest.fn(async (key: string, value: string) => {
      settings.set(key, value);
    }),
    displayLanguage: jest.fn(() => init.displayLanguage),
    listVersions: jest.fn(() => versions.listVersions()),
    saveVersion: jest.fn((v) => versions.saveVersion(v)),
    readVersion: jest.fn((id) => versions.readVersion(id)),
    setBaseline: jest.fn((id) => versions.setBaseline(id)),
    restoreVersion: jest.fn(async (plan: RestorePlan) => {
      for (const w of restoreCells(plan)) {
        if (!port.sheets.some((s) => s.name === w.sheet))
          port.sheets = [...port.sheets, { name: w.sheet, rows: [] }];
        for (const c of w.cells)
          writeCell(
            port.sheets,
            `'${w.sheet.replace(/'/g, "''")}'!${columnLetter(c.col)}${c.row}`,
            c.value ?? null
          );
      }
    }),
    writeChanges: jest.fn<Promise<void>, Parameters<WorkbookPort["writeChanges"]>>(
      async () => undefined
    ),
    emitChange: (name) => {
      for (const l of listeners) l(name);
    },
  };
  return port;
}
