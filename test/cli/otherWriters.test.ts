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
