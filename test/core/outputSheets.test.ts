import {
  assertOurs,
  isOutputSheetConflict,
  OutputSheetConflict,
  outputSheetName,
} from "../../src/core/outputSheets";

describe("outputSheetName", () => {
  it("finds the output under any language's name, the first in tab order", () => {
    expect(outputSheetName(["Products", "看板", "Dashboard"], "dashboard", "Dashboard")).toBe(
      "看板"
    );
    expect(outputSheetName(["Products", "时间线"], "timeline", "Timeline")).toBe("时间线");
  });

  it("finds the layout's own name, and nothing when the workbook has none", () => {
    expect(outputSheetName(["Products", "Plan calendar"], "timeline", "plan calendar")).toBe(
      "Plan calendar"
    );
    expect(outputSheetName(["Products", "Daily"], "dashboard", "Dashboard")).toBeUndefined();
  });
});

describe("assertOurs", () => {
  const isTitle = (a1: unknown) => a1 === "Our title";

  it("passes a sheet whose A1 holds our title, or an empty one", () => {
    expect(() => assertOurs("Dashboard", { a1: "Our title", empty: false }, isTitle)).not.toThrow();
    expect(() => assertOurs("Dashboard", { a1: undefined, empty: true }, isTitle)).not.toThrow();
  });

  it("stops at a planner's own sheet, naming it", () => {
    let err: unknown;
    try {
      assertOurs("Dashboard", { a1: "KPI 2027", empty: false }, isTitle);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect(isOutputSheetConflict(err)).toBe(true);
    expect((err as OutputSheetConflict).sheet).toBe("Dashboard");
  });
});
