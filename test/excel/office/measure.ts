/**
 * Request sizes as Office.js's own serializer makes them (installOfficeClient.ts): what one command of each kind the
 * adapter queues adds to a request, measured on the wire (UTF-8 bytes of the JSON body), not estimated.
 *
 * A command's cost grows with the object-path and action ids the client numbers per RequestContext (1, 2, 3 …): in a
 * batch near 4 MB they have 5 digits. So each kind is measured twice: the marginal bytes of one more command in a
 * small batch (`small`: ids of 1–2 digits) and in a larger one (`large`: the mean of commands 301–600, ids of 4
 * digits; a 5-digit id adds about one byte per id, 4–7 per command). `payload` is what the adapter's payloadBytes counts for it (the JSON of the values it sets);
 * `overhead` = large − payload is the per-command budget the payload leaves out.
 */
import { payloadBytes } from "../../../src/excel/chunks";
import { FakeExcel } from "../fakeExcel";
import { installOfficeClient, type InstallOptions } from "./installOfficeClient";

/** Queues the i-th command of a kind (cells, names and sheets distinct per i) on the given sheet. */
export type Queue = (context: Excel.RequestContext, sheet: Excel.Worksheet, i: number) => void;

export interface CommandKind {
  kind: string;
  queue: Queue;
  /** The payload the adapter counts for the i-th command. */
  payload: (i: number) => number;
  /** The workbook before the batch (default: one sheet "Plan"). */
  sheets?: () => FakeExcel;
}

export interface CommandSize {
  kind: string;
  small: number;
  large: number;
  payload: number;
  overhead: number;
}

/** Bytes of each request one Excel.run of `queue` × n sends through the client (cleanup requests left out). */
export async function requestBytes(
  n: number,
  queue: Queue,
  fake = new FakeExcel(["Plan"]),
  options: InstallOptions = {}
): Promise<number[]> {
  const installed = installOfficeClient(fake, options);
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(fake.sheets[0].name);
      for (let i = 0; i < n; i++) queue(context, sheet, i);
      await context.sync();
    });
    return installed.host.requests.filter((r) => r.kind === "batch").map((r) => r.bytes);
  } finally {
    installed.uninstall();
  }
}

const total = async (n: number, k: CommandKind): Promise<number> =>
  (await requestBytes(n, k.queue, k.sheets?.())).reduce((a, b) => a + b, 0);

export async function measureCommand(k: CommandKind): Promise<CommandSize> {
  // One after another: the client and the globals are shared.
  const [one, two, some, more] = [
    await total(1, k),
    await total(2, k),
    await total(300, k),
    await total(600, k),
  ];
  const large = Math.round((more - some) / 300);
  const payload = k.payload(1500);
  return { kind: k.kind, small: two - one, large, payload, overhead: large - payload };
}

const cell = (i: number): string => `C${i + 2}`;

