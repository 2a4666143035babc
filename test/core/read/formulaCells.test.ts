/**
 * Formula cells a file gives without a value (issue 11): calculated where the core can (references and + − * /),
 * else DQ_NOT_CALCULATED on the cell, and the row is left out of the other rules — never a silent blank or zero.
 */
import type { StoredFormula } from "../../../src/core/read/input";
import { translator } from "../../../src/core/i18n";
import "../../../src/core/rules/dataQuality"; // registers the DQ messages
import { hitKeys, hitsOf, read, sheet } from "./helpers";

const products = (rows: unknown[][], formulas: StoredFormula[] = []) => ({
  ...sheet("Products", [
    ["SKU", "Tier", "List price", "Floor price", "Unit cost"],
    ...(rows as never[][]),
  ]),
  formulas,
});
const f = (a1: string, formula: string): StoredFormula => {
  const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
  return { row: Number(m[2]), col: m[1].charCodeAt(0) - 64, formula };
};

describe("calculated: references and arithmetic", () => {
  test.each<[string, unknown]>([
    ["C2", 100],
    ["C2*0.9", 90],
    ["(C2+20)/2-1", 59],
    ["-C2+250", 150],
    ["+C2", 100],
    ["C2*2/4*3", 150],
    ["1.5e2", 150],
    ["Costs!B2", 42],
    ["'Cost sheet'!A1*2", 84],
    ["costs!b2+0", 42],
    ["E3+1", 2], // E3 is a formula itself: =1
    ["F2", 0], // a reference to a blank cell shows 0
    ["F2+7", 7],
    ["G2*2", 20], // numeric text
    ["H2+1", 2], // TRUE
  ])("Floor price =%s → %p", async (formula, value) => {
    const plan = read(
      products(
        [
          ["KA-1", "secondary", 100, null, null, null, "10", true],
          ["KA-2", "secondary", 100, 80, null],
        ],
        [f("D2", formula), f("E3", "1")]
      ),
      sheet("Costs", [[null], [null, 42]]),
      sheet("Cost sheet", [[42]])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products[0].v.floorPrice).toBe(value);
    expect(plan.products[1].v.unitCost).toBe(1);
  });

  test("a reference keeps the referenced value's type: text for a SKU, a date for a date", () => {
    const plan = read(products([["KA-1", "secondary", 100]]), {
      ...sheet("Promotions", [
        ["SKU", "Platform", "Start", "End", "Promo price"],
        [null, "Tmall", new Date(Date.UTC(2027, 5, 18)), null, 80],
      ]),
      formulas: [f("A2", "Products!A2"), f("D2", "C2+2")],
    });
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.promotions[0].v).toMatchObject({ sku: "KA-1", start: 46556, end: 46558 });
  });

  test("errors as Excel gives them: #DIV/0!, a referenced error, #VALUE! for text", () => {
    const plan = read(
      products(
        [
          ["KA-1", "secondary", 100],
          ["KA-2", "secondary", 100, null, { error: "#N/A" }],
          ["KA-3", "secondary", 100, null, null, "ten"],
        ],
        [f("D2", "C2/0"), f("D3", "E3*2"), f("D4", "F4+1")]
      )
    );
    expect(hitsOf(plan).map((h) => [h.rule, h.address, h.params?.value])).toEqual([
      ["DQ_ERROR_VALUE", "Products!D2", "#DIV/0!"],
      ["DQ_ERROR_VALUE", "Products!D3", "#N/A"],
      ["DQ_ERROR_VALUE", "Products!E3", "#N/A"],
      ["DQ_ERROR_VALUE", "Products!D4", "#VALUE!"],
    ]);
  });
});

