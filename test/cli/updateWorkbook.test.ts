/**
 * The ExcelJS executor of the core's update plan (src/cli/update), in process: a typed cell is never overwritten, an
 * update is idempotent, a blank workbook becomes the template, a plan with its columns reordered and renamed keeps
 * them, an alien sheet named Products refuses the whole update.
 */
import { execFileSync } from "child_process";
import { readFileSync, statSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runUpdate } from "../../src/cli/commands/update";
import { CliError, type CliIO } from "../../src/cli/io";
import { updateWorkbook } from "../../src/cli/update/updateWorkbook";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { columnLetter } from "../../src/core/cells";
import { SharedFormulas } from "../../src/core/xlsx/sharedFormulas";
import { scanWorksheet } from "../../src/core/xlsx/worksheetScanner";
import { readXlsxBytes } from "../../src/preview/open/readXlsxBytes";
import { tempDir } from "./cliRun";
import { findingKeys, validateInProcess } from "./validateInProcess";

jest.setTimeout(120_000);

const YEAR = 2027;
const TODAY = new Date(Date.UTC(2026, 10, 25));
let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir("update")));
afterAll(() => tmp.cleanup());

const file = (name: string): string => join(tmp.dir, name);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** What a cell holds, comparable: its value or formula (without cached result), and its number format. */
function shown(c: ExcelJS.Cell): unknown {
  const v = c.value as unknown;
  if (v && typeof v === "object" && "formula" in (v as object))
    return { f: (v as { formula: string }).formula };
  if (v && typeof v === "object" && "sharedFormula" in (v as object)) return { f: c.formula };
  return v instanceof Date ? v.toISOString() : v;
}

/** Every non-empty cell of a sheet: address → content. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.value !== null && c.value !== undefined && c.value !== "") out.set(c.address, shown(c));
    })
  );
  return out;
}

const quiet: CliIO = { stdout: () => undefined, stderr: () => undefined };

async function update(from: string, to: string, timeline = false): Promise<void> {
  const outcome = await updateWorkbook(from, to, {
    lang: "en",
    timeline,
    force: false,
    today: TODAY,
  });
  expect(outcome.kind).toBe("written");
}

/** A plan of a planner's own: Products with columns reordered and some renamed (Chinese), a Notes column, no Flags. */
async function ownPlan(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet("Products");
  p.addRow(["Notes", "Tier", "标价", "SKU", "Name", "Launch date", "Floor price", "Unit cost"]);
  p.addRow(["keep me", "hero", 199, "KA-1", "Kettle", new Date(Date.UTC(2027, 2, 1)), 150, 90]);
  p.addRow([null, "secondary", 99, "KA-2", "Mug", new Date(Date.UTC(2027, 4, 1)), 80, 120]);
  p.getCell("I2").value = "a note beside the table";
  const q = wb.addWorksheet("Promotions");
  q.addRow(["SKU", "Platform", "Start", "End", "Promo price"]);
  q.addRow(["KA-1", "Tmall", new Date(Date.UTC(2027, 5, 1)), new Date(Date.UTC(2027, 5, 3)), 140]);
  q.getColumn(3).numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(path);
}

