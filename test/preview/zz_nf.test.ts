import { formatValue, parseInput, editText, isDateFormat } from "../../src/preview/numberFormat";
test("nf", () => {
  const cases: [unknown, string][] = [
    [[1234.5, '"¥"#,##0.00'], "¥1,234.50"], [[-5, '"¥"#,##0.00'], "-¥5.00"], [[0.123, "0.0%"], "12.3%"], [[0.05, "0%"], "5%"],
    [[12345.6, "#,##0"], "12,346"], [[46556, "yyyy-mm-dd"], "2027-06-18"], [[3.14159, "0.00"], "3.14"], [[7, "0"], "7"],
    [[0.1 + 0.2, "General"], "0.3"], [[123456789012, "General"], "1.23457E+11"], [[2027, "General"], "2027"], [[1234.5, '[$¥-804]#,##0.00'], "¥1,234.50"],
    [[-3, "#,##0;(#,##0)"], "(3)"], [[0, '#,##0;-#,##0;"-"'], "-"], [["x", "0.00"], "x"], [[{error: "#N/A"}, "0"], "#N/A"], [[-0.001, "0.00"], "0.00"],
  ];
  for (const [[v, f], want] of cases as [[never, string], string][]) expect(formatValue(v, f)).toBe(want);
  expect(parseInput("2027-06-18")).toBe(46556);
  expect(parseInput("1,234.5")).toBe(1234.5);
  expect(parseInput("5%")).toBe(0.05);
  expect(parseInput("=A1")).toBe("=A1");
  expect(parseInput("abc")).toBe("abc");
  expect(parseInput("")).toBe(null);
  expect(editText(46556, undefined, "yyyy-mm-dd")).toBe("2027-06-18");
  expect(editText(0.05, undefined, "0%")).toBe("5%");
  expect(isDateFormat("yyyy-mm-dd")).toBe(true);
  expect(isDateFormat('"¥"#,##0.00')).toBe(false);
  expect(isDateFormat("0.0%")).toBe(false);
});
