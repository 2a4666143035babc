/**
 * Where versions live: one very hidden, protected sheet, `OpsPlanner~versions`, one row per version —
 * Id | Name | Saved | Note | Baseline | Format | Parts | the snapshot as JSON, cut into cells of at most 32,000
 * characters (Excel holds 32,767 in a cell). The file's zip compresses the cells with the rest of the workbook, so a
 * version costs about the compressed size of its values (README: Plan versions).
 */
import type { CellValue, Grid } from "../cells";
import { columnLetter } from "../cells";
import { loadCell, storeCell, type StoredCell } from "./cellCodec";
import type { Snapshot, SnapshotSheet } from "./snapshot";
import { isVersionedSheet } from "./inputSheets";
import { parseStoredFindings, type FindingsToStore, type StoredFindings } from "./storedFindings";
import { textHash } from "./textHash";
import type { SheetId } from "../schema/types";

export const VERSIONS_SHEET = "OpsPlanner~versions";
export const VERSIONS_HEADER = ["Id", "Name", "Saved", "Note", "Baseline", "Format", "Parts"];
/** Column (1-based) of the first part of the snapshot's JSON. */
export const FIRST_PART_COL = VERSIONS_HEADER.length + 1;
export const PART_CHARS = 32_000;
const FORMAT = 1;

/** A version as the list shows it. */
export interface VersionInfo {
  id: number;
  name: string;
  /** ISO 8601, UTC. */
  saved: string;
  note: string;
  baseline: boolean;
  /** Sheet row of the version in the versions sheet. */
  row: number;
  parts: number;
}

export interface Version extends VersionInfo {
  snapshot: Snapshot;
  /** Its findings as validated at its save (./storedFindings.ts); absent in a version saved without them. */
  findings?: StoredFindings;
}

/** What a version's parts hold: its snapshot, and its findings when it was saved with them. */
export interface VersionData {
  snapshot: Snapshot;
  findings?: StoredFindings;
}

/** Whether a sheet name is the versions sheet (never read as a plan sheet, never shown). */
export const isVersionsSheet = (name: string): boolean =>
  name.toLowerCase() === VERSIONS_SHEET.toLowerCase();

/**
 * JSON's quotes and backticks swapped, both ways (so the swap is its own inverse): a file writer escapes every `"` of
 * a cell's text in the file's XML (ExcelJS writes `&quot;`, six bytes), and a version's JSON is full of them, where
 * backticks are rare. Lossless, and it keeps a version's share of the file at the compressed size of its values.
 */
const swapQuotes = (s: string): string => s.replace(/["`]/g, (c) => (c === '"' ? "`" : '"'));

/** What a version's JSON starts with; its sheets follow, then (when stored) `,"findings":{…}`, then `}`. */
const JSON_HEAD = `{"format":${FORMAT},"sheets":`;
const FINDINGS_KEY = ',"findings":';

/**
 * The snapshot's JSON cut into parts, never inside a surrogate pair; with the version's findings after its sheets
 * (`findings`, its own format field: readers of format 1 without it ignore it), holding the hash of the sheets' JSON
 * they were made from (readVersionData uses them only while it matches).
 */
export function snapshotParts(snapshot: Snapshot, findings?: FindingsToStore): string[] {
  const sheets = JSON.stringify(
    snapshot.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(storeCell)) }))
  );
  const stored: StoredFindings | undefined = findings && { ...findings, input: textHash(sheets) };
  const json = swapQuotes(
    `${JSON_HEAD}${sheets}${stored ? `${FINDINGS_KEY}${JSON.stringify(stored)}` : ""}}`
  );
  const parts: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(json.length, i + PART_CHARS);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(json.slice(i, end));
    i = end;
  }
  return parts;
}

/** The versions sheet's row of a new version (header columns, then the parts). */
export function versionRow(info: Omit<VersionInfo, "row" | "parts">, parts: string[]): CellValue[] {
  return [
    info.id,
    info.name,
    info.saved,
    info.note,
    info.baseline ? "yes" : "",
    FORMAT,
    parts.length,
    ...parts,
  ];
}

/** The last column letter a row of `parts` parts fills. */
export const lastPartColumn = (parts: number): string =>
  columnLetter(FIRST_PART_COL + Math.max(parts, 1) - 1);

const text = (v: CellValue): string =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : "";

/**
 * The versions a sheet's first seven columns list (a grid from A1: the header, then a row per version). A row that
 * does not read as a version (typed over, cut short) is left out, never guessed.
 */
