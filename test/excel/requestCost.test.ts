/**
 * What a command costs in a request, measured with Office.js's own Excel client inside Excel.run (test/excel/office/,
 * measure.ts: the mean of commands 301–600 of a batch, object-path ids of 4 digits), kind by kind — each command the
 * adapter queues, with arguments of their real size — against (a) the budget its call site in src/excel/ gives it
 * (chunks.ts commandBytes), which must never be less and not much more, and (b) what the fake Excel charges for it on
 * its own (fakeExcel.ts SERIALIZED), which must stay close, so the fake's 5 MB check fails where Excel's would.
 */
import {
  commandBytes,
  gridWriteBytes,
  payloadBytes,
  type CommandShape,
} from "../../src/excel/chunks";
import { HIGHLIGHT_FORMULA } from "../../src/excel/highlight";
import { FakeExcel } from "./fakeExcel";
import { requestBytes, type Queue } from "./office/measure";

const ROW = [
  "warning",
  "PROMO_TOO_FREQUENT",
  "Promotions",
  '=HYPERLINK("#Promotions!D47","Promotions!D47")',
  "'Starts 17 days after the same SKU's 38 promotion ended; the minimum gap is 30.",
];
// Within the characters a multi-area address may have (MAX_AREAS_ADDRESS; test/excel/fakeExcel.ts refuses more).
const AREAS = Array.from({ length: 300 }, (_, i) => `G${2 * i + 3}`).join(",");
const RULE: Excel.DataValidationRule = {
  list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" },
};
const ALERT: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: "Warning",
  title: "Platform",
  message: "Pick a value of the Platform list.",
};
const ROW_RULE = '=AND($N2<>"","ops-planner:rows"<>"")';
const row = (i: number): number => 10_000 + i;

interface Kind {
  kind: string;
  queue: Queue;
  /** The shape and arguments its call site budgets (for the i-th command). */
  budget: (i: number) => [CommandShape, ...unknown[]];
  sheets?: string[];
}

const KINDS: Kind[] = [
  {
    kind: "a row of cells (writeRows: range.formulas)",
    queue: (_c, s, i) => {
      s.getRange(`A${row(i)}:E${row(i)}`).formulas = [ROW];
    },
    budget: (i) => [{ ranges: 1, actions: 1 }, `A${row(i)}:E${row(i)}`, [ROW]],
  },
  {
    kind: "a column of number formats",
    queue: (_c, s, i) => {
      s.getRange(`D${row(i)}:D${row(i) + 2}`).numberFormat = [["yyyy-mm-dd"], ["0"], [null]];
    },
    budget: (i) => [
      { ranges: 1, actions: 1 },
      `D${row(i)}:D${row(i) + 2}`,
      [["yyyy-mm-dd"], ["0"], [null]],
    ],
  },
  {
    kind: "bold (format.font.bold)",
    queue: (_c, s, i) => {
      s.getRange(`A${row(i)}:N${row(i)}`).format.font.bold = true;
    },
    budget: (i) => [{ ranges: 1, paths: 2, actions: 1 }, `A${row(i)}:N${row(i)}`, true],
  },
  {
    kind: "a column width",
    queue: (_c, s) => {
      s.getRange("BC:BC").format.columnWidth = 77.25;
    },
    budget: () => [{ ranges: 1, paths: 1, actions: 1 }, "BC:BC", 77.25],
  },
  {
    kind: "a width and a hidden column (Timeline)",
    queue: (_c, s) => {
      const col = s.getRange("BC:BC");
      col.format.columnWidth = 77.25;
      col.columnHidden = true;
    },
    budget: () => [{ ranges: 1, paths: 1, actions: 2 }, "BC:BC", 77.25, true],
  },
  {
    kind: "a hidden row",
    queue: (_c, s, i) => {
      s.getRange(`${row(i)}:${row(i)}`).rowHidden = true;
    },
    budget: (i) => [{ ranges: 1, actions: 1 }, `${row(i)}:${row(i)}`, true],
  },
  {
    kind: "a dropdown (rule and alert)",
    sheets: ["Plan", "Lists"],
    queue: (_c, s, i) => {
      const dv = s.getRange(`B${row(i)}`).dataValidation;
      dv.rule = RULE;
      dv.errorAlert = ALERT;
    },
    budget: (i) => [{ ranges: 1, paths: 1, actions: 2 }, `B${row(i)}`, RULE, ALERT],
  },
  {
    kind: "the flagged-row rule (add, formula, fill, font)",
    queue: (_c, s, i) => {
      const cf = s.getRange(`A${row(i)}:N${row(i)}`).conditionalFormats.add("Custom");
      cf.custom.rule.formula = ROW_RULE;
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
    },
    budget: (i) => [
      { ranges: 1, paths: 7, actions: 3 },
      `A${row(i)}:N${row(i)}`,
      "Custom",
      ROW_RULE,
      "#FFC7CE",
      "#9C0006",
    ],
  },
  {
    kind: "a highlight over 60 cells (add, formula, fill, priority)",
    queue: (_c, s) => {
      const cf = s.getRanges(AREAS).conditionalFormats.add("Custom");
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = "#FF8B8B";
      cf.priority = 0;
    },
    budget: () => [
      { ranges: 1, paths: 6, actions: 3 },
      AREAS,
      "Custom",
      HIGHLIGHT_FORMULA,
      "#FF8B8B",
      0,
    ],
  },
  {
    kind: "a table (add, name, style)",
    queue: (_c, s, i) => {
      const t = s.tables.add(`A${3 * row(i)}:N${3 * row(i) + 1}`, true);
      t.name = `tblProducts${i}`;
      t.style = "TableStyleMedium2";
    },
    budget: (i) => [
      { paths: 2, actions: 2 },
      `A${3 * row(i)}:N${3 * row(i) + 1}`,
      true,
      `tblProducts${i}`,
      "TableStyleMedium2",
    ],
  },
  {
    kind: "a workbook name",
    sheets: ["Plan", "Settings"],
    queue: (c, _s, i) => {
      c.workbook.names.add(`MaxPromoDays${i}`, `=Settings!$B$${i + 2}`);
    },
    budget: (i) => [{ paths: 1, actions: 1 }, `MaxPromoDays${i}`, `=Settings!$B$${i + 2}`],
  },
  {
    kind: "a sheet",
    queue: (c, _s, i) => {
      c.workbook.worksheets.add(`Promotions ${i}`);
    },
    budget: (i) => [{ paths: 1, actions: 1 }, `Promotions ${i}`],
  },
  {
    kind: "a fill block's copy (copyFrom)",
    queue: (_c, s, i) => {
      s.getRange(`E${row(i)}:BC${row(i)}`).copyFrom(s.getRange(`D${row(i)}`), "Formulas");
    },
    budget: (i) => [
      { ranges: 2, actions: 2 },
      `E${row(i)}:BC${row(i)}`,
      `D${row(i)}`,
      "Formulas",
      false,
      false,
    ],
  },
  {
    kind: "a merge",
    queue: (_c, s, i) => {
      s.getRange(`D${row(i)}:G${row(i)}`).merge(false);
    },
    budget: (i) => [{ ranges: 1, actions: 1 }, `D${row(i)}:G${row(i)}`, false],
  },
  {
    kind: "a row group",
    queue: (_c, s, i) => {
      s.getRange(`${2 * row(i)}:${2 * row(i) + 1}`).group("ByRows");
    },
    budget: (i) => [{ ranges: 1, actions: 1 }, `${2 * row(i)}:${2 * row(i) + 1}`, "ByRows"],
  },
  {
    kind: "clearing rows (contents and hyperlinks)",
    queue: (_c, s, i) => {
      const r = s.getRange(`A${row(i)}:E${row(i)}`);
      r.clear("Contents");
      r.clear("Hyperlinks");
    },
    budget: (i) => [{ ranges: 1, actions: 2 }, `A${row(i)}:E${row(i)}`, "Contents", "Hyperlinks"],
  },
];

