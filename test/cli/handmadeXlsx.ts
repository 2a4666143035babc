/**
 * .xlsx files laid out part by part, as other programs write them: inline or shared strings, ISO date cells, formulas
 * with or without a cached value, tables with a total row, merged cells, `_xHHHH_` escapes, the 1904 date system. A
 * test says exactly which XML the reader meets (JSZip, ExcelJS's own dependency, zips it).
 */
import { writeFileSync } from "fs";
import JSZip from "jszip";

export const MAIN_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A cell as written: text (a shared string, or inline with `inline`), a number, or the parts of a `<c>` element. */
export type RawCell =
  | string
  | number
  | boolean
  | null
  | {
      /** The `t` attribute ("s", "str", "inlineStr", "d", "e", "b", "n"). */
      t?: string;
      /** Style index: 1 is a date format (yyyy-mm-dd), 2 a date-time format. */
      s?: number;
      /** The formula text (without "="); `shared` makes it a shared formula's master or follower. */
      f?: string;
      shared?: { si: number; ref?: string };
      /** An array formula's range (`<f t="array" ref="…">`). */
      array?: string;
      /** The cached value / the text, written as is (already escaped as the writer would). */
      v?: string;
      /** Inline string text (with t="inlineStr"). */
      is?: string;
    };

export interface RawTable {
  ref: string;
  totalsRowCount?: number;
  headerRowCount?: number;
  name?: string;
}

export interface RawSheet {
  name: string;
  /** Cells by A1 reference. */
  cells: Record<string, RawCell>;
  tables?: RawTable[];
  merges?: string[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** Text cells as inline strings instead of shared strings. */
  inline?: boolean;
  date1904?: boolean;
  /** `<calcPr fullCalcOnLoad="1"/>`: the writer asks for a full recalculation on load. */
  fullCalcOnLoad?: boolean;
  /** Parts to leave out of the zip, or to replace (name → content; null drops it). */
  parts?: Record<string, string | Buffer | null>;
}

export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function refParts(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function cellXml(ref: string, cell: RawCell, strings: string[], inline: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "string") {
    if (inline)
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(cell)}</t></is></c>`;
    let i = strings.indexOf(cell);
    if (i < 0) i = strings.push(cell) - 1;
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  }
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  const attrs = [`r="${ref}"`];
  if (cell.s !== undefined) attrs.push(`s="${cell.s}"`);
  if (cell.t !== undefined) attrs.push(`t="${cell.t}"`);
  let inner = "";
  if (cell.f !== undefined || cell.shared) {
    const sh = cell.shared
      ? ` t="shared" si="${cell.shared.si}"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ""}`
      : cell.array
        ? ` t="array" ref="${cell.array}"`
        : "";
    inner +=
      cell.f !== undefined && cell.f !== "" ? `<f${sh}>${xmlEscape(cell.f)}</f>` : `<f${sh}/>`;
  }
  if (cell.is !== undefined) inner += `<is><t xml:space="preserve">${cell.is}</t></is>`;
  if (cell.v !== undefined) inner += `<v>${cell.v}</v>`;
  return `<c ${attrs.join(" ")}>${inner}</c>`;
}

function sheetXml(sheet: RawSheet, strings: string[], inline: boolean): string {
  const byRow = new Map<number, [number, string][]>();
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const [r, c] = refParts(ref);
    const xml = cellXml(ref, cell, strings, inline);
    if (!xml) continue;
    let row = byRow.get(r);
    if (!row) byRow.set(r, (row = []));
    row.push([c, xml]);
  }
  const rows = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([r, cells]) =>
        `<row r="${r}">${cells
          .sort((a, b) => a[0] - b[0])
          .map((c) => c[1])
          .join("")}</row>`
    )
    .join("");
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const tables = sheet.tables?.length
    ? `<tableParts count="${sheet.tables.length}">${sheet.tables.map((_, i) => `<tablePart r:id="rIdT${i + 1}"/>`).join("")}</tableParts>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN_NS}><sheetData>${rows}</sheetData>${merges}${tables}</worksheet>`;
}

let tableId = 0;

function tableXml(t: RawTable, sheet: RawSheet): string {
  const id = ++tableId;
  const [first, last] = t.ref.split(":");
  const [r1, c1] = refParts(first);
  const [, c2] = refParts(last);
  const cols: string[] = [];
  for (let c = c1; c <= c2; c++) {
    const letter = String.fromCharCode(64 + c);
    const h = sheet.cells[`${letter}${r1}`];
    cols.push(
      `<tableColumn id="${c - c1 + 1}" name="${xmlEscape(typeof h === "string" ? h : `Column${c}`)}"/>`
    );
  }
  const totals = t.totalsRowCount ? ` totalsRowCount="${t.totalsRowCount}"` : ' totalsRowShown="0"';
  const header = t.headerRowCount !== undefined ? ` headerRowCount="${t.headerRowCount}"` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table ${MAIN_NS} id="${id}" name="${t.name ?? `Table${id}`}" displayName="${t.name ?? `Table${id}`}" ref="${t.ref}"${header}${totals}><tableColumns count="${cols.length}">${cols.join("")}</tableColumns></table>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${MAIN_NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The workbook's parts by zip path. */
export function workbookParts(wb: RawWorkbook): Map<string, string | Buffer> {
  const parts = new Map<string, string | Buffer>();
  const strings: string[] = [];
  const inline = wb.inline === true;
  const wbRels: string[] = [];
  wb.sheets.forEach((s, i) => {
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, strings, inline));
    wbRels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    );
    if (s.tables?.length) {
      const rels = s.tables.map((t, j) => {
        const name = `table${i + 1}_${j + 1}.xml`;
        parts.set(`xl/tables/${name}`, tableXml(t, s));
        return `<Relationship Id="rIdT${j + 1}" Type="${REL}/table" Target="../tables/${name}"/>`;
      });
      parts.set(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`
      );
    }
  });
  const n = wb.sheets.length;
  wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  wbRels.push(
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
  );
  parts.set(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${MAIN_NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join("")}</sst>`
  );
  parts.set("xl/styles.xml", STYLES);
  parts.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${MAIN_NS}><workbookPr${wb.date1904 ? ' date1904="1"' : ""}/><sheets>${wb.sheets
      .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join(
        ""
      )}</sheets>${wb.fullCalcOnLoad ? '<calcPr calcId="124519" fullCalcOnLoad="1"/>' : ""}</workbook>`
  );
  parts.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${wbRels.join("")}</Relationships>`
  );
  parts.set(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  parts.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`
  );
  for (const [name, content] of Object.entries(wb.parts ?? {})) {
    if (content === null) parts.delete(name);
    else parts.set(name, content);
  }
  return parts;
}

/** The zip of a set of parts (deflated, in the given order). */
export async function zipParts(parts: Map<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function writeHandmade(file: string, wb: RawWorkbook): Promise<void> {
  writeFileSync(file, await zipParts(workbookParts(wb)));
}

/** Cells of a table given as rows from A1 (or from `firstRow`): `rowsToCells([["SKU", "Tier"], ["A", "hero"]])`. */
export function rowsToCells(rows: RawCell[][], firstRow = 1): Record<string, RawCell> {
  const cells: Record<string, RawCell> = {};
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c !== null && c !== undefined) cells[`${String.fromCharCode(65 + j)}${firstRow + i}`] = c;
    })
  );
  return cells;
}
