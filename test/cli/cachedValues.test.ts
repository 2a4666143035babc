/**
 * Issue 13: every formula cell the CLI writes stores the value the core computed for it, as the file's cached value
 * (`<v>`), so a program that does not recalculate shows it. A result of "" is stored as an empty string value
 * (`t="str"` with an empty `<v>`, as Excel itself saves one): LibreOffice recomputes exactly those on load (README,
 * "What the template writes"), whatever the file says.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { dateToSerial } from "../../src/core/read/dates";
import { isFormulaCell, isLinkCell } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

interface FileCell {
  type: string | undefined;
  formula: boolean;
  value: string | undefined;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The cells of a worksheet's XML by address (ExcelJS writes one <c> per cell, attributes in a fixed form). */
function cellsOf(xml: string): Map<string, FileCell> {
  const out = new Map<string, FileCell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const inner = m[3] ?? "";
    const v = /<v>(.*?)<\/v>|<v\/>/.exec(inner);
    out.set(m[1], {
      type: /t="(\w+)"/.exec(m[2])?.[1],
      formula: inner.includes("<f"),
      value: v ? unescape(v[1] ?? "") : undefined,
    });
  }
  return out;
}

test("every formula cell of the CLI's sample workbook caches the core's value; blank results as an empty string", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ops-planner-cached-"));
  try {
    const file = join(dir, "sample.xlsx");
    await writePlanWorkbook(file, { lang: "en", year: 2027, sample: true, today: TODAY });
    const layout = planWorkbookLayout({
      lang: "en",
      year: 2027,
      sample: true,
      today: TODAY,
      formulas: true,
    });
    const zip = await JSZip.loadAsync(readFileSync(file));
    let formulas = 0;
    let blanks = 0;
    for (const [i, sheet] of layout.sheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string");
      expect(xml).toBeDefined();
      const cells = cellsOf(xml ?? "");
      sheet.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!isFormulaCell(v) && !isLinkCell(v)) return;
          const address = `${sheet.columns[c].letter}${sheet.firstRow + r}`;
          const got = cells.get(address);
          expect({ address, formula: got?.formula }).toEqual({ address, formula: true });
          // A value element is there for every formula: no cell is left for a program to compute.
          expect({ address, cached: got?.value !== undefined }).toEqual({ address, cached: true });
          formulas++;
          const want = isLinkCell(v) ? v.text : v.result;
          if (want === null || want === undefined || want === "") {
            blanks++;
            expect({ address, type: got?.type, value: got?.value }).toEqual({
              address,
              type: "str",
              value: "",
            });
          } else if (want instanceof Date)
            expect(Number(got?.value)).toBeCloseTo(dateToSerial(want), 6);
          else if (typeof want === "number") expect(Number(got?.value)).toBeCloseTo(want, 9);
          else if (typeof want === "object" && "error" in want)
            expect({ address, type: got?.type, value: got?.value }).toEqual({
              address,
              type: "e",
              value: want.error,
            });
          else expect({ address, value: got?.value }).toEqual({ address, value: String(want) });
        })
      );
    }
    expect(formulas).toBeGreaterThan(1000);
    expect(blanks).toBeGreaterThan(100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
