/**
 * `ops-planner update --timeline` on the sample plan as LibreOffice and openpyxl save it (issue 13): validate finds the
 * same findings before and after, every cell the file held still holds what it held, and LibreOffice, told to
 * recalculate everything on load, computes for each formula it knows (all but the PLAN functions, which only the
 * add-in has) the value the update cached.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runUpdate } from "../../src/cli/commands/update";
import type { CliIO } from "../../src/cli/io";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { isCellError, type CellValue } from "../../src/core/cells";
import { findingKeys, validateInProcess } from "../cli/validateInProcess";
import { requireProgram } from "./requirements";

const YEAR = 2027;
const TODAY = new Date(Date.UTC(2026, 10, 25));
const PYTHON = "/usr/bin/python3";
const soffice = requireProgram("soffice", "libreoffice-calc");

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

jest.setTimeout(300_000);

let dir: string;
let profile: string;
let recalcProfile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-update-e2e-"));
  profile = mkdtempSync(join(tmpdir(), "ops-planner-lo-"));
  recalcProfile = mkdtempSync(join(tmpdir(), "ops-planner-lo-recalc-"));
  mkdirSync(join(recalcProfile, "user"), { recursive: true });
  writeFileSync(join(recalcProfile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  await writePlanWorkbook(join(dir, "sample.xlsx"), {
    lang: "en",
    year: YEAR,
    sample: true,
    today: TODAY,
  });
});
afterAll(() => {
  for (const d of [dir, profile, recalcProfile]) rmSync(d, { recursive: true, force: true });
});

/** `soffice --convert-to xlsx` into `outDir`, with the given profile; returns the file written. */
function libreOfficeSave(file: string, outDir: string, withProfile: string): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${withProfile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 240_000, stdio: ["ignore", "pipe", "pipe"] }
  );
  const out = join(outDir, file.split("/").pop() as string);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}

const WRITERS: Record<string, (from: string) => string> = {
  LibreOffice: (from) => libreOfficeSave(from, join(dir, "lo"), profile),
  openpyxl: (from) => {
    const to = join(dir, "openpyxl.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
      from,
      to,
    ]);
    return to;
  },
};

const quiet: CliIO = { stdout: () => undefined, stderr: () => undefined };

type Grids = Map<string, CellValue[][]>;

async function grids(file: string): Promise<Grids> {
  const wb = await readWorkbook(file, () => true);
  return new Map(wb.sheets.map((s) => [s.name, s.rows as CellValue[][]]));
}

/**
 * A cell's value to compare: a date as its serial. LibreOffice gives a formula whose result comes from a date cell a
 * date format of its own (its auto-format), so the same day can read back as a date where the update cached a number.
 */
/** A cell's value to compare: a date as its serial, an error value as its code (`#N/A`), the rest as is. */
const same = (v: CellValue): unknown =>
  v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : isCellError(v) ? v.error : v;

/** The formulas of a file (sheet → "row:col" → formula text), shared formulas as each cell's own. */
async function formulasOf(file: string): Promise<Map<string, Map<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Map<string, string>>();
  for (const ws of wb.worksheets) {
    const m = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.type === ExcelJS.ValueType.Formula && c.formula) m.set(`${r}:${col}`, c.formula);
      })
    );
    out.set(ws.name, m);
  }
  return out;
}

describe.each(Object.keys(WRITERS))("the sample saved by %s", (writer) => {
  let saved: string;
  let updated: string;
  beforeAll(async () => {
    saved = WRITERS[writer](join(dir, "sample.xlsx"));
    updated = join(dir, `${writer}-updated.xlsx`);
    copyFileSync(saved, join(dir, `${writer}-input.xlsx`));
    const code = await runUpdate(
      [join(dir, `${writer}-input.xlsx`), "--timeline", "--out", updated],
      quiet,
      TODAY
    );
    expect(code).toBe(0);
  });

  it("validates to the same findings after `update --timeline`", async () => {
    const before = await validateInProcess(saved);
    const after = await validateInProcess(updated);
    expect(findingKeys(before).length).toBeGreaterThan(20);
    expect(findingKeys(after)).toEqual(findingKeys(before));
  });

  it("keeps every cell the file held (the formulas it re-enters aside: their values are checked below)", async () => {
    const before = await grids(saved);
    const after = await grids(updated);
    const formulas = await formulasOf(updated);
    let compared = 0;
    for (const [name, rows] of before) {
      const now = after.get(name);
      const entered = formulas.get(name) ?? new Map<string, string>();
      expect([name, now !== undefined]).toEqual([name, true]);
      rows.forEach((line, r) =>
        (line ?? []).forEach((v, c) => {
          // LibreOffice saves a Flags formula it recalculated without the PLAN functions as #NAME?: the update
          // re-enters it with the value the add-in computes.
          if (v === null || v === undefined || v === "" || entered.has(`${r + 1}:${c + 1}`)) return;
          compared++;
          expect([name, r + 1, c + 1, same(now?.[r]?.[c] ?? null)]).toEqual([
            name,
            r + 1,
            c + 1,
            same(v),
          ]);
        })
      );
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("caches what LibreOffice computes for every formula it knows (the Timeline's, the look-ups)", async () => {
    const recalculated = libreOfficeSave(updated, join(dir, `recalc-${writer}`), recalcProfile);
    const cached = await grids(updated);
    const computed = await grids(recalculated);
    const formulas = await formulasOf(updated);
    let compared = 0;
    const differ: string[] = [];
    let unknown = 0;
    // The Findings rows are Write Findings sheet's, not the update's (openpyxl drops their cached values).
    for (const [sheet, cells] of formulas) {
      if (sheet === "Findings") continue;
      for (const [at, formula] of cells) {
        if (/PLAN\./i.test(formula)) continue;
        const [r, c] = at.split(":").map(Number);
        const want = same(cached.get(sheet)?.[r - 1]?.[c - 1] ?? null);
        const shown = computed.get(sheet)?.[r - 1]?.[c - 1] ?? null;
        // A formula reading a PLAN function's cell (Budget's F × G) is #NAME? in LibreOffice: unknowable there.
        if (isCellError(shown) && shown.error === "#NAME?") {
          unknown++;
          continue;
        }
        const got = same(shown);
        compared++;
        if (got !== want && !(got === null && want === ""))
          differ.push(
            `${sheet}!${at} ${formula}: cached ${String(want)}, LibreOffice ${String(got)}`
          );
      }
    }
    expect(unknown).toBeLessThan(compared / 10);
    expect(differ.slice(0, 10)).toEqual([]);
    expect(formulas.get("Timeline")?.size ?? 0).toBeGreaterThan(2000);
    expect(compared).toBeGreaterThan(2000);
  });
});

describe("the update's shared formulas in LibreOffice", () => {
  it("open as the template's formulas written cell by cell: the same formulas, the same values shown", async () => {
    const updated = join(dir, "sample-updated.xlsx");
    expect(await runUpdate([join(dir, "sample.xlsx"), "--out", updated], quiet, TODAY)).toBe(0);
    // Without a recalculation on load: LibreOffice recalculates a shared formula's cell that holds a number, so the
    // update shares only text-valued ones, which it keeps as cached (a PLAN function's value too).
    const template = libreOfficeSave(join(dir, "sample.xlsx"), join(dir, "lo-template"), profile);
    const shared = libreOfficeSave(updated, join(dir, "lo-shared"), profile);
    expect(await formulasOf(shared)).toEqual(await formulasOf(template));
    expect(await grids(shared)).toEqual(await grids(template));
  });
});
