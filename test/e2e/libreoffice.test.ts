/**
 * LibreOffice interop: the sample workbook opens in LibreOffice Calc with the values we wrote (checked through a CSV
 * export of every sheet) — its PLAN formulas showing the results the CLI cached, not #NAME? — and the sample
 * re-saved as .xlsx by LibreOffice validates to the same findings. One exception, LibreOffice's: a formula whose cached
 * result is empty (a clean row's Flags) is recalculated on load whatever the file says (an empty <v>, no <v> and an
 * inline string all are), and without the PLAN functions it shows #NAME? — a row nobody checked, not a clean one.
 * (withoutAddin.test.ts recalculates every formula.)
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runValidate } from "../../src/cli/commands/validate";
import { CliError, type CliIO } from "../../src/cli/io";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { isoOfSerial } from "../../src/core/read/dates";
import { samplePlan } from "../../src/core/sample";
import { sheetSpec } from "../../src/core/schema/sheets";
import { isFormulaCell } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import type { SheetId } from "../../src/core/schema/types";
import { requireProgram } from "./requirements";

const YEAR = 2027;
const soffice = requireProgram("soffice", "libreoffice-calc");

let dir: string;
let profile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-lo-"));
  // A profile of our own: no clash with a LibreOffice the user has open, no first-start dialogs.
  profile = mkdtempSync(join(tmpdir(), "ops-planner-lo-profile-"));
  await writePlanWorkbook(join(dir, "sample.xlsx"), { lang: "en", year: YEAR, sample: true });
  await writePlanWorkbook(join(dir, "样例.xlsx"), { lang: "zh-CN", year: YEAR, sample: true });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** What Calc shows for a Flags formula whose cached result ("", clean) it recalculated without the PLAN functions. */
const UNCHECKED = "#NAME?";
/** A cached Flags text as Calc shows it: as cached, or #NAME? where the cache is empty. */
const flagShown = (cached: unknown): string =>
  cached === "" || cached === null ? UNCHECKED : String(cached);

/** What Calc shows for an error: Excel's codes, or its own Err:nnn. */
const ERROR_SHOWN = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;

/** `soffice --headless --convert-to <to> --outdir <outDir> <file>`; returns its output. */
function convert(file: string, to: string, outDir: string): string {
  return execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    {
      encoding: "utf8",
      timeout: 120_000,
      stdio: ["ignore", "pipe", "pipe"], // LibreOffice's own warnings (javaldx) stay out of the test output
    }
  );
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function validateJson(file: string): Promise<{ code: number; json: unknown }> {
  let out = "";
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (out += t) };
  const code = await runValidate([file, "--json"], io);
  return { code, json: JSON.parse(out) };
}