describe("update of a planner's own plan", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    await ownPlan(file("own.xlsx"));
    await update(file("own.xlsx"), file("own-up.xlsx"), true);
    before = await load(file("own.xlsx"));
    after = await load(file("own-up.xlsx"));
  });

  it("never overwrites a typed cell", () => {
    for (const ws of before.worksheets) {
      const now = after.getWorksheet(ws.name);
      expect(now).toBeDefined();
      const kept = cellsOf(now as ExcelJS.Worksheet);
      for (const [address, v] of cellsOf(ws))
        expect([address, kept.get(address)]).toEqual([address, v]);
    }
  });

  it("keeps the columns where they are (reordered, renamed) and appends the missing ones after the last header", () => {
    const p = after.getWorksheet("Products") as ExcelJS.Worksheet;
    const headers = (p.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 8)).toEqual([
      "Notes",
      "Tier",
      "标价",
      "SKU",
      "Name",
      "Launch date",
      "Floor price",
      "Unit cost",
    ]);
    // Column I holds a planner's note from row 2: the appended columns start after it.
    expect(p.getCell("I1").value).toBeNull();
    expect(headers.slice(9)).toContain("Flags");
    expect(headers.slice(9)).toContain("Category");
    // The Flags formula reads this sheet's letters: Tier is B, SKU is D.
    const flags = headers.indexOf("Flags") + 1;
    const f = (p.getCell(2, flags).value as { formula: string }).formula;
    expect(f).toMatch(/\bB2\b/);
    expect(f).toMatch(/\bD2\b/);
  });

  it("validates to the same findings as before the update (a finding on a missing column moves to it)", async () => {
    const rows = (o: Awaited<ReturnType<typeof validateInProcess>>): string[] =>
      (o.json?.findings ?? []).map((f) => `${f.rule}@${f.sheet}:${f.row}`);
    const was = await validateInProcess(file("own.xlsx"));
    const now = await validateInProcess(file("own-up.xlsx"));
    expect(rows(now)).toEqual(rows(was));
    expect(findingKeys(now)).toContain("WAREHOUSE_MISSING@Products!M2");
  });

  it("adds the missing sheets, the Settings names and the Timeline", () => {
    const names = after.worksheets.map((w) => w.name);
    for (const n of ["Settings", "Lists", "Prices", "Budget", "Calendar", "Findings", "Timeline"])
      expect(names).toContain(n);
    const defined = (after.definedNames as unknown as { model: { name: string }[] }).model.map(
      (n) => n.name
    );
    expect(defined).toContain("PlanYear");
  });

  it("keeps the planner's own number format and sets ours where a cell shows General", () => {
    const q = after.getWorksheet("Promotions") as ExcelJS.Worksheet;
    expect(q.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    const p = after.getWorksheet("Products") as ExcelJS.Worksheet;
    expect(p.getCell("G2").numFmt).toMatch(/#,##0/);
  });
});

describe("idempotence", () => {
  /** Every part of the package as text. */
  async function parts(p: string): Promise<Map<string, string>> {
    const zip = await JSZip.loadAsync(readFileSync(p));
    const out = new Map<string, string>();
    for (const name of Object.keys(zip.files).sort())
      if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
    return out;
  }

  /** Cells with their cached results and formats, dropdowns, conditional formats and tables of every sheet. */
  async function content(p: string): Promise<unknown> {
    const wb = await load(p);
    return wb.worksheets.map((ws) => {
      const cells: [string, unknown, unknown, string | undefined][] = [];
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (c) => {
          const v = c.value as { result?: unknown } | null;
          cells.push([c.address, shown(c), v && typeof v === "object" ? v.result : v, c.numFmt]);
        })
      );
      const model = ws as unknown as {
        dataValidations: { model: Record<string, unknown> };
        conditionalFormattings: unknown[];
        tables: Record<string, { table: { tableRef: string } }>;
      };
      return {
        name: ws.name,
        cells,
        validations: Object.keys(model.dataValidations.model).length,
        formats: model.conditionalFormattings,
        tables: Object.values(model.tables).map((t) => t.table.tableRef),
      };
    });
  }

  it("an update of an updated file changes nothing; once ExcelJS has read it back, not one byte", async () => {
    await ownPlan(file("idem.xlsx"));
    await update(file("idem.xlsx"), file("idem-1.xlsx"), true);
    await update(file("idem-1.xlsx"), file("idem-2.xlsx"), true);
    await update(file("idem-2.xlsx"), file("idem-3.xlsx"), true);
    expect(await content(file("idem-2.xlsx"))).toEqual(await content(file("idem-1.xlsx")));
    // The first update's new sheets come back from ExcelJS with its defaults filled in (a zoom of 100…).
    const two = await parts(file("idem-2.xlsx"));
    const three = await parts(file("idem-3.xlsx"));
    expect([...three.keys()]).toEqual([...two.keys()]);
    for (const [name, text] of two) expect([name, three.get(name) === text]).toEqual([name, true]);
  });
});

