/**
 * The Diagnostics self-check (Plan tab): what this Excel really does on the paths the add-in relies on and that no test
 * here can settle — each check says whether Excel did what the add-in assumes, and what it saw. It works in hidden
 * scratch sheets (`OpsPlanner~diag…`) that it deletes at the end, whatever failed; leftovers of an interrupted run are
 * deleted first. Every check runs in its own Excel.run, so one refused command fails that check alone.
 *
 * - sheetAddDelete: a sheet is added (it is there), then deleted (it is gone).
 * - formulaSheetSameBatch: a formula naming a sheet added earlier in the same batch reads that sheet.
 * - formulaSheetAfter: a formula naming a sheet that is added after it, in the same batch, does not find it (Excel takes
 *   the name for another workbook: why the add-in adds sheets first). Excel may ask for a file: cancel.
 * - conditionalFormatAnchor: the flagged-row rule read through its own range and through the sheet's A1 range
 *   (office-js#5194: relative to the range it is read through) is recognised as ours both ways.
 * - hyperlink: a HYPERLINK formula (the Findings sheet's links) shows its text.
 * - planValue: =PLAN.CONVERSION(30,1000) is 0.03 (the PLAN functions are registered and compute).
 * - planErrorInput: PLAN.CONVERSION over a range holding a #N/A spills a column with that one error (Excel passes the
 *   error to the function), not a lone #N/A (Excel stopped the call).
 * - largeRequest: a write budgeted near 4 MB goes in one request and is accepted.
 *
 * Then the Excel build and platform (Office.context.diagnostics) and isSetSupported for every requirement set the
 * add-in uses.
 */
import {
  DIAGNOSTIC_CHECKS,
  type DiagnosticCheck,
  type DiagnosticCheckId,
  type DiagnosticsReport,
} from "../core/port";
import { isRowColouring, rowColouringFormula } from "../core/write/rowColouring";
import { gridWriteBytes, MAX_REQUEST_BYTES, WriteBatch, writeRows } from "./chunks";
import { hyperlinkFormula } from "./excelCell";

export const DIAGNOSTICS_PREFIX = "OpsPlanner~diag";
const MAIN = `${DIAGNOSTICS_PREFIX}nostics`;
const sheetName = (suffix: string): string => `${DIAGNOSTICS_PREFIX}-${suffix}`;
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The requirement sets the add-in uses: the manifest's, the ExcelApi base, and the newer members it checks. */
export const REQUIREMENT_SETS: { name: string; version: string }[] = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.2" },
  { name: "ExcelApi", version: "1.10" },
  { name: "ExcelApi", version: "1.13" },
  { name: "ExcelApi", version: "1.14" },
  { name: "ExcelApi", version: "1.17" },
  { name: "ExcelApiOnline", version: "1.1" },
];

export interface DiagnosticsOptions {
  /** Waits before reading a PLAN result again while Excel computes it (#BUSY!). */
  delay?: (ms: number) => Promise<void>;
  /** How many times a #BUSY! result is read again (half a second apart). */
  busyReads?: number;
}

type Outcome = { ok: boolean; seen: string };
type Check = (opts: Required<DiagnosticsOptions>) => Promise<Outcome>;

/** Cells of the main scratch sheet: values, value types and formulas. */
async function readCells(
  context: Excel.RequestContext,
  address: string
): Promise<{ values: unknown[][]; types: string[][]; formulas: unknown[][] }> {
  const r = context.workbook.worksheets.getItem(MAIN).getRange(address);
  r.load("values,valueTypes,formulas");
  await context.sync();
  return { values: r.values, types: r.valueTypes as string[][], formulas: r.formulas };
}

const text = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : String(v));
const near = (v: unknown, x: number): boolean => typeof v === "number" && Math.abs(v - x) < 1e-9;

/** Reads cells of the main scratch sheet again while Excel is still computing them. */
async function settled(
  address: string,
  opts: Required<DiagnosticsOptions>
): Promise<{ values: unknown[][]; types: string[][] }> {
  for (let i = 0; ; i++) {
    const read = await Excel.run((context) => readCells(context, address));
    const busy = read.values.flat().some((v) => v === "#BUSY!" || v === "#GETTING_DATA");
    if (!busy || i >= opts.busyReads) return read;
    await opts.delay(500);
  }
}

