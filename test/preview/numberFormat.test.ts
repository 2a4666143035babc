// The preview grid's number formats (the ones our workbooks use), the editor's text and what typed text becomes.
import {
  editText,
  formatGeneral,
  formatValue,
  isDateFormat,
  parseInput,
} from "../../src/preview/numberFormat";

const JUNE_18_2027 = 46556;

describe("formatValue", () => {
  test.each<[string, number, string, string]>([
    ["currency (the template's money format)", 1234.5, '"¥"#,##0.00', "¥1,234.50"],
    ["a negative currency amount", -5, '"¥"#,##0.00', "-¥5.00"],
    ["currency without decimals (Settings)", 50000, '"¥"#,##0', "¥50,000"],
    ["a currency tag", 1234.5, "[$¥-804]#,##0.00", "¥1,234.50"],
    ["dollars", 0.5, '"$"#,##0.00', "$0.50"],
    ["a percentage with one decimal", 0.123, "0.0%", "12.3%"],
    ["a whole percentage", 0.05, "0%", "5%"],
    ["thousands", 12345.6, "#,##0", "12,346"],
    ["an integer", 7.4, "0", "7"],
    ["two decimals", 3.14159, "0.00", "3.14"],
    ["a date", JUNE_18_2027, "yyyy-mm-dd", "2027-06-18"],
    ["Excel's 29 Feb 1900", 60, "yyyy-mm-dd", "1900-02-29"],
    ["a date with a month name", JUNE_18_2027, "d mmm yyyy", "18 Jun 2027"],
    ["a negative section", -3, "#,##0;(#,##0)", "(3)"],
    ["a zero section", 0, '#,##0;-#,##0;"-"', "-"],
    ["a negative that rounds to zero", -0.001, "0.00", "0.00"],
    ["General", 0.1 + 0.2, "General", "0.3"],
  ])("%s", (_, value, fmt, shown) => {
    expect(formatValue(value, fmt)).toBe(shown);
  });

  test("text, booleans, errors and blanks ignore the format", () => {
    expect(formatValue("KA-101", "0.00")).toBe("KA-101");
    expect(formatValue(true, "0")).toBe("TRUE");
    expect(formatValue({ error: "#N/A" }, "0")).toBe("#N/A");
    expect(formatValue(null, "0.00")).toBe("");
    expect(formatValue(undefined)).toBe("");
  });

  test("a Date shows as its serial does", () => {
    expect(formatValue(new Date(Date.UTC(2027, 5, 18)), "yyyy-mm-dd")).toBe("2027-06-18");
  });
});

describe("formatGeneral", () => {
  test.each<[number, string]>([
    [0, "0"],
    [2027, "2027"],
    [-12.5, "-12.5"],
    [1 / 3, "0.333333333"],
    [2027.123456789, "2027.123457"],
    [123456789012, "1.23457E+11"],
    [0.0000000001234, "1.234E-10"],
  ])("%p → %s", (n, shown) => {
    expect(formatGeneral(n)).toBe(shown);
  });
});

describe("isDateFormat", () => {
  test("tells date formats from number formats", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("d mmm yyyy")).toBe(true);
    expect(isDateFormat('"¥"#,##0.00')).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});

describe("editText and parseInput", () => {
  test("the editor shows a formula with =, a date as yyyy-mm-dd, a percentage with %", () => {
    expect(editText(18, 'IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))', "0")).toBe(
      '=IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))'
    );
    expect(editText(JUNE_18_2027, undefined, "yyyy-mm-dd")).toBe("2027-06-18");
    expect(editText(0.05, undefined, "0%")).toBe("5%");
    expect(editText(1234.5, undefined, '"¥"#,##0.00')).toBe("1234.5");
    expect(editText("KA-101", undefined, "General")).toBe("KA-101");
    expect(editText(null, undefined, "General")).toBe("");
  });

  test("typed text becomes what Excel would store", () => {
    expect(parseInput("2027-06-18")).toBe(JUNE_18_2027);
    expect(parseInput("2027/6/18")).toBe(JUNE_18_2027);
    expect(parseInput("1,234.5")).toBe(1234.5);
    expect(parseInput("-7")).toBe(-7);
    expect(parseInput("5%")).toBe(0.05);
    expect(parseInput("true")).toBe(true);
    expect(parseInput("=A1*2")).toBe("=A1*2");
    expect(parseInput("  ")).toBeNull();
    expect(parseInput("KA-101")).toBe("KA-101");
    expect(parseInput("2027-02-30")).toBe("2027-02-30");
    expect(parseInput("6/7/2027")).toBe("6/7/2027");
  });

  test("what the editor shows parses back to the same value", () => {
    for (const [v, fmt] of [
      [JUNE_18_2027, "yyyy-mm-dd"],
      [0.05, "0%"],
      [0.125, "0.0%"],
      [1234.5, '"¥"#,##0.00'],
      [42, "0"],
    ] as const)
      expect(parseInput(editText(v, undefined, fmt))).toBe(v);
  });
});