describe("a blank workbook", () => {
  it("becomes the template", async () => {
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Sheet1");
    await blank.xlsx.writeFile(file("blank.xlsx"));
    await update(file("blank.xlsx"), file("blank-up.xlsx"));
    await writePlanWorkbook(file("template.xlsx"), {
      lang: "en",
      year: YEAR,
      sample: false,
      today: TODAY,
    });
    const got = await load(file("blank-up.xlsx"));
    const want = await load(file("template.xlsx"));
    expect(got.worksheets.map((w) => w.name)).toEqual([
      "Sheet1",
      ...want.worksheets.map((w) => w.name),
    ]);
    for (const ws of want.worksheets) {
      const g = got.getWorksheet(ws.name) as ExcelJS.Worksheet;
      expect([ws.name, Object.fromEntries(cellsOf(g))]).toEqual([
        ws.name,
        Object.fromEntries(cellsOf(ws)),
      ]);
      const tables = (w: ExcelJS.Worksheet): string[] =>
        Object.values(
          (
            w as unknown as {
              tables: Record<string, { table: { name: string; tableRef: string } }>;
            }
          ).tables
        ).map((t) => `${t.table.name} ${t.table.tableRef}`);
      expect(tables(g)).toEqual(tables(ws));
    }
  });
});

describe("a sheet named Products that is not ours", () => {
  it("refuses the update (exit 2) and writes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Products").addRow(["Region", "Revenue"]);
    await wb.xlsx.writeFile(file("alien.xlsx"));
    const size = statSync(file("alien.xlsx")).mtimeMs;
    const errors: string[] = [];
    const io: CliIO = { stdout: quiet.stdout, stderr: (t) => errors.push(t) };
    await expect(runUpdate([file("alien.xlsx")], io)).rejects.toThrow(CliError);
    await expect(runUpdate([file("alien.xlsx")], io)).rejects.toThrow(/Products.*SKU/);
    expect(statSync(file("alien.xlsx")).mtimeMs).toBe(size);
  });
});

describe("a sheet named Timeline that is a planner's own", () => {
  it("refuses `--timeline` and writes nothing; without --timeline the update goes ahead", async () => {
    await ownPlan(file("own-timeline.xlsx"));
    const wb = await load(file("own-timeline.xlsx"));
    wb.addWorksheet("Timeline").addRow(["My launch calendar", "Q1"]);
    await wb.xlsx.writeFile(file("own-timeline.xlsx"));
    const refused = await updateWorkbook(file("own-timeline.xlsx"), file("own-timeline-up.xlsx"), {
      lang: "en",
      timeline: true,
      force: false,
      today: TODAY,
    });
    expect(refused).toEqual({ kind: "timelineConflict", sheet: "Timeline" });
    expect(() => statSync(file("own-timeline-up.xlsx"))).toThrow();
    await update(file("own-timeline.xlsx"), file("own-timeline-up.xlsx"));
    const after = await load(file("own-timeline-up.xlsx"));
    expect(after.getWorksheet("Timeline")?.getCell("A1").value).toBe("My launch calendar");
  });
});