const CHECKS: Record<DiagnosticCheckId, Check> = {
  async sheetAddDelete() {
    const name = sheetName("a");
    const there = await Excel.run(async (context) => {
      context.workbook.worksheets.add(name).visibility = "Hidden";
      const s = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      return !s.isNullObject;
    });
    const gone = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      const s = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      return s.isNullObject;
    });
    return {
      ok: there && gone,
      seen: `added: ${there ? "there" : "missing"}; deleted: ${gone ? "gone" : "still there"}`,
    };
  },

  async formulaSheetSameBatch(opts) {
    const name = sheetName("b");
    await Excel.run(async (context) => {
      const b = context.workbook.worksheets.add(name);
      b.visibility = "Hidden";
      b.getRange("A1").values = [[42]];
      context.workbook.worksheets.getItem(MAIN).getRange("A1").formulas = [[`=${quoted(name)}!A1`]];
      await context.sync();
    });
    const { values, types } = await settled("A1", opts);
    const formula = await Excel.run((c) => readCells(c, "A1").then((r) => r.formulas[0][0]));
    return {
      ok: near(values[0][0], 42),
      seen: `${text(formula)} shows ${text(values[0][0])} (${types[0][0]})`,
    };
  },

  async formulaSheetAfter(opts) {
    const name = sheetName("c");
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(MAIN).getRange("A2").formulas = [
          [`=${quoted(name)}!A1`],
        ];
        const c = context.workbook.worksheets.add(name);
        c.visibility = "Hidden";
        c.getRange("A1").values = [[7]];
        await context.sync();
      });
    } catch (e) {
      // Refused outright: it does not find the sheet either.
      return { ok: true, seen: `refused: ${message(e)}` };
    }
    const { values, types } = await settled("A2", opts);
    const formula = await Excel.run((c) => readCells(c, "A2").then((r) => r.formulas[0][0]));
    // What the add-in assumes: the formula does not find the sheet added after it.
    return {
      ok: !near(values[0][0], 7),
      seen: `${text(formula)} shows ${text(values[0][0])} (${types[0][0]})`,
    };
  },

  async conditionalFormatAnchor() {
    const formula = rowColouringFormula("A", 2);
    const seen = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(MAIN);
      const cf = sheet.getRange("B2:C9").conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = "#FFC7CE";
      await context.sync();
      const through = [sheet.getRange("B2:C9"), sheet.getRange()].map((r) => {
        const c = r.conditionalFormats;
        c.load("items/type");
        return c;
      });
      await context.sync();
      const rules = through.map((c) =>
        c.items
          .filter((x) => x.type === "Custom")
          .map((x) => {
            const rule = x.custom.rule;
            rule.load("formula");
            return rule;
          })
      );
      await context.sync();
      return rules.map((list) => list.map((r) => r.formula));
    });
    const [own, a1] = seen;
    return {
      ok: own.some(isRowColouring) && a1.some(isRowColouring),
      seen: `written ${formula}; through B2:C9 ${own.join(" ") || "none"}; through A1 ${a1.join(" ") || "none"}`,
    };
  },

  async hyperlink(opts) {
    const formula = hyperlinkFormula(`${quoted(MAIN)}!A1`, "go");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(MAIN).getRange("A4").formulas = [[formula]];
      await context.sync();
    });
    const { values, types } = await settled("A4", opts);
    return {
      ok: values[0][0] === "go",
      seen: `${formula} shows ${text(values[0][0])} (${types[0][0]})`,
    };
  },

  async planValue(opts) {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(MAIN).getRange("A6").formulas = [
        ["=PLAN.CONVERSION(30,1000)"],
      ];
      await context.sync();
    });
    const { values, types } = await settled("A6", opts);
    return {
      ok: near(values[0][0], 0.03),
      seen: `=PLAN.CONVERSION(30,1000) shows ${text(values[0][0])} (${types[0][0]})`,
    };
  },

  async planErrorInput(opts) {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(MAIN);
      sheet.getRange("A8:B10").formulas = [
        [30, 1000],
        ["=NA()", 1000],
        [10, 1000],
      ];
      sheet.getRange("C8").formulas = [["=PLAN.CONVERSION(A8:A10,B8:B10)"]];
      await context.sync();
    });
    const { values, types } = await settled("C8:C10", opts);
    const col = values.map((r) => r[0]);
    return {
      ok: near(col[0], 0.03) && types[1][0] === "Error" && near(col[2], 0.01),
      seen: `=PLAN.CONVERSION(A8:A10,B8:B10) with #N/A in A9 shows ${col.map(text).join(", ")}`,
    };
  },

  async largeRequest() {
    // Cells budgeted, as every write is (src/excel/chunks.ts), at 95 % of a request: one request, if the budget is
    // right, and Excel takes it.
    const cell = "x".repeat(195);
    const row = (i: number): string[] => [String(100000 + i), cell, cell, cell, cell];
    const perRow = gridWriteBytes("A1:E2", [row(0), row(1)]) - gridWriteBytes("A1:E1", [row(0)]);
    const n = Math.floor((MAX_REQUEST_BYTES * 0.95 - gridWriteBytes("A1:E1", [])) / perRow);
    const rows = Array.from({ length: n }, (_, i) => row(i));
    const bytes = gridWriteBytes(`A20:E${19 + rows.length}`, rows);
    const started = Date.now();
    const requests = await Excel.run(async (context) => {
      const batch = new WriteBatch(context);
      await writeRows(batch, context.workbook.worksheets.getItem(MAIN), "A", 20, rows);
      await batch.sync();
      return batch.syncs;
    });
    const mb = (bytes / (1024 * 1024)).toFixed(2);
    return {
      ok: requests === 1 && bytes < MAX_REQUEST_BYTES,
      seen: `${mb} MB budgeted, sent in ${requests} request(s), accepted in ${Date.now() - started} ms`,
    };
  },
};

