/**
 * A number cell's and a shared-string index's text read as Number reads it, whether the quick path for plain decimal
 * digits takes it or Number's own parse does: signs, points, leading zeros, 15 and more digits, exponents, spaces.
 */
import { cellValue, MissingString, type SheetXmlContext } from "../../src/core/xlsx/cellDecoding";

const ctx: SheetXmlContext = {
  sharedStrings: ["zero", "one", "two"],
  fullCalcOnLoad: false,
  isDateStyle: () => false,
  date1904: false,
};

const asNumber = (text: string): unknown => {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
};

const TEXTS = [
  "0",
  "-0",
  "7",
  "007",
  "12.5",
  "-12.50",
  "0.1",
  "0.3",
  "1234567890.12345",
  "123456789012345",
  "1234567890123456",
  "12345678901234567890",
  "0.000000000000000000001",
  "1.",
  ".5",
  "-",
  "-.5",
  "1.2.3",
  "1e3",
  "-1E-3",
  " 12",
  "12 ",
  "0x1A",
  "Infinity",
  "1_000",
  "١٢",
  "",
  " ",
];

test("a number cell's text is read as Number reads it", () => {
  for (const text of TEXTS)
    expect([text, cellValue(undefined, 0, text, ctx)]).toEqual([text, asNumber(text)]);
  for (const text of TEXTS)
    expect([text, cellValue("n", 0, text, ctx)]).toEqual([text, asNumber(text)]);
});

test("a shared string's index is read as Number reads it; one the table lacks is a MissingString", () => {
  expect(cellValue("s", 0, "0", ctx)).toBe("zero");
  expect(cellValue("s", 0, "002", ctx)).toBe("two");
  expect(cellValue("s", 0, "-0", ctx)).toBe("zero");
  expect(cellValue("s", 0, " 1 ", ctx)).toBe("one");
  expect(cellValue("s", 0, "1e0", ctx)).toBe("one");
  expect(cellValue("s", 0, " ", ctx)).toBeNull();
  for (const text of ["3", "1.5", "-1", "x"])
    expect(() => cellValue("s", 0, text, ctx)).toThrow(MissingString);
});
