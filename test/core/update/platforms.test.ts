/** Issue 16: Create / update brings the Platforms sheet to an existing plan with blank figures, and a new one with them. */
import { readPlan } from "../../../src/core/read/readPlan";
import { validatePlan } from "../../../src/core/validate";
import { planUpdate } from "../../../src/core/write/update";
import { planWorkbookLayout, seedsPlatformFigures } from "../../../src/core/write/planWorkbook";
import { isFormulaCell } from "../../../src/core/write/layout";
import type { CellValue } from "../../../src/core/cells";
import type { SheetInput } from "../../../src/core/read/readPlan";

const TODAY = new Date(Date.UTC(2026, 10, 25));

/** The sample as a workbook holds it, without its Platforms sheet (a plan from before issue 16). */
function oldPlan(): SheetInput[] {
  const l = planWorkbookLayout({
    lang: "en",
    year: 2027,
    sample: true,
    today: TODAY,
    formulas: true,
  });
  return l.sheets
    .filter((s) => s.id !== "platforms")
    .map((s) => ({
      name: s.name,
      rows: [
        s.headers,
        ...s.rows.map((r) =>
          r.map((c): CellValue => (isFormulaCell(c) ? c.result : (c as CellValue)))
        ),
      ],
    }));
}

describe("the Platforms sheet in Create / update", () => {
  it("a workbook holding none of our sheets is new: it gets the figures; a plan gets blank ones", () => {
    expect(seedsPlatformFigures([])).toBe(true);
    expect(seedsPlatformFigures([{ name: "Sheet1", rows: [] }])).toBe(true);
    expect(seedsPlatformFigures(oldPlan())).toBe(false);
  });

  it("adds the sheet with the four platforms and blank figures to an existing plan: its findings do not change", () => {
    const existing = oldPlan();
    const layout = planWorkbookLayout({
      lang: "en",
      year: 2027,
      sample: false,
      today: TODAY,
      formulas: true,
      platformFigures: seedsPlatformFigures(existing),
    });
    const u = planUpdate(existing, layout, { sample: false });
    const p = u.sheets.find((s) => s.layout.id === "platforms");
    expect(p?.kind).toBe("create");
    const block = p && p.kind === "create" ? p.blocks[0].cells : [];
    expect(block.slice(1).map((r) => r[0])).toEqual(["Tmall", "JD", "Pinduoduo", "Douyin"]);
    // Every figure blank (columns B..K); the Note says the Settings apply.
    for (const r of block.slice(1)) expect(r.slice(1, 11).every((c) => c === null)).toBe(true);

    const before = validatePlan(readPlan({ sheets: existing }, { today: TODAY }), undefined, {
      today: TODAY,
    });
    const platforms = { name: "Platforms", rows: block as CellValue[][] };
    const after = validatePlan(
      readPlan({ sheets: [...existing, platforms] }, { today: TODAY }),
      undefined,
      {
        today: TODAY,
      }
    );
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(20);
  });
});
