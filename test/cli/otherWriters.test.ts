/**
 * The CLI's reader over files laid out part by part as other programs write them (issue 11): each fix, through
 * `ops-planner validate`. The corpus of real files is test/corpus (corpus.test.ts).
 */
import { join } from "path";
import { tempDir } from "./cliRun";
import { rowsToCells, writeHandmade, type RawWorkbook } from "./handmadeXlsx";
import { findingKeys, validateInProcess } from "./validateInProcess";

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
