import { monthKey, parseMonth } from "../../../src/core/read/months";
import { d } from "../fixtures";

describe("parseMonth: a month as the serial of its first day", () => {
  test.each([
    [d("2027-03-15"), "2027-03"],
    ["2027-03", "2027-03"],
    ["2027/3", "2027-03"],
    ["2027.03", "2027-03"],
    ["2027年3月", "2027-03"],
    ["２０２７年３月份", "2027-03"],
    ["Mar 2027", "2027-03"],
    ["September 2027", "2027-09"],
    ["Sept 2027", "2027-09"],
    ["2027-03-31", "2027-03"],
    [202703, "2027-03"],
  ])("%p is %s", (cell, month) => {
    const p = parseMonth(cell);
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(monthKey(p.value)).toBe(month);
      expect(p.value).toBe(d(`${month}-01`));
    }
  });

  test.each([["2027-13"], ["Ma 2027"], ["spring"], [""], [true]])("%p is no month", (cell) => {
    expect(parseMonth(cell as never)).toMatchObject({ ok: false, rule: "DQ_NOT_A_DATE" });
  });

  test("an error stays an error", () => {
    expect(parseMonth("#N/A")).toMatchObject({ ok: false, rule: "DQ_ERROR_VALUE" });
  });
});
