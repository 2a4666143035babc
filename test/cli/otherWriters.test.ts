/**
 * The CLI's reader over files laid out part by part as other programs write them (issue 11): each fix, through
 * `ops-planner validate`. The corpus of real files is test/corpus (corpus.test.ts).
 */
import { join } from "path";
import { tempDir } from "./cliRun";
import { rowsToCells, writeHandmade, type RawCell, type RawWorkbook } from "./handmadeXlsx";
import { findingKeys, validateInProcess } from "./validateInProcess";

// Files are written and the CLI is run (some spawned): slower than a unit test on a busy machine.
jest.setTimeout(60_000);

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("writers");
});
afterAll(() => tmp.cleanup());

let n = 0;
async function validate(wb: RawWorkbook) {
  const file = join(tmp.dir, `wb${++n}.xlsx`);
  await writeHandmade(file, wb);
  return validateInProcess(file);
}

describe("an Excel table's Total Row", () => {
  const plan = (totals: boolean): RawWorkbook => ({
    sheets: [
      {
        name: "Products",
        cells: rowsToCells([
          ["SKU", "Tier", "List price"],
          ["KA-1", "secondary", 100],
          ["KA-2", "secondary", 120],
          ["Total", null, { f: "SUBTOTAL(109,[List price])", v: "220" }],
        ]),
        tables: [{ ref: "A1:C4", totalsRowCount: totals ? 1 : undefined }],
      },
      {
        name: "活动",
        cells: rowsToCells([
          ["SKU", "平台", "开始日期", "结束日期", "活动价"],
          ["KA-1", "天猫", { s: 1, v: "46556" }, { s: 1, v: "46558" }, 80],
          ["汇总", null, null, null, { f: "SUBTOTAL(101,[活动价])", v: "80" }],
        ]),
        tables: [{ ref: "A1:E3", totalsRowCount: totals ? 1 : undefined }],
      },
    ],
  });

  it("is not read as data: a clean plan exits 0", async () => {
    const out = await validate(plan(true));
    expect(findingKeys(out)).toEqual([]);
    expect(out.code).toBe(0);
  });

  it("(the same rows in tables without a total row are data, and are findings)", async () => {
    const out = await validate(plan(false));
    expect(findingKeys(out)).toEqual(
      expect.arrayContaining(["DQ_MISSING_VALUE@Products!B4", "DQ_UNKNOWN_SKU@活动!A3"])
    );
    expect(out.code).toBe(1);
  });
});

describe("_xHHHH_ escapes (Excel and XlsxWriter write control characters so)", () => {
  const plan = (inline: boolean): RawWorkbook => ({
    inline,
    sheets: [
      {
        name: "Products",
        cells: rowsToCells([
          // A header typed with Alt+Enter after a paste from Windows, a SKU pasted with a trailing carriage return.
          ["SKU", "Tier", "List_x000D_\nprice", "Floor_x000D_\nprice"],
          ["KA-1_x000D_", "secondary", 100, 90],
          ["KA-2", "secondary", -5, null],
        ]),
      },
      {
        name: "Promotions",
        cells: rowsToCells([
          ["SKU", "Platform", "Start", "End", "Promo price"],
          ["KA-1", "Tmall", { s: 1, v: "46556" }, { s: 1, v: "46558" }, 80],
          [
            { t: "str", f: '"KA-1"&CHAR(13)', v: "KA-1_x000D_" },
            "JD",
            { s: 1, v: "46656" },
            { s: 1, v: "46658" },
            85,
          ],
        ]),
      },
    ],
  });

  it.each([false, true])(
    "are decoded in shared, inline (%s) and formula strings: headers found, SKUs known",
    async (inline) => {
      const out = await validate(plan(inline));
      // Without decoding: DQ_MISSING_COLUMN on Products and DQ_UNKNOWN_SKU on both promotions.
      expect(findingKeys(out)).toEqual([
        "DQ_NEGATIVE@Products!C3",
        "BELOW_FLOOR@Promotions!E2",
        "BELOW_FLOOR@Promotions!E3",
      ]);
      // The header as the planner sees it, its line break a space.
      expect(out.json?.findings[0].message).toMatch(/^List price: -5 is negative/);
    }
  );
});