describe("CSV export of every sheet (what Calc shows)", () => {
  const csv = new Map<SheetId, string[][]>();
  beforeAll(() => {
    const outDir = join(dir, "csv");
    // Filter options: comma, double quote, UTF-8, from line 1, …, save cell contents as shown, sheet -1 = every sheet
    // to its own file <name>-<Sheet>.csv (LibreOffice 7.2 and later).
    const log = convert(
      join(dir, "sample.xlsx"),
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
      outDir
    );
    for (const id of ["products", "promotions", "prices", "budget", "daily"] as SheetId[]) {
      const file = join(outDir, `sample-${sheetSpec(id).names.en}.csv`);
      if (!existsSync(file)) throw new Error(`LibreOffice wrote no ${file}:\n${log}`);
      csv.set(id, parseCsv(readFileSync(file, "utf8")));
    }
  });

  const sample = samplePlan(YEAR, "en");
  const column = (id: SheetId, field: string): string[] => {
    const rows = csv.get(id) ?? [];
    const header = sheetSpec(id).columns.find((c) => c.field === field)?.names.en;
    const c = rows[0].indexOf(header ?? "?");
    expect(c).toBeGreaterThanOrEqual(0);
    return rows.slice(1).map((r) => r[c]);
  };

  it("has the headers we wrote, in order", () => {
    for (const id of ["products", "promotions", "prices", "daily"] as SheetId[]) {
      expect(csv.get(id)?.[0]).toEqual(sheetSpec(id).columns.map((c) => c.names.en));
    }
  });

  it("Products: every SKU and name, in order", () => {
    expect(column("products", "sku")).toEqual(sample.products.map((p) => p.sku));
    expect(column("products", "name")).toEqual(sample.products.map((p) => p.name));
  });

  it("Promotions: dates as yyyy-mm-dd, and the Days we computed (cached results, shown without recalculation)", () => {
    const starts = sample.promotions.map((p) => isoOfSerial(p.start as number));
    const ends = sample.promotions.map((p) => isoOfSerial(p.end as number));
    expect(column("promotions", "start")).toEqual(starts);
    expect(column("promotions", "end")).toEqual(ends);
    expect(column("promotions", "days")).toEqual(
      sample.promotions.map((p) => String((p.end as number) - (p.start as number) + 1))
    );
    expect(column("promotions", "end")).toContain(`${YEAR}-06-18`); // 618
  });

  it("Promotions: SKUs, platforms and promo prices (currency format as shown)", () => {
    expect(column("promotions", "sku")).toEqual(sample.promotions.map((p) => p.sku));
    expect(column("promotions", "platform")).toEqual(sample.promotions.map((p) => p.platform));
    expect(column("promotions", "promoPrice").map((s) => Number(s.replace(/[¥,]/g, "")))).toEqual(
      sample.promotions.map((p) => p.promoPrice)
    );
  });

  it("Prices and Daily: every row, values as written", () => {
    expect(column("prices", "effectiveFrom")).toEqual(
      sample.prices.map((p) => isoOfSerial(p.effectiveFrom as number))
    );
    expect(column("prices", "price").map((s) => Number(s.replace(/[¥,]/g, "")))).toEqual(
      sample.prices.map((p) => p.price)
    );
    expect(column("daily", "date")).toEqual(sample.daily.map((r) => isoOfSerial(r.date as number)));
    expect(column("daily", "visitors").map((s) => Number(s.replace(/,/g, "")))).toEqual(
      sample.daily.map((r) => r.visitors)
    );
  });

  /** The cached results the CLI wrote into a formula column, as the layout holds them. */
  const cachedOf = (id: SheetId, field: string): unknown[] => {
    const layout = planWorkbookLayout({ lang: "en", year: YEAR, sample: true, formulas: true });
    const sheet = layout.sheets.find((s) => s.id === id);
    const j = sheet?.columns.findIndex((c) => c.field === field) ?? -1;
    return (sheet?.rows ?? []).map((r) => {
      const v = r[j];
      if (!isFormulaCell(v)) throw new Error(`${id}.${field} is not a formula`);
      return v.result;
    });
  };

  it("PLAN formulas show their cached results, not #NAME?: Promotions Days and Flags, and every Flags column (an empty one is recalculated: #NAME?)", () => {
    const days = cachedOf("promotions", "days");
    expect(days.every((d) => typeof d === "number")).toBe(true);
    expect(column("promotions", "days")).toEqual(days.map(String));
    for (const id of ["products", "promotions", "prices", "budget"] as SheetId[]) {
      const flags = cachedOf(id, "flags");
      expect(column(id, "flags")).toEqual(flags.map(flagShown));
    }
    // Reasons included, as the row checks write them.
    expect(column("promotions", "flags")).toContain("PROMO_TOO_LONG (7 days > 3)");
    expect(column("budget", "flags").filter((f) => f !== UNCHECKED)).toEqual([
      "BUDGET_FORBIDDEN (3,000.00 on fake orders)",
      "BUDGET_OVER_CAP (total 52,000.00 > cap 50,000.00)",
    ]);
  });

  it("no cell of a sheet with formulas shows an error, but the Flags (and Presale flags) of rows whose cached value is empty", () => {
    for (const [id, rows] of csv) {
      // Each PLAN-check column: where its cached value is empty, LibreOffice recalculates it (#NAME?).
      const checks = (["flags", "presaleFlags"] as const).flatMap((field) => {
        const at = rows[0].indexOf(
          sheetSpec(id).columns.find((c) => c.field === field)?.names.en ?? "?"
        );
        return at < 0 ? [] : [{ at, cached: cachedOf(id, field) }];
      });
      // The hidden Product row is MATCH's answer: #N/A (its cached value too) for a SKU Products lacks.
      const productRow = rows[0].indexOf("Product row");
      const notFound = productRow < 0 ? [] : cachedOf(id, "productRow");
      rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          const check = checks.find((c) => c.at === j);
          if (check && i > 0 && flagShown(check.cached[i - 1]) === UNCHECKED) return;
          if (j === productRow && i > 0 && cell === "#N/A") {
            expect([id, i, notFound[i - 1]]).toEqual([id, i, { error: "#N/A" }]);
            return;
          }
          expect([id, cell]).not.toEqual([id, expect.stringMatching(ERROR_SHOWN)]);
        })
      );
    }
  });

  it("Daily metrics show the cached values: Conversion as a percentage of orders / visitors", () => {
    const conv = cachedOf("daily", "conversion") as number[];
    expect(column("daily", "conversion")).toEqual(conv.map((c) => `${(c * 100).toFixed(2)}%`));
  });
});

