import { comparePlans } from "../../../src/core/versions/compare/compare";
import { matchKeyFields } from "../../../src/core/versions/compare/matchKeys";
import { INPUT_SHEET_IDS } from "../../../src/core/versions/inputSheets";
import { sheetSpec } from "../../../src/core/schema/sheets";
import type { SheetId } from "../../../src/core/schema/types";
import { sampleWorkbook } from "../sampleWorkbook";

const FIGURES = ["number", "integer", "money", "percent"];
/** A price band is its bounds: the one key that is a figure. */
const BOUNDS: Partial<Record<SheetId, string[]>> = { market: ["priceFrom", "priceTo"] };

describe("the fields that match a row of one version with a row of another", () => {
  it.each(INPUT_SHEET_IDS.map((id) => [id]))("%s: no figure column in its key", (id) => {
    const spec = sheetSpec(id);
    const figures = matchKeyFields(id).filter(
      (f) =>
        FIGURES.includes(spec.columns.find((c) => c.field === f)?.type ?? "") &&
        !BOUNDS[id]?.includes(f)
    );
    expect(figures).toEqual([]);
  });

  // A figure edited on each of the issue 15–17 sheets of the sample is one change there, not a removal and an addition.
  it.each([
    ["sales", "Units"],
    ["service", "Inquiries"],
    ["market", "Market units"],
    ["competitors", "Price"],
  ] as [SheetId, string][])("%s: one figure edited is one change", (id, header) => {
    const before = sampleWorkbook(2027, "en");
    const name = sheetSpec(id).names.en;
    const after = {
      ...before,
      sheets: before.sheets.map((s) => {
        if (s.name !== name) return s;
        const col = s.rows[0].indexOf(header);
        expect(col).toBeGreaterThanOrEqual(0);
        const rows = s.rows.map((r) => [...r]);
        rows[1][col] = Number(rows[1][col]) + 7;
        return { ...s, rows };
      }),
    };
    const c = comparePlans(before, after, { today: before.today });
    const sheet = c.sheets.find((d) => d.after === name);
    expect(sheet?.added).toEqual([]);
    expect(sheet?.removed).toEqual([]);
    expect(sheet?.changed).toHaveLength(1);
  });
});
