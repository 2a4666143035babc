/**
 * Reads an .xlsx's bytes (in the preview's worker) into an OpenedWorkbook: every worksheet through the shared scanner, the
 * tables of each sheet (their total rows marked, as the CLI marks them), the workbook's global names, and a count
 * of what the preview drops (pivot tables, charts, images, comments, macros, conditional formats it cannot draw).
 * The workbook-level parts are read by the CLI's own readers (src/core/xlsx/workbookParts.ts).
 */
import { isVersionsSheet } from "../../core/versions/versionsSheet";
import { relKind, type Relationship } from "../../core/xlsx/opc";
import { localName } from "../../core/xlsx/saxEvents";
import { packageContent } from "../../core/xlsx/packageContent";
import { SharedStringsCollector } from "../../core/xlsx/sharedStrings";
import {
  isDateStyleFormat,
  readStyleFormats,
  readTableTotalRows,
  readWorkbookXml,
  type StyleFormat,
} from "../../core/xlsx/workbookParts";
import type { MemorySheet, MemoryTable } from "../memoryWorkbook";
import { noDroppedContent, type DroppedContent, type OtherContent } from "./droppedContent";
import { formatCode } from "./numberFormats";
import type { OpenedWorkbook } from "./openedWorkbook";
import { OpenError } from "./openProblem";
import { WorksheetCollector } from "./readWorksheet";
import { ZipParts } from "./zipParts";

const firstOfKind = (rels: readonly Relationship[], kind: string): string | undefined =>
  rels.find((r) => relKind(r.type) === kind)?.target;

/** The global defined names of xl/workbook.xml (Excel's own `_xlnm.` names and sheet-scoped ones left out). */
async function readNames(parts: ZipParts, main: string): Promise<[string, string][]> {
  const names: [string, string][] = [];
  let current: { name: string; text: string } | undefined;
  for await (const events of parts.events(main))
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (current) current.text += ev.value;
      } else if (localName(ev.value.name) === "definedName") {
        if (ev.eventType === "opentag") {
          const a = ev.value.attributes;
          current =
            a.localSheetId === undefined && a.name && !/^_xlnm\./i.test(a.name)
              ? { name: a.name, text: "" }
              : undefined;
        } else {
          if (current && current.text.trim() !== "")
            names.push([current.name, current.text.trim()]);
          current = undefined;
        }
      }
    }
  return names;
}

async function readTable(parts: ZipParts, part: string): Promise<MemoryTable | undefined> {
  for await (const events of parts.events(part))
    for (const ev of events) {
      if (ev.eventType !== "opentag" || localName(ev.value.name) !== "table") continue;
      const a = ev.value.attributes;
      const name = a.displayName ?? a.name;
      return name && a.ref ? { name, range: a.ref } : undefined;
    }
  return undefined;
}

/** A sheet's tables, and what its drawings and other parts hold that the preview drops. */
async function readSheetParts(
  parts: ZipParts,
  part: string,
  sheet: MemorySheet,
  dropped: DroppedContent
): Promise<void> {
  const totalRows: number[] = [];
  for (const rel of await parts.relationships(part)) {
    if (!parts.has(rel.target)) continue;
    switch (relKind(rel.type)) {
      case "table": {
        const t = await readTable(parts, rel.target);
        if (t) sheet.tables.push(t);
        totalRows.push(...(await readTableTotalRows(parts.events(rel.target))));
        break;
      }
      case "pivotTable":
        dropped.pivotTables++;
        break;
      case "comments":
        dropped.comments++;
        break;
      case "drawing":
        for (const d of await parts.relationships(rel.target)) {
          const kind = relKind(d.type);
          if (kind === "chart") dropped.charts++;
          else if (kind === "image") dropped.images++;
        }
        break;
    }
  }
  if (totalRows.length > 0) sheet.totalRows = totalRows;
}

