/**
 * A workbook without the add-in must not read as a clean plan (issue 10, item 2). LibreOffice knows no PLAN function;
 * with a profile that recalculates every formula on load (OOXMLRecalcMode 0, "always"), it shows what Excel shows
 * for a CLI-written file once recalculated without the add-in. Its HTML export carries both what each cell shows and
 * the colours the conditional formats give it, as LibreOffice evaluated them. For the sample in both languages:
 * - every Flags cell of a filled row shows an error (#NAME?), never the blank of a clean row, and its row is coloured;
 * - every computed cell whose cached value (the core's, what the add-in shows) is not blank shows an error, and the
 *   cells that are blank with the add-in (a Budget line without an Expected CPC) stay blank without it.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { ROW_COLOURS } from "../../src/core/presentation";
import type { Lang, SheetId } from "../../src/core/schema/types";
import { isFormulaCell, type SheetLayout } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { requireProgram } from "./requirements";

const YEAR = 2027;
const TODAY = new Date(Date.UTC(2026, 10, 25));
const soffice = requireProgram("soffice", "libreoffice-calc");

/** LibreOffice's setting "Recalculation on file load" for Excel 2007 and newer: 0 = always. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** What Calc shows for an error: Excel's codes, or its own Err:nnn. */
const ERROR_SHOWN = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)$/;

interface ShownCell {
  text: string;
  /** The background colour (the conditional formats' included), upper-case `#RRGGBB`, if any. */
  background?: string;
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]*>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .trim();

/** Calc's HTML export as sheet name → rows of cells (row 1 first; a colspan repeats its cell). */
function parseHtml(html: string): Map<string, ShownCell[][]> {
  const out = new Map<string, ShownCell[][]>();
  const sheets = html.split(/<A NAME="table\d+">/i).slice(1);
  for (const part of sheets) {
    const name = decode(/<em>([\s\S]*?)<\/em>/i.exec(part)?.[1] ?? "");
    const rows: ShownCell[][] = [];
    for (const tr of part.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
      const row: ShownCell[] = [];
      for (const m of tr.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)) {
        const bg = /bgcolor="?(#[0-9a-f]{6})/i.exec(m[1])?.[1]?.toUpperCase();
        const span = Number(/colspan="?(\d+)/i.exec(m[1])?.[1] ?? 1);
        const cell: ShownCell = { text: decode(m[2]), ...(bg ? { background: bg } : {}) };
        for (let i = 0; i < span; i++) row.push(cell);
      }
      rows.push(row);
    }
    out.set(name, rows);
  }
  return out;
}

let dir: string;
let profile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-noaddin-"));
  profile = mkdtempSync(join(tmpdir(), "ops-planner-lo-recalc-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** The CLI's sample in `lang`, opened and recalculated by LibreOffice, as its HTML export shows it. */
async function recalculated(lang: Lang): Promise<Map<string, ShownCell[][]>> {
  const file = join(dir, `sample-${lang}.xlsx`);
  await writePlanWorkbook(file, { lang, year: YEAR, sample: true, today: TODAY });
  const outDir = join(dir, `html-${lang}`);
  const log = execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "html",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000, stdio: ["ignore", "pipe", "pipe"] }
  );
  const html = join(outDir, `sample-${lang}.html`);
  if (!existsSync(html)) throw new Error(`LibreOffice wrote no ${html}:\n${log}`);
  return parseHtml(readFileSync(html, "utf8"));
}

const FLAG_SHEETS: SheetId[] = ["products", "promotions", "prices", "budget"];
const COMPUTED_SHEETS: SheetId[] = ["promotions", "budget", "daily"];

describe.each<Lang>(["en", "zh-CN"])("the %s sample recalculated without the add-in", (lang) => {
  const layout = planWorkbookLayout({
    lang,
    year: YEAR,
    sample: true,
    today: TODAY,
    formulas: true,
  });
  const sheetOf = (id: SheetId): SheetLayout => {
    const s = layout.sheets.find((x) => x.id === id);
    if (!s) throw new Error(`no ${id}`);
    return s;
  };
  let shown: Map<string, ShownCell[][]>;
  beforeAll(async () => {
    shown = await recalculated(lang);
  });

  /** What Calc shows in a column of a sheet's data rows, with the header checked. */
  const columnShown = (s: SheetLayout, field: string): ShownCell[] => {
    const rows = shown.get(s.name);
    if (!rows) throw new Error(`Calc shows no sheet ${s.name}`);
    const j = s.columns.findIndex((c) => c.field === field);
    expect(rows[s.headerRow - 1][j].text).toBe(s.columns[j].header);
    return s.rows.map((_, i) => rows[s.firstRow - 1 + i]?.[j] ?? { text: "" });
  };

  test.each(FLAG_SHEETS)(
    "%s: every filled row's Flags shows an error, and the row is coloured",
    (id) => {
      const s = sheetOf(id);
      expect(s.rows.length).toBeGreaterThan(0);
      columnShown(s, "flags").forEach((cell, i) => {
        const row = s.firstRow + i;
        expect([row, cell.text]).toEqual([row, expect.stringMatching(ERROR_SHOWN)]);
        expect([row, cell.background]).toEqual([row, ROW_COLOURS.flag.fill]);
      });
      // The first column of the row too: the whole row is coloured, not only its Flags cell.
      for (const cell of columnShown(s, s.columns[0].field))
        expect(cell.background).toBe(ROW_COLOURS.flag.fill);
    }
  );

  test.each(COMPUTED_SHEETS)(
    "%s: a computed cell that shows a value with the add-in shows an error without it; a blank one stays blank",
    (id) => {
      const s = sheetOf(id);
      let errors = 0;
      let blanks = 0;
      for (const [j, c] of s.columns.entries()) {
        // Flags and Presale flags are PLAN checks on every row (no blank guard): #NAME? without the add-in. The
        // hidden Warehouse key columns are not shown.
        if (!c.formula || c.hidden || c.field === "flags" || c.field === "presaleFlags") continue;
        columnShown(s, c.field).forEach((cell, i) => {
          const v = s.rows[i][j];
          if (!isFormulaCell(v)) throw new Error(`${s.name} row ${s.firstRow + i} is no formula`);
          const where = `${s.name}!${c.letter}${s.firstRow + i}`;
          if (v.result === "" || v.result === null) {
            blanks++;
            expect([where, cell.text]).toEqual([where, ""]);
          } else {
            errors++;
            expect([where, cell.text]).toEqual([where, expect.stringMatching(ERROR_SHOWN)]);
          }
        });
      }
      expect(errors).toBeGreaterThan(s.rows.length - 1);
      if (id === "budget") expect(blanks).toBeGreaterThan(0);
    }
  );
});
