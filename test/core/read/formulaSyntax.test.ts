import { referencedSheets, shiftFormula, tokenize } from "../../../src/core/read/formulaSyntax";

describe("tokenize", () => {
  test("references, numbers, operators, text, names", () => {
    const t = tokenize('G48*(1+$B$2)/2-Products!E7&"a""b"') ?? [];
    expect(t.map((x) => `${x.kind}:${x.text}`)).toEqual([
      "ref:G48",
      "op:*",
      "op:(",
      "number:1",
      "op:+",
      "ref:$B$2",
      "op:)",
      "op:/",
      "number:2",
      "op:-",
      "ref:Products!E7",
      "op:&",
      'string:"a""b"',
    ]);
  });

  test("a function name is no reference (LOG10 is a cell too, but not before a parenthesis)", () => {
    const t = tokenize("LOG10(A1)+SUM(B2:B9)") ?? [];
    expect(t.filter((x) => x.kind === "ref").map((x) => x.text)).toEqual(["A1", "B2", "B9"]);
    expect(t[0]).toEqual({ kind: "other", text: "LOG10" });
  });

  test("quoted and Chinese sheet names, whole columns, errors", () => {
    const t = tokenize("'My ''plan'''!$C$3+产品!A2+INDEX(Products!$E:$E,1)+#N/A") ?? [];
    const refs = t.filter((x) => x.kind === "ref");
    expect(refs.map((x) => (x.kind === "ref" ? [x.sheet, x.col, x.row] : []))).toEqual([
      ["My 'plan'", 3, 3],
      ["产品", 1, 2],
    ]);
    expect(t.map((x) => x.text)).toContain("Products!$E:$E");
    expect(t.map((x) => x.text)).toContain("#N/A");
  });

  test("an unclosed string cannot be split", () => {
    expect(tokenize('"abc')).toBeUndefined();
  });
});

test("referencedSheets names each sheet once, unquoted", () => {
  expect(referencedSheets("Costs!B2*'Cost 2'!C3+Costs!B3+INDEX(产品!$E:$E,2)")).toEqual([
    "Costs",
    "Cost 2",
    "产品",
  ]);
  expect(referencedSheets("A1+1")).toEqual([]);
});

describe("shiftFormula (a shared formula moved to another cell)", () => {
  test.each([
    ["A2*2", 3, 0, "A5*2"],
    ["$A2*B$1+$C$3", 2, 1, "$A4*C$1+$C$3"],
    ["Products!E7+'My sheet'!B2", 1, 2, "Products!G8+'My sheet'!D3"],
    ['IFERROR(PLAN.PROMODAYS(D2,E2),"")', 5, 0, 'IFERROR(PLAN.PROMODAYS(D7,E7),"")'],
    ["SUM(B$2:B2)", 3, 0, "SUM(B$2:B5)"],
    [
      "INDEX(Products!$E:$E,MATCH(A2,Products!$A:$A,0))",
      1,
      0,
      "INDEX(Products!$E:$E,MATCH(A3,Products!$A:$A,0))",
    ],
    ["A2", 0, 0, "A2"],
  ])("%s moved %i rows, %i columns → %s", (f, rows, cols, out) => {
    expect(shiftFormula(f, rows, cols)).toBe(out);
  });

  test.each([
    ["SUM(A:A)", 1, 1],
    ["SUM(Products!A:A)", 0, 1],
    ["SUM(2:2)", 1, 0],
    ["A1", -1, 0],
  ])("%s cannot be moved (%i, %i)", (f, rows, cols) => {
    expect(shiftFormula(f, rows, cols)).toBeUndefined();
  });
});
