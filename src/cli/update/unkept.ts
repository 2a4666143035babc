/**
 * What a workbook holds that `update` cannot keep: ExcelJS, which rewrites the file, reads and writes cells, styles,
 * tables, dropdowns, conditional formats, merged cells, pictures and notes, but drops the rest. Found from the package's
 * parts (and the few parts whose content tells: drawings, the workbook's names, custom properties), so that the
 * planner hears it before anything is written. Round trips of files LibreOffice and openpyxl wrote showed which is
 * which (README, "Command line").
 */
import {
  CONTENT_BY_PART_PREFIX,
  packageContent,
  type PackageContent,
} from "../../core/xlsx/packageContent";
import { localName } from "../xlsx/sax";
import { XlsxPackage } from "../xlsx/xlsxPackage";

export type Unkept =
  PackageContent | "comments" | "formulaNames" | "sheetNames" | "customProperties";

/** A defined name ExcelJS keeps: it holds an absolute cell or range reference (ExcelJS's own test). */
const KEPT_NAME = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;
/** Names Excel and LibreOffice keep per sheet for printing and filters, which ExcelJS handles itself. */
const BUILT_IN = /^_xlnm\./i;

async function drawingHasShapes(pkg: XlsxPackage, part: string): Promise<boolean> {
  for await (const events of pkg.events(part))
    for (const ev of events)
      if (ev.eventType === "opentag" && /^(sp|grpSp|cxnSp)$/.test(localName(ev.value.name)))
        return true;
  return false;
}

async function namesLost(pkg: XlsxPackage, workbookPart: string): Promise<Unkept[]> {
  const out = new Set<Unkept>();
  let open: { name: string; local: boolean; text: string } | undefined;
  for await (const events of pkg.events(workbookPart))
    for (const ev of events) {
      if (ev.eventType === "opentag" && localName(ev.value.name) === "definedName") {
        const a = ev.value.attributes;
        open = { name: a.name ?? "", local: a.localSheetId !== undefined, text: "" };
      } else if (ev.eventType === "text" && open) open.text += ev.value;
      else if (ev.eventType === "closetag" && localName(ev.value.name) === "definedName" && open) {
        if (!BUILT_IN.test(open.name)) {
          if (!KEPT_NAME.test(open.text)) out.add("formulaNames");
          else if (open.local) out.add("sheetNames");
        }
        open = undefined;
      }
    }
  return [...out];
}

async function hasCustomProperties(pkg: XlsxPackage, part: string): Promise<boolean> {
  for await (const events of pkg.events(part))
    for (const ev of events)
      if (ev.eventType === "opentag" && localName(ev.value.name) === "property") return true;
  return false;
}

/** What the file holds that an update cannot keep, in a stable order; none for a plain plan workbook. */
export async function unkeptContent(file: string): Promise<Unkept[]> {
  const pkg = await XlsxPackage.open(file);
  const found = new Set<Unkept>();
  const names = pkg.partNames();
  for (const kind of packageContent(names)) found.add(kind);
  for (const name of names) {
    // Notes where ExcelJS looks for them (xl/comments1.xml: Excel's and LibreOffice's) are kept; openpyxl's are not.
    if (/^xl\/.*comment[^/]*\.xml$/.test(name) && !/^xl\/comments\d+\.xml$/.test(name))
      found.add("comments");
    if (/^xl\/drawings\/[^/]+\.xml$/.test(name) && (await drawingHasShapes(pkg, name)))
      found.add("shapes");
  }
  if (
    names.includes("docprops/custom.xml") &&
    (await hasCustomProperties(pkg, "docProps/custom.xml"))
  )
    found.add("customProperties");
  const main = names.find((n) => /^xl\/workbook\.xml$/.test(n));
  if (main) for (const k of await namesLost(pkg, main)) found.add(k);
  const order = [
    ...new Set([
      ...CONTENT_BY_PART_PREFIX.map(([, k]) => k),
      "comments",
      "formulaNames",
      "sheetNames",
      "customProperties",
    ]),
  ];
  return order.filter((k): k is Unkept => found.has(k as Unkept));
}
