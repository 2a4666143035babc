/**
 * An .xlsx file as an ExcelJS workbook that ExcelJS can write back. ExcelJS 4 finds a sheet's tables, drawings and
 * comments by relationship targets written relative to the sheet ("../tables/table1.xml"); openpyxl writes them
 * absolute ("/xl/tables/table1.xml", which OPC allows), and ExcelJS then crashes or loses the table. So relationship
 * targets are made relative as they are read; comments ExcelJS cannot find (openpyxl's xl/comments/comment1.xml) are
 * left out rather than crash it (./unkept.ts names them first), and so is a drawing it cannot parse (a chart's).
 * Tables are mended after the read (./executeUpdate.ts, repairTables).
 *
 * ExcelJS also reads a dropdown over a range as one entry per cell, and writes them back squeezed into ranges in
 * the order of their addresses as text (B10 before B2), so a dropdown over B2:B1000 comes back as B10:B1000 and
 * B2:B9, differently each round: the cells of each dropdown are gathered into column runs again after the read.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../core/cells";
import { cellPos } from "../../core/write/addresses";
import { repairTables } from "./executeUpdate";

interface Rel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface RelsModel {
  worksheetRels: Record<string, Rel[]>;
  drawingRels: Record<string, Rel[]>;
  drawings: Record<string, { anchors?: unknown[] } | undefined>;
}

type Process = (stream: unknown, model: RelsModel, name: string) => Promise<void>;

interface XlsxInternals {
  _processWorksheetRelsEntry: Process;
  _processDrawingRelsEntry: Process;
  _processDrawingEntry: Process;
}

/** The target relative to a part in xl/<folder>/: "/xl/tables/t.xml" → "../tables/t.xml". */
function relative(target: string): string {
  return target.startsWith("/xl/") ? `../${target.slice(4)}` : target;
}

const COMMENTS = /\/relationships\/comments$/;
const VML = /\/relationships\/vmlDrawing$/;

function mendRels(rels: Rel[] | undefined, sheet: boolean): Rel[] | undefined {
  if (!rels) return rels;
  return rels
    .map((r) => (r.TargetMode === "External" ? r : { ...r, Target: relative(r.Target) }))
    .filter(
      (r) =>
        !sheet ||
        ((!COMMENTS.test(r.Type) || /^\.\.\/comments\d+\.xml$/.test(r.Target)) &&
          (!VML.test(r.Type) || /^\.\.\/drawings\/vmlDrawing\d+\.vml$/.test(r.Target)))
    );
}

/** Reads `file` with ExcelJS, mending what ExcelJS 4 misreads in files other writers make. */
export async function readForRewrite(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const sheetRels = xlsx._processWorksheetRelsEntry.bind(xlsx);
  const drawingRels = xlsx._processDrawingRelsEntry.bind(xlsx);
  const drawing = xlsx._processDrawingEntry.bind(xlsx);
  xlsx._processWorksheetRelsEntry = async (stream, model, name) => {
    await sheetRels(stream, model, name);
    model.worksheetRels[name] = mendRels(model.worksheetRels[name], true) ?? [];
  };
  xlsx._processDrawingRelsEntry = async (stream, model, name) => {
    await drawingRels(stream, model, name);
    model.drawingRels[name] = mendRels(model.drawingRels[name], false) ?? [];
  };
  xlsx._processDrawingEntry = async (stream, model, name) => {
    await drawing(stream, model, name);
    if (!model.drawings[name]) model.drawings[name] = { anchors: [] };
  };
  await wb.xlsx.readFile(file);
  repairTables(wb);
  for (const ws of wb.worksheets) gatherValidations(ws);
  return wb;
}

/** Each dropdown's cells as column runs (`B2:B1000`), one entry per run, in place of one entry per cell. */
function gatherValidations(ws: ExcelJS.Worksheet): void {
  const dv = (ws as unknown as { dataValidations: { model: Record<string, object | undefined> } })
    .dataValidations;
  const out: Record<string, object> = {};
  const cells = new Map<object, Map<number, number[]>>();
  for (const [address, v] of Object.entries(dv.model)) {
    if (!v) continue;
    const at = address.includes(":") ? undefined : cellPos(address);
    if (!at) {
      out[address] = v;
      continue;
    }
    let byCol = cells.get(v);
    if (!byCol) cells.set(v, (byCol = new Map()));
    let rows = byCol.get(at.col);
    if (!rows) byCol.set(at.col, (rows = []));
    rows.push(at.row);
  }
  for (const [v, byCol] of cells)
    for (const [col, rows] of byCol) {
      rows.sort((a, b) => a - b);
      const letter = columnLetter(col);
      for (let i = 0; i < rows.length;) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        out[i === j ? `${letter}${rows[i]}` : `${letter}${rows[i]}:${letter}${rows[j]}`] = v;
        i = j + 1;
      }
    }
  dv.model = out;
}