/** Bytes per command through Office.js's client inside Excel.run: the mean of commands 301–600 of a batch. */
async function clientBytes(k: Kind, [from, to] = [300, 600]): Promise<number> {
  const total = async (n: number): Promise<number> =>
    (await requestBytes(n, k.queue, new FakeExcel(k.sheets ?? ["Plan"]))).reduce(
      (a, b) => a + b,
      0
    );
  return ((await total(to)) - (await total(from))) / (to - from);
}

/** Bytes per command the fake charges on its own (no client), the same way. */
async function fakeBytes(k: Kind, [from, to] = [300, 600]): Promise<number> {
  const total = async (n: number): Promise<number> => {
    const fake = new FakeExcel(k.sheets ?? ["Plan"]);
    await fake.api().run(async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem(fake.sheets[0].name);
      for (let i = 0; i < n; i++) k.queue(context, sheet, i);
      await context.sync();
    });
    return fake.requestBytes;
  };
  return ((await total(to)) - (await total(from))) / (to - from);
}

/** The budget of the commands 301–600, per command. */
function budgetBytes(k: Kind): number {
  let n = 0;
  for (let i = 300; i < 600; i++) {
    const [shape, ...args] = k.budget(i);
    n += commandBytes(shape, ...args);
  }
  return n / 300;
}

describe("what Office.js's serializer sends per command, inside Excel.run", () => {
  test.each(KINDS.map((k) => [k.kind, k]))(
    "%s: the adapter budgets at least that (5-digit ids included), the fake charges about that",
    async (_name, k) => {
      const real = await clientBytes(k);
      const budget = budgetBytes(k);
      // A batch near 4 MB numbers its paths and actions with 5 digits, a byte or so more per id than here.
      expect(budget).toBeGreaterThanOrEqual(real * 1.04);
      // Not wastefully more: a batch is full when its budget is, not its bytes. (A small command may count the
      // path of a collection it is the first to reach — a sheet's tables, the workbook's names — a second does not.)
      expect(budget).toBeLessThanOrEqual(real * 1.35 + 160);
      const fake = await fakeBytes(k);
      expect(fake).toBeGreaterThanOrEqual(real * 0.95);
      expect(fake).toBeLessThanOrEqual(real * 1.3 + 100);
    },
    60_000
  );

  test("the 2-D writes that carry most bytes: budget and fake within 2 % of the client's figure", async () => {
    // 2,000 rows of 5: the client splits the set into slices of 1,500 cells (setRangePropertiesInBulk).
    const rows = Array.from({ length: 2000 }, (_, i) => ROW.map((c) => `${c} ${i}`));
    const k: Kind = {
      kind: "grid",
      queue: (_c, s, i) => {
        s.getRange(`A${3000 * i + 1}:E${3000 * i + 2000}`).formulas = rows;
      },
      budget: () => [{}],
    };
    // The second of two such writes (a batch of hundreds would pass 5 MB).
    const real = await clientBytes(k, [1, 2]);
    const budget = gridWriteBytes("A3001:E5000", rows);
    expect(real).toBeGreaterThan(payloadBytes(rows));
    expect(budget).toBeGreaterThanOrEqual(real);
    expect((budget - real) / real).toBeLessThan(0.02);
    const fake = await fakeBytes(k, [1, 2]);
    expect(Math.abs(fake - real) / real).toBeLessThan(0.02);
  }, 120_000);
});
