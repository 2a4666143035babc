/** The README's PLAN section shows what the functions really return: each example reason is produced here. */
import { readFileSync } from "fs";
import { join } from "path";
import {
  BREAKEVENROAS,
  BUDGETCHECK,
  EXPECTEDRATE,
  PRICEBAND,
  PRICECHECK,
  SLOTVALUE,
  PRODUCTCHECK,
  PROMOCHECK,
} from "../../src/core/functions/definitions";
import { invokeGrid, invokeSingle, type FunctionDef } from "../../src/core/functions/runner";
import { d } from "../core/fixtures";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## Custom functions (PLAN)"),
  readme.indexOf("## Architecture")
);

const text = (def: FunctionDef, args: unknown[]): string => {
  const r = invokeSingle(def, args);
  if (typeof r !== "string") throw new Error(`${def.name} gave ${JSON.stringify(r)}`);
  return r;
};

describe("README: Custom functions (PLAN)", () => {
  test("sits before Architecture and names every function with an example formula", () => {
    expect(section.length).toBeGreaterThan(1000);
    for (const name of [
      "CONVERSION",
      "CPC",
      "AOV",
      "ROAS",
      "UVVALUE",
      "BREAKEVENCPC",
      "BREAKEVENROAS",
      "VISITORS",
      "PROMODAYS",
      "SATURATION",
      "PROMOCHECK",
      "PRICECHECK",
      "PRODUCTCHECK",
      "BUDGETCHECK",
      "EXPECTEDRATE",
      "PRICEBAND",
      "SLOTVALUE",
    ])
      expect(section).toMatch(new RegExp(`\`${name}\\(`));
    expect(section).toContain("`=PLAN.CONVERSION(E2,D2)`");
    for (const zh of [
      "转化率",
      "点击单价",
      "客单价",
      "投入产出比",
      "UV价值",
      "保本点击单价",
      "保本投产比",
      "预计访客数",
      "活动天数",
    ])
      expect(section).toContain(zh);
    expect(section).toContain("office-js#6611");
  });

  test("every reason it shows is one the row checks give", () => {
    const reasons = [
      text(PROMOCHECK, [d("2027-09-03"), d("2027-09-09"), 189, 299]),
      text(PROMOCHECK, [d("2027-12-10"), d("2027-12-12"), 129, 159, 129]),
      text(PROMOCHECK, [d("2027-06-16"), d("2027-06-18"), 129, 129, null, null, null, 20]),
      text(PROMOCHECK, [d("2027-06-16"), d("2027-06-18"), 209, 299, null, 229]),
      text(PROMOCHECK, [d("2027-09-07"), d("2027-09-09"), 39, 59, null, null, null, null, 45]),
      text(PROMOCHECK, [d("2027-06-18"), d("2027-06-16"), 99, 129]),
      text(PRICECHECK, [199, 229]),
      text(PRICECHECK, [349, null, [[389, 399]], 0.05]),
      text(PRODUCTCHECK, ["launch", null, null, d("2027-05-01"), 7, 2027]),
      text(PRODUCTCHECK, ["presale", d("2027-10-20"), d("2027-10-25"), d("2027-10-01"), 7, 2027]),
      text(PRODUCTCHECK, ["launch", d("2027-08-20"), null, null, 7, 2027]),
      text(PRODUCTCHECK, ["launch", d("2027-04-15"), null, d("2027-04-12"), 7, 2027]),
      text(BUDGETCHECK, ["Fake orders", 3000, 43000, 50000]),
      text(BUDGETCHECK, ["Gifts", 2000, 52000, 50000]),
    ];
    for (const r of reasons) expect(section).toContain(`\`${r}\``);
    expect(invokeGrid(BREAKEVENROAS, [0.3])[0][0]).toBeCloseTo(3.33, 2);
  });

  test("the issue 17 functions' examples give what the table says", () => {
    expect(
      invokeSingle(EXPECTEDRATE, [[[100, 0, 0, 0, 0, 100, 0]], [[0.35, 0, 0, 0, 0, 0.14, 0]]])
    ).toBeCloseTo(0.245, 12);
    expect(section).toContain(
      "(0.245 for 100 Monday inquiries at 35 % and 100 Saturday ones at 14 %)"
    );
    expect(invokeSingle(PRICEBAND, [149, [[0, 100, 200]], [[99, 199, 299]]])).toBe("100–199");
    expect(section).toContain("(`100–199`)");
    const slot = (objective: string) =>
      Math.round(invokeGrid(SLOTVALUE, [20000, 0.03, 339, 165, 8.4, objective])[0][0] as number);
    expect([slot("profit"), slot("revenue"), slot("traffic")]).toEqual([104400, 203400, 168000]);
    expect(section).toContain("= 104,400 here;");
    expect(section).toContain("× price = 203,400;");
    expect(section).toContain("× storeUvValue = 168,000");
  });
});
