/**
 * Child process of bench/previewEngine.bench.ts: a bench plan at the asked size put into the preview's in-memory
 * workbook (MemoryWorkbook.applyPlanLayout, as the pane's Create / update writes it), computed by the preview's
 * engine setup (FormulaEngine: HyperFormula with the PLAN functions), optionally with the Timeline (writeTimeline),
 * then one Promotions Start edited a few times (MemoryWorkbook.setCell, as the preview grid does). Prints one JSON
 * object a line as each figure is known: build, timeline, edit (ms; editCpu: the process's CPU time for the edit, which a
 * loaded machine inflates less than wall time), and the edited row's Days after the first edit.
 *
 * Usage: node previewEdit.js <products> <promotions> <timeline 0|1|2> <edits>
 * (2: the Timeline alone — the plan sheets' Computed and Flags columns as values — to time the Timeline's own share.)
 */
import { performance } from "perf_hooks";
import { columnIndex } from "../../src/core/cells";
import { dateToSerial } from "../../src/core/read/dates";
import { timelineLayout } from "../../src/core/timeline";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { planRows, TODAY, YEAR } from "../lo/loWorkbook";

const say = (x: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(x)}\n`);
};

async function main(): Promise<void> {
  const [products, promotions, timeline, edits] = process.argv.slice(2).map(Number);
  const layout = planWorkbookLayout({
    lang: "en",
    year: YEAR,
    sample: false,
    today: TODAY,
    formulas: timeline !== 2,
    data: planRows({ products, promotions }),
  });
  const wb = new MemoryWorkbook("en");
  await wb.applyPlanLayout(layout, { sample: false });
  let t = performance.now();
  let cpu = process.cpuUsage();
  wb.useCalculator(new FormulaEngine());
  say({ build: performance.now() - t });
  let used = process.cpuUsage(cpu);
  say({ buildCpu: (used.user + used.system) / 1000 });
  if (timeline >= 1 && layout.plan) {
    const tl = timelineLayout(layout.plan, { lang: "en" });
    t = performance.now();
    cpu = process.cpuUsage();
    await wb.writeTimeline(tl);
    say({ timeline: performance.now() - t });
    used = process.cpuUsage(cpu);
    say({ timelineCpu: (used.user + used.system) / 1000 });
  }
  const sheet = layout.sheets.find((s) => s.id === "promotions");
  if (!sheet) throw new Error("no Promotions sheet");
  const start = sheet.columns.find((c) => c.field === "start");
  const days = sheet.columns.find((c) => c.field === "days");
  if (!start || !days) throw new Error("no Start or Days column");
  const si = columnIndex(start.letter) - 1;
  let i = Math.floor(sheet.rows.length / 2);
  while (!(sheet.rows[i][si] instanceof Date)) i++;
  const row = sheet.firstRow + i;
  const serial = dateToSerial(sheet.rows[i][si] as Date);
  for (let k = 0; k < edits; k++) {
    t = performance.now();
    cpu = process.cpuUsage();
    wb.setCell(sheet.name, `${start.letter}${row}`, k % 2 === 0 ? serial + 1 : serial);
    say({ edit: performance.now() - t });
    used = process.cpuUsage(cpu);
    say({ editCpu: (used.user + used.system) / 1000 });
    if (k === 0) say({ check: String(wb.cell(sheet.name, `${days.letter}${row}`)?.value) });
  }
}

main().catch((e: unknown) => {
  say({ failure: e instanceof Error ? e.message : String(e) });
  process.exitCode = 1;
});