describe("formula cells without a value the reader can use", () => {
  // Floor price = 90 % of List price: KA-1's promotion at 85 is below it. A silent blank or 0 would hide that.
  const plan = (
    floor: (row: number) => RawCell,
    opts: Partial<RawWorkbook> = {},
    extra: Record<string, RawCell> = {}
  ): RawWorkbook => ({
    ...opts,
    sheets: [
      {
        name: "Products",
        cells: {
          ...rowsToCells([
            ["SKU", "Tier", "List price", "Floor price", "Unit cost"],
            ["KA-1", "secondary", 100, floor(2), 40],
            ["KA-2", "secondary", 200, floor(3), 40],
            ["KA-3", "secondary", 300, floor(4), 40],
          ]),
          ...extra,
        },
      },
      {
        name: "Promotions",
        cells: rowsToCells([
          ["SKU", "Platform", "Start", "End", "Promo price"],
          ["KA-1", "Tmall", { s: 1, v: "46556" }, { s: 1, v: "46558" }, 85],
          ["KA-2", "Tmall", { s: 1, v: "46656" }, { s: 1, v: "46658" }, 185],
        ]),
      },
      { name: "Costs", cells: rowsToCells([["Rate"], [0.9]]) },
    ],
  });
  const BREACHES = ["BELOW_FLOOR@Promotions!E2"];

  it("no cached value (openpyxl): references and arithmetic are calculated", async () => {
    const out = await validate(plan((r) => ({ f: `C${r}*0.9` })));
    expect(findingKeys(out)).toEqual(BREACHES);
  });

  it("full recalculation on load with cached zeros (XlsxWriter, pandas): calculated, never 'sells at ¥0'", async () => {
    const out = await validate(plan((r) => ({ f: `C${r}*0.9`, v: "0" }), { fullCalcOnLoad: true }));
    expect(findingKeys(out)).toEqual(BREACHES);
  });

  it("(the cached values are used when the workbook does not ask for a recalculation)", async () => {
    const out = await validate(plan((r) => ({ f: `C${r}*0.9`, v: String(r === 3 ? 190 : 0) })));
    expect(findingKeys(out)).toEqual(["BELOW_FLOOR@Promotions!E3"]);
  });

  it("a reference to a sheet that is no plan sheet is followed (the CLI reads that sheet too)", async () => {
    const out = await validate(plan((r) => ({ f: `C${r}*Costs!$A$2` })));
    expect(findingKeys(out)).toEqual(BREACHES);
  });

  it("shared formulas: the master's formula moved to each follower", async () => {
    const out = await validate(
      plan((r) =>
        r === 2 ? { f: "C2*0.9", shared: { si: 0, ref: "D2:D4" } } : { shared: { si: 0 } }
      )
    );
    expect(findingKeys(out)).toEqual(BREACHES);
  });

  it("what the core cannot calculate is DQ_NOT_CALCULATED on the cell, exit 1, the row left out", async () => {
    const out = await validate(plan((r) => ({ f: `ROUND(C${r}*0.9,0)` })));
    expect(findingKeys(out)).toEqual([
      "DQ_NOT_CALCULATED@Products!D2",
      "DQ_NOT_CALCULATED@Products!D3",
      "DQ_NOT_CALCULATED@Products!D4",
    ]);
    expect(out.json?.findings[0].message).toBe(
      "Floor price: the formula =ROUND(C2*0.9,0) has no calculated value in the file. Open the file in a spreadsheet program (Excel, WPS, LibreOffice), save it, and validate again."
    );
    expect(out.code).toBe(1);
  });

  it("an array formula without values: each cell it fills is DQ_NOT_CALCULATED", async () => {
    const out = await validate(plan((r) => (r === 2 ? { f: "C2:C4*0.9", array: "D2:D4" } : null)));
    expect(findingKeys(out)).toEqual([
      "DQ_NOT_CALCULATED@Products!D2",
      "DQ_NOT_CALCULATED@Products!D3",
      "DQ_NOT_CALCULATED@Products!D4",
    ]);
  });
});

describe("serial 60, Excel's 29 February 1900 (formatted as a date)", () => {
  it("is that day in messages and in date arithmetic, not 28 February", async () => {
    const out = await validate({
      sheets: [
        {
          name: "Products",
          cells: rowsToCells([
            ["SKU", "Tier", "List price", "Launch date"],
            ["KA-1", "launch", 100, { s: 1, v: "60" }],
            ["KA-2", "secondary", 100],
          ]),
        },
        {
          name: "Promotions",
          cells: rowsToCells([
            ["SKU", "Platform", "Start", "End", "Promo price"],
            // 29 February – 28 February 1900: End before Start (both read as 28 February, it went unseen).
            ["KA-2", "Tmall", { s: 1, v: "60" }, { s: 1, v: "59" }, 80],
          ]),
        },
      ],
    });
    const messages = (out.json?.findings ?? []).map((f) => `${f.rule}@${f.address}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^LAUNCH_DATE_MISSING@Products!D2: .*Launch date 1900-02-29 is outside plan year/
        ),
        expect.stringMatching(
          /^DQ_DATE_ORDER@Promotions!D2: End 1900-02-28 is before Start 1900-02-29/
        ),
      ])
    );
  });
});

describe("merged SKU cells", () => {
  it("the rows under a merged SKU are that SKU's rows", async () => {
    const out = await validate({
      sheets: [
        {
          name: "Products",
          cells: rowsToCells([
            ["SKU", "Tier", "List price", "Floor price"],
            ["KA-1", "secondary", 100, 90],
          ]),
        },
        {
          name: "Promotions",
          cells: rowsToCells([
            ["SKU", "Platform", "Start", "End", "Promo price"],
            ["KA-1", "Tmall", { s: 1, v: "46556" }, { s: 1, v: "46558" }, 95],
            [null, "JD", { s: 1, v: "46600" }, { s: 1, v: "46602" }, 85],
          ]),
          merges: ["A2:A3"],
        },
      ],
    });
    // Without the merge: DQ_MISSING_VALUE on A3 and the 85 below the floor unseen.
    expect(findingKeys(out)).toEqual(["BELOW_FLOOR@Promotions!E3"]);
  });
});