export function readVersionList(grid: Grid): VersionInfo[] {
  const out: VersionInfo[] = [];
  for (let i = 1; i < grid.length; i++) {
    const r = grid[i] ?? [];
    const id = Number(r[0]);
    const parts = Number(r[6]);
    if (!Number.isInteger(id) || id < 1 || !Number.isInteger(parts) || parts < 1) continue;
    if (Number(r[5]) !== FORMAT) continue;
    out.push({
      id,
      name: text(r[1]),
      saved: text(r[2]),
      note: text(r[3]),
      baseline: text(r[4]) !== "",
      row: i + 1,
      parts,
    });
  }
  return out;
}

/** The next version's id: one more than any there. */
export const nextVersionId = (list: readonly VersionInfo[]): number =>
  list.reduce((m, v) => Math.max(m, v.id), 0) + 1;

/** A new version's entry in a versions sheet listing `list`: the next id, on the row below the last. */
export function newVersionInfo(
  list: readonly VersionInfo[],
  version: Pick<VersionInfo, "name" | "saved" | "note" | "baseline"> & { parts: readonly string[] }
): VersionInfo {
  return {
    id: nextVersionId(list),
    name: version.name,
    saved: version.saved,
    note: version.note,
    baseline: version.baseline,
    row: list.reduce((m, v) => Math.max(m, v.row), 1) + 1,
    parts: version.parts.length,
  };
}

export class VersionDataError extends Error {}

/** The snapshot of a version from its parts' cells; a damaged one throws VersionDataError (never half a plan). */
export function readSnapshot(parts: readonly CellValue[]): Snapshot {
  return readVersionData(parts).snapshot;
}

/**
 * A version's snapshot and stored findings from its parts' cells; a damaged snapshot throws VersionDataError, findings
 * that do not read whole are left out (the version is then validated when compared).
 */
export function readVersionData(parts: readonly CellValue[]): VersionData {
  let data: unknown;
  const json = swapQuotes(parts.map(text).join(""));
  try {
    data = JSON.parse(json);
  } catch {
    throw new VersionDataError("the version's data is damaged");
  }
  const o = data as { format?: unknown; sheets?: unknown; findings?: unknown };
  if (!o || o.format !== FORMAT || !Array.isArray(o.sheets))
    throw new VersionDataError("the version's data is damaged");
  const sheets: SnapshotSheet[] = [];
  for (const s of o.sheets as Record<string, unknown>[]) {
    if (!s || typeof s.name !== "string" || !Array.isArray(s.rows)) continue;
    const id = s.id as SheetId;
    if (!isVersionedSheet(id)) continue;
    const sheet: SnapshotSheet = {
      id,
      name: s.name,
      rows: (s.rows as unknown[]).map((r) =>
        Array.isArray(r) ? (r as StoredCell[]).map(loadCell) : []
      ),
    };
    if (typeof s.firstRow === "number") sheet.firstRow = s.firstRow;
    if (typeof s.firstCol === "number") sheet.firstCol = s.firstCol;
    if (Array.isArray(s.merges)) sheet.merges = s.merges as string[];
    if (Array.isArray(s.totalRows)) sheet.totalRows = s.totalRows as number[];
    if (Array.isArray(s.formulas)) sheet.formulas = s.formulas as SnapshotSheet["formulas"];
    sheets.push(sheet);
  }
  const findings = findingsOfValues(json, parseStoredFindings(o.findings));
  return findings ? { snapshot: { sheets }, findings } : { snapshot: { sheets } };
}

/**
 * The stored findings while the version's values are those they were made from (the hash of the sheets' JSON as
 * read back is theirs); else undefined (the version is validated when compared).
 */
function findingsOfValues(
  json: string,
  findings: StoredFindings | undefined
): StoredFindings | undefined {
  if (!findings || !json.startsWith(JSON_HEAD)) return undefined;
  const end = json.lastIndexOf(FINDINGS_KEY);
  if (end < JSON_HEAD.length) return undefined;
  return textHash(json.slice(JSON_HEAD.length, end)) === findings.input ? findings : undefined;
}

/** The Baseline column's cells (E2:E…) with only `id` marked (none for undefined). */
export function baselineColumn(list: readonly VersionInfo[], id: number | undefined): Grid {
  const rows = list.reduce((m, v) => Math.max(m, v.row), 1);
  const out: Grid = [];
  for (let r = 2; r <= rows; r++) {
    const v = list.find((x) => x.row === r);
    out.push([v && v.id === id ? "yes" : ""]);
  }
  return out;
}
