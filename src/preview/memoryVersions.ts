/**
 * Plan versions in the preview's in-memory workbook, as the Excel adapter keeps them (src/excel/versions.ts): the very
 * hidden, protected versions sheet of src/core/versions/versionsSheet.ts, written with its protection lifted for the
 * write only; restoring writes the working sheets' cells; the Changes sheet is rewritten only when it is ours.
 */
import type { CellValue, Grid } from "../core/cells";
import { OutputSheetConflict } from "../core/outputSheets";
import type { NewVersion } from "../core/port";
import type { Lang } from "../core/schema/types";
import { changesSheetName, isChangesHeader } from "../core/versions/changesReport";
import { restoreOrigin, type RestorePlan } from "../core/versions/restore";
import {
  baselineColumn,
  FIRST_PART_COL,
  newVersionInfo,
  readVersionData,
  readVersionList,
  VERSIONS_HEADER,
  VERSIONS_SHEET,
  versionRow,
  type Version,
  type VersionInfo,
} from "../core/versions/versionsSheet";
import type { MemorySheet } from "./memorySheet";

/** What the versions code needs of the workbook. */
export interface VersionsHost {
  sheet(name: string): MemorySheet | undefined;
  addSheet(name: string, rows?: Grid): MemorySheet;
}

/** Excel refuses any change of a cell of a protected sheet; so does the preview. */
export function assertUnprotected(s: MemorySheet): void {
  if (s.protected)
    throw new Error(`The cell you are trying to change is on a protected sheet (${s.name})`);
}

function metaGrid(s: MemorySheet): Grid {
  let rows = 0;
  s.forEachCell((_, r) => {
    if (r > rows) rows = r;
  });
  const grid: Grid = [];
  for (let r = 1; r <= rows; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= VERSIONS_HEADER.length; c++) row.push(s.cellAt(r, c)?.value ?? null);
    grid.push(row);
  }
  return grid;
}

export function listVersions(host: VersionsHost): VersionInfo[] {
  const s = host.sheet(VERSIONS_SHEET);
  return s ? readVersionList(metaGrid(s)) : [];
}

/** Writes a row of the versions sheet, its protection lifted for the write only. */
function writeUnprotected(s: MemorySheet, write: () => void): void {
  s.protected = false;
  try {
    write();
  } finally {
    s.protected = true;
  }
}

export function saveVersion(host: VersionsHost, version: NewVersion): VersionInfo {
  let s = host.sheet(VERSIONS_SHEET);
  if (!s) {
    s = host.addSheet(VERSIONS_SHEET, [VERSIONS_HEADER]);
    s.visibility = "VeryHidden";
    s.protected = true;
  }
  const list = readVersionList(metaGrid(s));
  const info = newVersionInfo(list, version);
  const sheet = s;
  writeUnprotected(sheet, () => {
    versionRow(info, [...version.parts]).forEach((v, j) =>
      sheet.setCellAt(info.row, j + 1, { value: v })
    );
    if (info.baseline) writeBaseline(sheet, [...list, info], info.id);
  });
  return info;
}

function writeBaseline(s: MemorySheet, list: VersionInfo[], id: number | undefined): void {
  baselineColumn(list, id).forEach((r, i) => s.setCellAt(i + 2, 5, { value: r[0] ?? "" }));
}

export function setBaseline(host: VersionsHost, id: number | undefined): void {
  const s = host.sheet(VERSIONS_SHEET);
  if (s) writeUnprotected(s, () => writeBaseline(s, listVersions(host), id));
}

export function readVersion(host: VersionsHost, id: number): Version {
  const s = host.sheet(VERSIONS_SHEET);
  const info = listVersions(host).find((v) => v.id === id);
  if (!s || !info) throw new Error(`No version ${id} in this workbook`);
  const parts: CellValue[] = [];
  for (let i = 0; i < info.parts; i++)
    parts.push(s.cellAt(info.row, FIRST_PART_COL + i)?.value ?? null);
  return { ...info, ...readVersionData(parts) };
}

/** The cells restoring writes, sheet by sheet (null clears), for the workbook to put and recalculate. */
export function restoreCells(
  plan: RestorePlan
): { sheet: string; create: boolean; cells: { row: number; col: number; value: CellValue }[] }[] {
  const bySheet = new Map<string, { row: number; col: number; value: CellValue }[]>();
  for (const w of plan.writes) {
    const { col: col0, row: row0 } = restoreOrigin(w);
    const list = bySheet.get(w.sheet) ?? [];
    w.values.forEach((r, i) =>
      r.forEach((value, j) => list.push({ row: row0 + i, col: col0 + j, value }))
    );
    bySheet.set(w.sheet, list);
  }
  return [...bySheet].map(([sheet, cells]) => ({
    sheet,
    create: plan.create.includes(sheet),
    cells,
  }));
}

/** The Changes sheet's name, after checking that an existing one is ours (else OutputSheetConflict). */
export function changesSheetFor(host: VersionsHost, lang: Lang): string {
  const name = changesSheetName(lang);
  const s = host.sheet(name);
  if (s && s.cellCount > 0) {
    const header = [1, 2, 3].map((c) => s.cellAt(3, c)?.value);
    if (!isChangesHeader(header)) throw new OutputSheetConflict(name);
  }
  return name;
}