/**
 * The workbook in `bytes`; `onProgress` hears the share read (0–1), `onSheet` each sheet read. Throws OpenError: "not-a-workbook" when the zip
 * has no workbook part (or an .xlsb's), "damaged" when a part it needs is missing, does not inflate, fails its
 * checksum or is no whole XML document.
 */
export async function readXlsxBytes(
  bytes: ArrayBuffer,
  onProgress: (share: number) => void = () => undefined,
  /** Hears each sheet as soon as it is read whole (the worker sends it to the page while it reads on). */
  onSheet: (sheet: MemorySheet) => void = () => undefined
): Promise<OpenedWorkbook> {
  const parts = await ZipParts.open(bytes);
  const main = firstOfKind(await parts.relationships(""), "officeDocument") ?? "xl/workbook.xml";
  if (!parts.has(main) || !/\.xml$/i.test(main))
    throw new OpenError(
      "not-a-workbook",
      main.endsWith(".bin") ? "an .xlsb workbook" : "no workbook part"
    );
  const workbook = await readWorkbookXml(parts.events(main));
  const rels = await parts.relationships(main);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const dropped = noDroppedContent();
  dropped.macros = parts.names().some((n) => /vbaproject\.bin$/.test(n));
  dropped.others = packageContent(parts.names()).filter(
    (k): k is OtherContent => k !== "charts" && k !== "pivotTables" && k !== "macros"
  );

  const stringsPart = firstOfKind(rels, "sharedStrings") ?? "xl/sharedStrings.xml";
  const stylesPart = firstOfKind(rels, "styles") ?? "xl/styles.xml";
  const strings = new SharedStringsCollector();
  if (parts.has(stringsPart)) await parts.scan(stringsPart, strings);
  const sharedStrings = strings.strings;
  const styles: StyleFormat[] = parts.has(stylesPart)
    ? await readStyleFormats(parts.events(stylesPart))
    : [];
  const codes = styles.map(formatCode);
  // Asked for every cell: each style's answer once.
  const dateStyles = styles.map((s) => isDateStyleFormat(s));
  const ctx = {
    sharedStrings,
    date1904: workbook.date1904,
    fullCalcOnLoad: workbook.fullCalcOnLoad,
    isDateStyle: (s: number) => dateStyles[s] === true,
    formatOf: (s: number) => codes[s] ?? "General",
  };

  const entries = workbook.sheets.flatMap((s) => {
    const rel = byId.get(s.rid);
    if (!rel) throw new OpenError("damaged", `${main}: no relationship ${s.rid} for "${s.name}"`);
    if (relKind(rel.type) !== "worksheet") {
      dropped.otherSheets++;
      if (relKind(rel.type) === "chartsheet") dropped.charts++;
      return [];
    }
    if (!parts.has(rel.target)) throw new OpenError("damaged", `${rel.target}: missing`);
    return [{ name: s.name, part: rel.target }];
  });
  const sheets: MemorySheet[] = [];
  for (let i = 0; i < entries.length; i++) {
    const { name, part } = entries[i];
    const collector = new WorksheetCollector(name, ctx);
    await parts
      .scan(part, collector, (share) => onProgress((i + share) / entries.length))
      .catch((e: unknown) => {
        if (e instanceof OpenError) throw e;
        // A shared string the strings part lacks (MissingString), or the like: the file is damaged.
        throw new OpenError("damaged", `${part}: ${(e as Error).message}`);
      });
    const read = collector.result();
    dropped.conditionalFormats += read.otherConditionalFormats;
    await readSheetParts(parts, part, read.sheet, dropped);
    // Our versions sheet comes back very hidden and protected, whatever the program that saved the file kept of that.
    if (isVersionsSheet(read.sheet.name)) {
      read.sheet.visibility = "VeryHidden";
      read.sheet.protected = true;
    }
    sheets.push(read.sheet);
    onSheet(read.sheet);
    onProgress((i + 1) / entries.length);
  }
  if (firstOfKind(rels, "pivotCacheDefinition") !== undefined && dropped.pivotTables === 0)
    dropped.pivotTables = 1;
  return { sheets, names: await readNames(parts, main), dropped };
}
