/** Merged SKU cells (issue 11): the rows under a merge are the merged SKU's rows, as the planner sees them. */
import { fillMergedColumn, rectOf } from "../../../src/core/read/merges";
import { hitKeys, read, sheet } from "./helpers";

const products = sheet("Products", [
  ["SKU", "Tier", "List price"],
  ["KA-1", "secondary", 100],
  ["KA-2", "secondary", 200],
]);
const promotions = (merges?: string[], rows: unknown[][] = []) => ({
  ...sheet("Promotions", [
    ["SKU", "Platform", "Start", "End", "Promo price"],
    ["KA-1", "Tmall", 46556, 46558, 80],
    [null, "JD", 46600, 46602, 85],
    [null, "Douyin", 46650, 46652, 90],
    ["KA-2", "Tmall", 46556, 46558, 180],
    ...(rows as never[][]),
  ]),
  merges,
});

test("rectOf reads A1 ranges, with or without a sheet and anchors", () => {
  expect(rectOf("A2:A4")).toEqual({ r1: 2, c1: 1, r2: 4, c2: 1 });
  expect(rectOf("'Promotions'!$B$7:$A$5")).toEqual({ r1: 5, c1: 1, r2: 7, c2: 2 });
  expect(rectOf("C3")).toEqual({ r1: 3, c1: 3, r2: 3, c2: 3 });
  expect(rectOf("A:A")).toBeUndefined();
  expect(rectOf(42 as never)).toBeUndefined();
});

test("without the merge, the covered rows have no SKU (what is stored)", () => {
  expect(hitKeys(read(products, promotions()))).toEqual([
    "DQ_MISSING_VALUE@Promotions!A3",
    "DQ_MISSING_VALUE@Promotions!A4",
  ]);
});

test("a SKU merged over three rows is each row's SKU", () => {
  const plan = read(products, promotions(["A2:A4"]));
  expect(hitKeys(plan)).toEqual([]);
  expect(plan.promotions.map((p) => p.v.sku)).toEqual(["KA-1", "KA-1", "KA-1", "KA-2"]);
});

test("merged across columns too (A2:B4 with the SKU in A), and with the grid starting elsewhere", () => {
  const s = sheet("Promotions", promotions().rows, 11, 3);
  const plan = read(products, { ...s, merges: ["C12:C14"] });
  expect(hitKeys(plan)).toEqual([]);
  const wide = read(products, promotions(["A2:B4", "F1:H1"]));
  expect(hitKeys(wide)).toEqual([]);
  expect(wide.promotions.map((p) => [p.v.sku, p.v.platform])).toEqual([
    ["KA-1", "Tmall"],
    ["KA-1", "JD"],
    ["KA-1", "Douyin"],
    ["KA-2", "Tmall"],
  ]);
});

test("a merge reaching down over empty rows makes no rows; a merge covering the header row changes no header", () => {
  const plan = read(products, promotions(["A2:A9", "A1:A2"], [[], [null, null]]));
  expect(hitKeys(plan)).toEqual([]);
  expect(plan.promotions).toHaveLength(4);
});

test("only blank covered cells take the value; other columns' merges are not spread (an amount is not copied)", () => {
  const grid = [
    ["SKU", "Amount"],
    ["KA-1", 500],
    ["KA-9", null],
  ];
  const out = fillMergedColumn(grid, ["A2:A3", "B2:B3"], 1, 1, 1, 0);
  expect(out[2]).toEqual(["KA-9", null]);
  expect(out).toBe(grid);
  const filled = fillMergedColumn([...grid.slice(0, 2), [null, 7]], ["A2:A3"], 1, 1, 1, 0);
  expect(filled[2]).toEqual(["KA-1", 7]);
  expect(grid[2]).toEqual(["KA-9", null]); // the input grid is not changed
});