describe("CSV export of the 简体中文 sample", () => {
  it("shows the Flags (标记) the CLI cached, an error only where the cache is empty (recalculated)", () => {
    const outDir = join(dir, "csv-zh");
    const log = convert(
      join(dir, "样例.xlsx"),
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
      outDir
    );
    const layout = planWorkbookLayout({ lang: "zh-CN", year: YEAR, sample: true, formulas: true });
    for (const id of ["products", "promotions", "budget"] as SheetId[]) {
      const sheet = layout.sheets.find((s) => s.id === id);
      if (!sheet) throw new Error(`no ${id}`);
      const file = join(outDir, `样例-${sheet.name}.csv`);
      if (!existsSync(file)) throw new Error(`LibreOffice wrote no ${file}:\n${log}`);
      const rows = parseCsv(readFileSync(file, "utf8"));
      const j = sheet.columns.findIndex((c) => c.field === "flags");
      expect(rows[0][j]).toBe("标记");
      const cached = sheet.rows.map((r) => {
        const v = r[j];
        return isFormulaCell(v) ? flagShown(v.result) : "not a formula";
      });
      expect(cached.filter((f) => f !== UNCHECKED).length).toBeGreaterThan(1);
      expect(rows.slice(1).map((r) => r[j])).toEqual(cached);
      // Presale flags (预售标记) cached empty are recalculated too (#NAME?): only the other cells must be clean.
      const p = sheet.columns.findIndex((c) => c.field === "presaleFlags");
      rows.forEach((row, i) =>
        row.forEach((cell, k) => {
          const v = i > 0 && p >= 0 ? sheet.rows[i - 1]?.[p] : undefined;
          const presaleEmpty = k === p && isFormulaCell(v) && flagShown(v.result) === UNCHECKED;
          if (k !== j && !presaleEmpty) expect(cell).not.toMatch(ERROR_SHOWN);
        })
      );
    }
  });
});

describe("re-saved as .xlsx by LibreOffice", () => {
  it.each([["sample.xlsx"], ["样例.xlsx"]])(
    "%s validates to the same findings: rules, cells, severities, messages, waivers",
    async (name) => {
      const outDir = join(dir, "resaved");
      convert(join(dir, name), "xlsx", outDir);
      const original = await validateJson(join(dir, name));
      const resaved = await validateJson(join(outDir, name));
      expect(original.code).toBe(1);
      expect((original.json as { findings: unknown[] }).findings.length).toBeGreaterThan(20);
      expect(resaved).toEqual(original);
    }
  );
});

describe("other formats LibreOffice writes", () => {
  it("a legacy .xls and an .ods are not .xlsx workbooks (exit 2)", async () => {
    const outDir = join(dir, "other");
    convert(join(dir, "sample.xlsx"), "xls", outDir);
    convert(join(dir, "sample.xlsx"), "ods", outDir);
    for (const [file, message] of [
      ["sample.xls", /sample\.xls: not an \.xlsx workbook \(a legacy \.xls/],
      ["sample.ods", /sample\.ods: not an \.xlsx workbook/],
    ] as const) {
      const path = join(outDir, file);
      expect(existsSync(path)).toBe(true);
      const error = await runValidate([path], {
        stdout: () => undefined,
        stderr: () => undefined,
      }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toMatch(message);
    }
  });
});