describe("formula columns as shared formulas", () => {
  /** Every formula cell of every sheet (by sheet name) as the CLI's and the preview's readers expand it. */
  async function formulaCells(
    path: string
  ): Promise<Map<string, Map<string, { f: string; t?: string; v?: string; shared: boolean }>>> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const text = (name: string): Promise<string> =>
      (zip.file(name) as JSZip.JSZipObject).async("string");
    const rels = await text("xl/_rels/workbook.xml.rels");
    const target = (id: string): string =>
      `xl/${(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels))?.[1]}`;
    const out = new Map<
      string,
      Map<string, { f: string; t?: string; v?: string; shared: boolean }>
    >();
    for (const m of (await text("xl/workbook.xml")).matchAll(
      /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g
    )) {
      const cells = new Map<string, { f: string; t?: string; v?: string; shared: boolean }>();
      const shared = new SharedFormulas();
      scanWorksheet(await text(target(m[2])), {
        cell: (c) => {
          if (!c.hasFormula) return;
          shared.note(c);
          cells.set(`${columnLetter(c.col)}${c.row}`, {
            f: shared.formulaOf(c),
            t: c.type,
            v: c.text,
            shared: c.formulaType === "shared",
          });
        },
      });
      out.set(m[1], cells);
    }
    return out;
  }

  /** openpyxl's reading: each formula cell's formula (its shared formulas expanded by openpyxl) and cached value. */
  function openpyxlCells(path: string): Record<string, Record<string, [string, unknown]>> {
    const script = [
      "import json, sys, datetime, openpyxl",
      "from openpyxl.utils.datetime import to_excel",
      "f = openpyxl.load_workbook(sys.argv[1])",
      "v = openpyxl.load_workbook(sys.argv[1], data_only=True)",
      "out = {}",
      "for ws in f.worksheets:",
      "    cells = {}",
      "    for row in ws.iter_rows():",
      "        for c in row:",
      "            if c.data_type == 'f':",
      "                x = v[ws.title][c.coordinate].value",
      "                cells[c.coordinate] = [str(c.value)[1:], to_excel(x) if isinstance(x, datetime.datetime) else x]",
      "    out[ws.title] = cells",
      "json.dump(out, sys.stdout)",
    ].join("\n");
    return JSON.parse(
      execFileSync("/usr/bin/python3", ["-c", script, path], { maxBuffer: 1 << 28 }).toString()
    ) as Record<string, Record<string, [string, unknown]>>;
  }

  it("shares each run of a column's text-valued formulas; openpyxl and the readers get every cell's formula and value", async () => {
    await writePlanWorkbook(file("shared.xlsx"), {
      lang: "en",
      year: YEAR,
      sample: true,
      today: TODAY,
    });
    await update(file("shared.xlsx"), file("shared-up.xlsx"));
    const ours = await formulaCells(file("shared-up.xlsx"));
    const promotions = ours.get("Promotions") as Map<string, { f: string; shared: boolean }>;
    // The Flags column's 80 sample rows: one master, the rest its followers, each with its own row's references.
    expect(promotions.get("K2")?.shared).toBe(true);
    expect(promotions.get("K81")).toMatchObject({ shared: true });
    expect(promotions.get("K81")?.f).toBe(
      (promotions.get("K2")?.f ?? "").replace(/(?<![A-Z$])([A-Z]{1,2})2(?![0-9])/g, "$181")
    );
    // The template writes each formula cell by cell; the update enters the same formulas: each cell reads back the same.
    const template = await formulaCells(file("shared.xlsx"));
    const formulas = (m: typeof ours): [string, [string, string][]][] =>
      [...m].map(([sheet, cells]) => [sheet, [...cells].map(([a, c]) => [a, c.f])]);
    expect(formulas(ours)).toEqual(formulas(template));
    // The preview's open path: each formula cell as the template's, with its value.
    const opened = async (path: string): Promise<[string, [string, unknown, unknown][]][]> => {
      const b = readFileSync(path);
      const wb = await readXlsxBytes(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      return wb.sheets.map((sheet) => {
        const cells: [string, unknown, unknown][] = [];
        sheet.forEachCell((c, r, col) => {
          if (c.formula !== undefined) cells.push([`${columnLetter(col)}${r}`, c.formula, c.value]);
        });
        return [sheet.name, cells];
      });
    };
    const preview = await opened(file("shared-up.xlsx"));
    expect(preview.flatMap(([, cells]) => cells).length).toBeGreaterThan(1000);
    expect(preview).toEqual(await opened(file("shared.xlsx")));
    const all = [...ours.values()].flatMap((m) => [...m.values()]);
    expect(all.filter((c) => c.shared).length).toBeGreaterThan(400);
    // A shared cell's value is text (LibreOffice recalculates a shared cell holding a number as it opens the file).
    expect(all.filter((c) => c.shared && c.t !== "str")).toEqual([]);

    const theirs = openpyxlCells(file("shared-up.xlsx"));
    for (const [sheet, cells] of ours) {
      const got = theirs[sheet] ?? {};
      expect([sheet, Object.keys(got).sort()]).toEqual([sheet, [...cells.keys()].sort()]);
      for (const [address, c] of cells) {
        const [formula, value] = got[address];
        const cached =
          c.t === "str" || c.t === "e"
            ? c.v === ""
              ? null
              : c.v
            : c.t === "b"
              ? c.v === "1"
              : Number(c.v);
        expect([sheet, address, formula, value]).toEqual([sheet, address, c.f, cached]);
      }
    }
  });
});
