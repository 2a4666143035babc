import {
  dateToSerial,
  isoOfSerial,
  parseDate,
  serialToDate,
  MAX_SERIAL,
  todaySerial,
} from "../../../src/core/read/dates";
import { d } from "../fixtures";

const ok = (value: number) => ({ ok: true, value });

describe("1900 date system", () => {
  test("known serials", () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 0, 1)))).toBe(45658);
    expect(dateToSerial(new Date(Date.UTC(2027, 5, 18)))).toBe(d("2027-06-18"));
    expect(dateToSerial(new Date(Date.UTC(9999, 11, 31)))).toBe(MAX_SERIAL);
  });

  test("the fictitious 29 Feb 1900: serials before 60 are one day earlier than plain arithmetic", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(isoOfSerial(1)).toBe("1900-01-01");
    expect(isoOfSerial(59)).toBe("1900-02-28");
    expect(isoOfSerial(60)).toBe("1900-02-29");
    expect(isoOfSerial(61)).toBe("1900-03-01");
    expect(parseDate("1900-03-01")).toEqual(ok(61));
    expect(parseDate("1900-02-28")).toEqual(ok(59));
    expect(parseDate("1900-01-01")).toEqual(ok(1));
  });

  test("serialToDate is UTC midnight and inverts dateToSerial (time fraction dropped)", () => {
    for (const s of [1, 2, 59, 61, 45658, d("2027-06-18"), MAX_SERIAL]) {
      const dt = serialToDate(s);
      expect(dt.getUTCHours()).toBe(0);
      expect(dateToSerial(dt)).toBe(s);
    }
    expect(serialToDate(45658.75).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(serialToDate(60).toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(isoOfSerial(NaN)).toBe("");
  });

  test("dateToSerial: a cell's Date is its UTC day (the wall clock in the UTC fields), in any machine zone", () => {
    // ExcelJS and the CLI's reader give a date-time's wall clock in the UTC fields.
    expect(dateToSerial(new Date(Date.UTC(2027, 5, 18, 23, 30)))).toBe(d("2027-06-18"));
    // 16:00 wall clock is local midnight of the 19th in Shanghai: still the 18th (issue 11).
    expect(dateToSerial(new Date(Date.UTC(2027, 5, 18, 16)))).toBe(d("2027-06-18"));
    expect(dateToSerial(new Date(Date.UTC(2027, 5, 18, 7)))).toBe(d("2027-06-18"));
    expect(dateToSerial(new Date(Date.UTC(2027, 5, 18, 23, 59, 59, 999)))).toBe(d("2027-06-18"));
    expect(dateToSerial(new Date(NaN))).toBeNaN();
  });

  test("todaySerial: the machine's calendar day of a clock reading; a UTC-midnight Date is that day", () => {
    const now = new Date(2027, 0, 1, 7, 0); // 07:00 local on 1 January: UTC may still say 31 December
    expect(todaySerial(now)).toBe(d("2027-01-01"));
    expect(todaySerial(new Date(2027, 0, 1, 23, 59))).toBe(d("2027-01-01"));
    expect(todaySerial(new Date(2026, 5, 1))).toBe(d("2026-06-01"));
    expect(todaySerial(new Date(Date.UTC(2026, 5, 1)))).toBe(d("2026-06-01"));
    expect(todaySerial(new Date(NaN))).toBeNaN();
  });
});

describe("parseDate", () => {
  const june18 = d("2027-06-18");

  test.each<[string, unknown]>([
    ["serial", 46556],
    ["serial with a time fraction", 46556.625],
    ["UTC Date (ExcelJS)", new Date(Date.UTC(2027, 5, 18))],
    ["ISO", "2027-06-18"],
    ["ISO with time", "2027-06-18T10:30:00"],
    ["ISO with time and zone", "2027-06-18T10:30:00.000Z"],
    ["date and time with a space", "2027-06-18 10:30"],
    ["slashes", "2027/6/18"],
    ["dots", "2027.6.18"],
    ["single digit month with dashes", "2027-6-18"],
    ["compact text", "20270618"],
    ["compact number", 20270618],
    ["Chinese", "2027年6月18日"],
    ["Chinese with spaces", " 2027 年 6 月 18 日 "],
    ["Chinese full-width digits", "２０２７年６月１８日"],
    ["full-width ISO", "２０２７－０６－１８"],
    ["day first, unambiguous", "18/6/2027"],
    ["month first, unambiguous", "6/18/2027"],
    ["day first with dots", "18.06.2027"],
    ["day month-name year", "18 Jun 2027"],
    ["month-name day, year", "June 18, 2027"],
  ])("%s", (_label, v) => {
    expect(d("2027-06-18")).toBe(46556);
    expect(parseDate(v as never)).toEqual(ok(june18));
  });

  test("equal day and month is not ambiguous", () => {
    expect(parseDate("6/6/2027")).toEqual(ok(d("2027-06-06")));
  });

  test("day-month ambiguous text is never guessed", () => {
    const p = parseDate("6/7/2027");
    expect(p).toEqual({
      ok: false,
      rule: "DQ_AMBIGUOUS_DATE",
      readings: { dayFirst: d("2027-07-06"), monthFirst: d("2027-06-07") },
    });
    expect(parseDate("12-1-2027")).toMatchObject({ ok: false, rule: "DQ_AMBIGUOUS_DATE" });
    expect(parseDate("1.12.2027")).toMatchObject({ ok: false, rule: "DQ_AMBIGUOUS_DATE" });
  });

  test.each<[string, unknown]>([
    ["invalid calendar date", "2027-02-30"],
    ["invalid compact date", "20270230"],
    ["month 13", "2027-13-01"],
    ["both parts over 12", "13/13/2027"],
    ["day over 31", "6/32/2027"],
    ["zero day", "2027-06-00"],
    ["words", "next Friday"],
    ["two-digit year", "6/18/27"],
    ["a serial typed as text", "46556"],
    ["unknown month name", "18 Foo 2027"],
    ["blank text", "   "],
    ["zero serial", 0],
    ["negative serial", -5],
    ["serial past 9999-12-31", MAX_SERIAL + 1],
    ["8-digit number that is no date", 20271340],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["boolean", true],
    ["null", null],
    ["undefined", undefined],
    ["invalid Date", new Date(NaN)],
    ["year 10000", "10000-01-01"],
    ["year 1899", "1899-12-31"],
  ])("not a date: %s", (_label, v) => {
    expect(parseDate(v as never)).toEqual({ ok: false, rule: "DQ_NOT_A_DATE" });
  });

  test("leap years", () => {
    expect(parseDate("2028-02-29")).toEqual(ok(d("2028-02-29")));
    expect(parseDate("2027-02-29")).toMatchObject({ ok: false, rule: "DQ_NOT_A_DATE" });
  });

  test("serial boundaries", () => {
    expect(parseDate(1)).toEqual(ok(1));
    expect(parseDate(MAX_SERIAL)).toEqual(ok(MAX_SERIAL));
    expect(parseDate(MAX_SERIAL + 0.5)).toEqual(ok(MAX_SERIAL));
  });

  test("error values", () => {
    expect(parseDate({ error: "#N/A" })).toEqual({
      ok: false,
      rule: "DQ_ERROR_VALUE",
      code: "#N/A",
    });
    expect(parseDate("#REF!")).toEqual({ ok: false, rule: "DQ_ERROR_VALUE", code: "#REF!" });
  });
});
