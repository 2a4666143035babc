// Text runs over empty neighbours as Excel draws it: stopped by a value, a formula (even one showing ""), a merge or
// the frozen columns' edge.
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { spillWidth } from "../../src/preview/sheetModel";

const cols = [1, 2, 3, 4, 5];
const widths = [100, 50, 60, 70, 80];

function sheetWith(cells: Record<string, string | null>) {
  const wb = new MemoryWorkbook();
  const s = wb.addSheet("S");
  for (const [address, value] of Object.entries(cells)) wb.setCell("S", address, value);
  return s;
}

describe("spillWidth", () => {
  it("runs over every empty cell to the right", () => {
    const s = sheetWith({ A1: "Dashboard — Daily trends" });
    expect(spillWidth(s, 1, 0, cols, widths, new Set())).toBe(50 + 60 + 70 + 80);
  });

  it("stops at the first cell holding a value", () => {
    const s = sheetWith({ A1: "Secondary (20)", D1: "x" });
    expect(spillWidth(s, 1, 0, cols, widths, new Set())).toBe(50 + 60);
    expect(spillWidth(s, 1, 2, cols, widths, new Set())).toBe(0);
  });

  it("stops at a formula, even one that shows nothing", () => {
    const s = sheetWith({ A1: "Title", C1: '=""' });
    expect(spillWidth(s, 1, 0, cols, widths, new Set())).toBe(50);
  });

  it("stops at a merged cell and at the edge of the frozen columns", () => {
    const s = sheetWith({ A1: "Title" });
    expect(spillWidth(s, 1, 0, cols, widths, new Set(["1:4"]))).toBe(50 + 60);
    s.frozenColumns = 2;
    expect(spillWidth(s, 1, 0, cols, widths, new Set())).toBe(50);
  });

  it("follows the shown columns: a hidden column's width is not counted", () => {
    const s = sheetWith({ A1: "Title" });
    // Column C hidden: B, D, E shown.
    expect(spillWidth(s, 1, 0, [1, 2, 4, 5], [100, 50, 70, 80], new Set())).toBe(50 + 70 + 80);
  });
});