/** The commands the adapter queues, each as src/excel/ writes it. */
export const COMMAND_KINDS: CommandKind[] = [
  {
    kind: "one value (writeCells: range.values = [[v]])",
    queue: (_c, s, i) => {
      s.getRange(cell(i)).values = [[1234.5]];
    },
    payload: () => payloadBytes([[1234.5]]),
  },
  {
    kind: "hyperlink (writeBlocks: range.hyperlink = {documentReference, textToDisplay})",
    queue: (_c, s, i) => {
      s.getRange(`D${i + 2}`).hyperlink = {
        documentReference: `Promotions!E${i + 2}`,
        textToDisplay: `Promotions!E${i + 2}`,
      };
    },
    payload: (i) =>
      payloadBytes({
        documentReference: `Promotions!E${i + 2}`,
        textToDisplay: `Promotions!E${i + 2}`,
      }),
  },
  {
    kind: "hyperlink on an untracked range (range.untrack(): no _KeepReference, nothing to release)",
    queue: (_c, s, i) => {
      s.getRange(`D${i + 2}`).untrack().hyperlink = {
        documentReference: `Promotions!E${i + 2}`,
        textToDisplay: `Promotions!E${i + 2}`,
      };
    },
    payload: (i) =>
      payloadBytes({
        documentReference: `Promotions!E${i + 2}`,
        textToDisplay: `Promotions!E${i + 2}`,
      }),
  },
  {
    kind: "font.bold (a header row or cell)",
    queue: (_c, s, i) => {
      s.getRange(`A${i + 1}:K${i + 1}`).format.font.bold = true;
    },
    payload: () => payloadBytes(true),
  },
  {
    kind: "numberFormat of a range ([[fmt]])",
    queue: (_c, s, i) => {
      s.getRange(`D${i + 2}:D${i + 1000}`).numberFormat = [["yyyy-mm-dd"]];
    },
    payload: () => payloadBytes([["yyyy-mm-dd"]]),
  },
  {
    kind: "column width (format.columnWidth)",
    queue: (_c, s, i) => {
      s.getRange(`${colOf(i)}:${colOf(i)}`).format.columnWidth = 77.25;
    },
    payload: () => payloadBytes(77.25),
  },
  {
    kind: "highlight CF (getRanges(list).conditionalFormats.add + formula, fill, priority)",
    queue: (_c, s, i) => {
      const cf = s.getRanges(`G${i + 3}`).conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND(TRUE,"ops-planner"<>"")';
      cf.custom.format.fill.color = "#FF8B8B";
      cf.priority = 0;
    },
    payload: (i) => payloadBytes(`G${i + 3}`) + payloadBytes('=AND(TRUE,"ops-planner"<>"")'),
  },
  {
    kind: "row-colouring / Timeline CF (getRange.conditionalFormats.add + formula, fill, font)",
    queue: (_c, s, i) => {
      const cf = s.getRange(`A${i + 2}:K1000`).conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$K2<>""';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
    },
    payload: () => payloadBytes('=$K2<>""'),
  },
  {
    kind: "data validation (rule + errorAlert)",
    // The dropdown's source names Lists: the sheet must be there (fakeExcel.ts refuses a missing one, as Excel would).
    sheets: () => new FakeExcel(["Plan", "Lists"]),
    queue: (_c, s, i) => {
      const dv = s.getRange(`${colOf(i)}2:${colOf(i)}1000`).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" } };
      dv.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Platform",
        message: "Pick a value of the Platform list.",
      };
    },
    payload: () =>
      payloadBytes({ list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" } }) +
      payloadBytes({
        showAlert: true,
        style: "Warning",
        title: "Platform",
        message: "Pick a value of the Platform list.",
      }),
  },
  {
    kind: "worksheets.add(name)",
    queue: (c, _s, i) => {
      c.workbook.worksheets.add(`Sheet ${i + 10}`);
    },
    payload: (i) => payloadBytes(`Sheet ${i + 10}`),
  },
  {
    kind: "tables.add(range, true) + name + style",
    queue: (_c, s, i) => {
      const t = s.tables.add(`A${3 * i + 1}:K${3 * i + 2}`, true);
      t.name = `tbl${i}`;
      t.style = "TableStyleMedium2";
    },
    payload: (i) => payloadBytes([`A${3 * i + 1}:K${3 * i + 2}`, true]) + payloadBytes(`tbl${i}`),
  },
  {
    kind: "copyFrom (Timeline fill block, copyType Formulas)",
    queue: (_c, s, i) => {
      s.getRange(`E${i + 1}:BD${i + 1}`).copyFrom(s.getRange(`D${i + 1}`), "Formulas");
    },
    payload: () => 0,
  },
  {
    kind: "names.add(name, reference)",
    sheets: () => new FakeExcel(["Plan", "Settings"]),
    queue: (c, _s, i) => {
      c.workbook.names.add(`Name${i}`, `=Settings!$B$${i + 2}`);
    },
    payload: (i) => payloadBytes({ name: `Name${i}`, ref: `Settings!$B$${i + 2}` }),
  },
  {
    kind: "clear Contents + clear Hyperlinks (one range)",
    queue: (_c, s, i) => {
      const r = s.getRange(`A${i + 2}:E${i + 2}`);
      r.clear("Contents");
      r.clear("Hyperlinks");
    },
    payload: () => 0,
  },
  {
    kind: "merge(false)",
    queue: (_c, s, i) => {
      s.getRange(`D${i + 1}:G${i + 1}`).merge(false);
    },
    payload: () => 0,
  },
  {
    kind: "group(ByRows)",
    queue: (_c, s, i) => {
      s.getRange(`${2 * i + 1}:${2 * i + 2}`).group("ByRows");
    },
    payload: () => 0,
  },
  {
    kind: "rowHidden = true",
    queue: (_c, s, i) => {
      s.getRange(`${i + 1}:${i + 1}`).rowHidden = true;
    },
    payload: () => 0,
  },
  {
    kind: "suspendApiCalculationUntilNextSync (WriteBatch, once per batch)",
    queue: (c) => {
      c.application.suspendApiCalculationUntilNextSync();
    },
    payload: () => 0,
  },
  {
    kind: "freezePanes.freezeRows(1)",
    queue: (_c, s) => {
      s.freezePanes.freezeRows(1);
    },
    payload: () => 0,
  },
  {
    kind: "chart series (series.add(name) + name + setValues + setXAxisValues)",
    sheets: () => {
      const f = new FakeExcel(["Plan"]);
      f.addSheet("Data", [
        ["Date", "A"],
        [1, 2],
        [3, 4],
      ]);
      return f;
    },
    queue: (c, s, i) => {
      const chart = chartOf(c, s);
      const series = chart.series.add(`S${i}`);
      series.name = `S${i}`;
      series.setValues(s.getRange(`B${i + 2}:B${i + 30}`));
      series.setXAxisValues(s.getRange(`A${i + 2}:A${i + 30}`));
    },
    payload: (i) => 2 * payloadBytes(`S${i}`),
  },
];

/** One chart per batch for the series kind (the context's first call adds it). */
const charts = new WeakMap<Excel.RequestContext, Excel.Chart>();
function chartOf(c: Excel.RequestContext, s: Excel.Worksheet): Excel.Chart {
  let chart = charts.get(c);
  if (!chart) {
    chart = s.charts.add("Line", s.getRange("B1:B3"), "Columns");
    charts.set(c, chart);
  }
  return chart;
}

function colOf(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A 2-D `formulas` write of rows × columns short texts: its request bytes and the JSON of the grid. */
export async function gridWrite(
  rows: number,
  columns: number
): Promise<{ bytes: number; json: number }> {
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => `r${r}c${c}`)
  );
  const [bytes] = await requestBytes(1, (_c, s) => {
    s.getRange(`A1:${colOf(columns - 1)}${rows}`).formulas = grid;
  });
  return { bytes, json: payloadBytes(grid) };
}
