/** An Excel table's total row (Table Design → Total Row) is not data: the reader skips the rows it is told are one. */
import { hitKeys, read, sheet } from "./helpers";

const products = (totalRows?: number[]) => ({
  ...sheet("Products", [
    ["SKU", "Tier", "List price"],
    ["KA-1", "secondary", 100],
    ["KA-2", "secondary", 120],
    ["Total", null, 220],
  ]),
  totalRows,
});

const promotions = (totalRows?: number[]) => ({
  ...sheet("活动", [
    ["SKU", "平台", "开始日期", "结束日期", "活动价"],
    ["KA-1", "天猫", 46556, 46558, 80],
    ["汇总", null, null, null, 80],
  ]),
  totalRows,
});

test("without the total row marked, it reads as a data row (what a plain range's typed Total row gives)", () => {
  expect(hitKeys(read(products(), promotions()))).toEqual(
    [
      "DQ_MISSING_VALUE@活动!B3",
      "DQ_MISSING_VALUE@活动!C3",
      "DQ_MISSING_VALUE@活动!D3",
      "DQ_MISSING_VALUE@Products!B4",
      "DQ_UNKNOWN_SKU@活动!A3",
    ].sort()
  );
});

test("marked total rows are skipped: a clean plan stays clean", () => {
  const plan = read(products([4]), promotions([3]));
  expect(hitKeys(plan)).toEqual([]);
  expect(plan.products.map((p) => p.v.sku)).toEqual(["KA-1", "KA-2"]);
  expect(plan.promotions).toHaveLength(1);
});

test("a total row is found by its sheet row, also when the grid starts below row 1", () => {
  const s = { ...sheet("Products", products().rows, 5, 2), totalRows: [8] };
  const plan = read(s);
  expect(hitKeys(plan)).toEqual([]);
  expect(plan.products).toHaveLength(2);
});

test("rows outside the grid, or nonsense, change nothing", () => {
  const s = { ...products(), totalRows: [0, -1, 99, 2.5, Number.NaN] };
  expect(hitKeys(read(s))).toEqual(["DQ_MISSING_VALUE@Products!B4"]);
});
