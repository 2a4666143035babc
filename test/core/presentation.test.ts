/** The presentation constants every writer shares (src/core/presentation.ts). */
import { argb, HIGHLIGHT_FORMULA, isHighlight, ROW_COLOURS } from "../../src/core/presentation";

test("highlights are recognised by their marker", () => {
  expect(isHighlight(HIGHLIGHT_FORMULA)).toBe(true);
  expect(isHighlight('=$K2<>""')).toBe(false);
  expect(isHighlight(undefined)).toBe(false);
});

test("a CSS colour as a file stores it (ARGB), an ARGB colour as it is", () => {
  expect(argb(ROW_COLOURS.flag.fill)).toBe("FFFFC7CE");
  expect(argb("#9c0006")).toBe("FF9C0006");
  expect(argb("80FFC7CE")).toBe("80FFC7CE");
});