describe("not calculated: DQ_NOT_CALCULATED on the cell, the row left out", () => {
  test.each([
    ["a function", "ROUND(C2*0.9,0)"],
    ["a range", "SUM(C2:C3)"],
    ["a name", "FloorRate*C2"],
    ["a sheet that was not read", "Missing!A1"],
    ["a circular reference", "D2+1"],
    ["a comparison", "C2>1"],
    ["text joined", 'C2&""'],
    ["a PLAN function saved without the add-in", "_xldudf_PLAN_PROMODAYS(A2,B2)"],
  ])("%s: =%s", (_, formula) => {
    const plan = read(products([["KA-1", "secondary", 100]], [f("D2", formula)]));
    expect(hitsOf(plan).map((h) => [h.rule, h.address])).toEqual([
      ["DQ_NOT_CALCULATED", "Products!D2"],
    ]);
    expect(plan.products).toEqual([]);
  });

  test("a formula depending on one that is not calculated is not calculated either", () => {
    const plan = read(products([["KA-1", "secondary", 100]], [f("D2", "E2*2"), f("E2", "NOW()")]));
    expect(hitKeys(plan)).toEqual([
      "DQ_NOT_CALCULATED@Products!D2",
      "DQ_NOT_CALCULATED@Products!E2",
    ]);
  });

  test("a row whose read cells are all uncalculated formulas is no blank row (also past the grid's end)", () => {
    const plan = read(
      products([["KA-1", "secondary", 100]], [f("A5", "LEFT(B9,4)"), f("C5", "SUM(C2:C4)")])
    );
    expect(hitKeys(plan)).toEqual([
      "DQ_MISSING_VALUE@Products!B5",
      "DQ_NOT_CALCULATED@Products!A5",
      "DQ_NOT_CALCULATED@Products!C5",
    ]);
  });

  test("formulas in columns the reader does not read, and in a table's total row, are no finding", () => {
    const plan = read({
      ...products(
        [
          ["KA-1", "secondary", 100],
          ["Total", null, null],
        ],
        [f("F2", "NOW()"), f("C3", "SUBTOTAL(109,C2:C2)")]
      ),
      totalRows: [3],
    });
    expect(hitKeys(plan)).toEqual([]);
  });

  test("Settings and Lists: the cell is named, the default kept", () => {
    const plan = read(
      {
        ...sheet("Settings", [
          ["Setting", "Value"],
          ["Max promo days", null],
          ["Budget cap", null],
        ]),
        formulas: [f("B2", "MAX(1,2)"), f("B3", "20000*3")],
      },
      { ...sheet("Lists", [["Platform"], ["Tmall"], [null]]), formulas: [f("A3", 'UPPER("jd")')] }
    );
    expect(hitKeys(plan)).toEqual(["DQ_NOT_CALCULATED@Lists!A3", "DQ_NOT_CALCULATED@Settings!B2"]);
    expect(plan.settings.maxPromoDays).toBe(3);
    expect(plan.settings.budgetCap).toBe(60000);
  });

  test("the message quotes the formula as Excel shows it, capped; a formula the file does not spell is still named", () => {
    const long = `ROUND(${"C2+".repeat(40)}1,0)`;
    const plan = read(
      products([["KA-1", "secondary", 100, null, null]], [f("D2", long), f("E2", "")])
    );
    const en = translator("en");
    const zh = translator("zh-CN");
    const [d2, e2] = hitsOf(plan);
    const msg = en(`rules:${d2.rule}`, d2.params ?? {});
    expect(msg).toMatch(
      /^Floor price: the formula =ROUND\(C2\+C2.{10,60}… has no calculated value in the file\. Open the file in a spreadsheet program/
    );
    expect(msg.length).toBeLessThan(220);
    expect(en(`rules:${e2.rule}`, e2.params ?? {})).toMatch(
      /^Unit cost: this cell's formula has no calculated value/
    );
    expect(zh(`rules:${d2.rule}`, d2.params ?? {})).toMatch(/^Floor price：公式 =ROUND/);
  });
});

test("a PLAN formula Excel saved without the add-in is quoted as PLAN.… in the message", () => {
  const plan = read(
    products([["KA-1", "secondary", 100]], [f("D2", "_xldudf_PLAN_PROMODAYS(A2,B2)")])
  );
  const [h] = hitsOf(plan);
  expect(translator("en")(`rules:${h.rule}`, h.params ?? {})).toMatch(
    /^Floor price: the formula =PLAN\.PROMODAYS\(A2,B2\) has no calculated value/
  );
});