/** Deletes every scratch sheet of the Diagnostics (a run's own, or one an interrupted run left). */
async function removeScratch(): Promise<void> {
  try {
    await deleteScratch();
  } catch {
    await deleteScratch(); // once more: a sheet Excel was still computing
  }
}

async function deleteScratch(): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const s of sheets.items) if (s.name.startsWith(DIAGNOSTICS_PREFIX)) s.delete();
    await context.sync();
  });
}

function hostInfo(): DiagnosticsReport["host"] {
  if (typeof Office === "undefined") return {};
  const d = Office.context?.diagnostics;
  return {
    application: d?.host === undefined ? undefined : String(d.host),
    version: d?.version,
    platform: d?.platform === undefined ? undefined : String(d.platform),
  };
}

function supported(name: string, version: string): boolean | undefined {
  try {
    return typeof Office === "undefined"
      ? undefined
      : Office.context.requirements.isSetSupported(name, version);
  } catch {
    return undefined;
  }
}

function message(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: string }).code;
    return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
  }
  return String(e);
}

/** Runs every check (see the header) and reports; no scratch sheet is left, whatever failed. */
export async function runDiagnostics(options: DiagnosticsOptions = {}): Promise<DiagnosticsReport> {
  const opts: Required<DiagnosticsOptions> = {
    delay: options.delay ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    busyReads: options.busyReads ?? 20,
  };
  const checks: DiagnosticCheck[] = [];
  try {
    await removeScratch();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(MAIN).visibility = "Hidden";
      await context.sync();
    });
    for (const id of DIAGNOSTIC_CHECKS) {
      try {
        checks.push({ id, ...(await CHECKS[id](opts)) });
      } catch (e) {
        checks.push({ id, ok: false, seen: message(e) });
      }
    }
  } catch (e) {
    for (const id of DIAGNOSTIC_CHECKS)
      if (!checks.some((c) => c.id === id)) checks.push({ id, ok: false, seen: message(e) });
  } finally {
    await removeScratch();
  }
  return {
    checks,
    host: hostInfo(),
    sets: REQUIREMENT_SETS.map((s) => ({ ...s, supported: supported(s.name, s.version) })),
  };
}
