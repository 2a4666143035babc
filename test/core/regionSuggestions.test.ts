import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import { regionSuggestionFill } from "../../src/core/regionSuggestions";
import type { Lang } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import { sampleSheets } from "../taskpane/fakePort";

const settings = (share: number): SheetInput => ({
  name: "Settings",
  rows: [
    ["Setting", "Value"],
    ["Split-warehouse share", share],
  ],
});

function fill(sheets: SheetInput[], lang: Lang = "en") {
  return regionSuggestionFill(sheets, readPlan({ sheets }), { lang });
}

describe("regionSuggestionFill", () => {
  it("addresses the sheet's own Suggestion column wherever the planner moved it, data rows only", () => {
    // A used range starting at B3: two note rows, then the header with Suggestion moved to the second column.
    const regions: SheetInput = {
      name: "Regions",
      firstRow: 3,
      firstCol: 2,
      rows: [
        ["Where our orders come from", null, null, null],
        [null, null, null, null],
        ["Region", "Suggestion", "Orders share", "Warehouse"],
        ["Jiangsu", "old text", 0.4, "Guangzhou DC"], // row 6: suggested
        ["Guangdong", "Open a split warehouse in Guangdong", 0.35, "Guangdong warehouse"], // served: cleared
        [null, "a note in a blank row", null, null], // row 8: not a data row
        ["Sichuan", null, 0.1, null], // row 9: small, nothing
        ["Hubei", "stale", "lots", null], // row 10: unreadable share (DQ row), cleared
        ["Zhejiang", "", "30%", ""], // row 11: no warehouse, 30 % ≥ 25 %
      ],
    };
    const f = fill([settings(0.25), regions]);
    expect(f).toEqual({
      sheet: "Regions",
      column: "C",
      header: "Suggestion",
      suggested: 2,
      cells: [
        { address: "Regions!C6", row: 6, value: "Open a split warehouse in Jiangsu" },
        { address: "Regions!C7", row: 7, value: "" },
        { address: "Regions!C9", row: 9, value: "" },
        { address: "Regions!C10", row: 10, value: "" },
        { address: "Regions!C11", row: 11, value: "Open a split warehouse in Zhejiang" },
      ],
    });
  });

  it("fills a 简体中文 sheet with Chinese region names, in the pane's language", () => {
    const regions: SheetInput = {
      name: "地区",
      rows: [
        ["地区", "订单占比", "仓库", "配送天数", "建议"],
        ["华东", 0.34, "华南", 2.5, null],
        ["华南", 0.22, "华南分仓", 1.2, "建议在华南设分仓"],
        ["华北地区", 0.3, "华北仓", 1.5, null],
        ["西北", 0.04, null, 3.6, null],
        ["广东省", 0.3, null, 2, null],
      ],
    };
    const zh = fill([regions], "zh-CN");
    expect(zh.column).toBe("E");
    expect(zh.header).toBe("建议");
    expect(zh.cells.map((c) => [c.address, c.value])).toEqual([
      ["地区!E2", "建议在华东设分仓"],
      ["地区!E3", ""],
      ["地区!E4", ""],
      ["地区!E5", ""],
      ["地区!E6", "建议在广东省设分仓"],
    ]);
    expect(zh.suggested).toBe(2);
    // An English pane writes its own language into the same cells.
    expect(fill([regions], "en").cells.map((c) => c.value)).toEqual([
      "Open a split warehouse in 华东",
      "",
      "",
      "",
      "Open a split warehouse in 广东省",
    ]);
  });

  it("addresses nothing when the sheet has no Suggestion column, or there is no Regions sheet", () => {
    const older: SheetInput = {
      name: "Regions",
      rows: [
        ["Region", "Orders share", "Warehouse"],
        ["Jiangsu", 0.4, null],
      ],
    };
    const plan = readPlan({ sheets: [older] });
    expect(plan.regions).toHaveLength(1); // the rows are read, the rule still fires…
    expect(regionSuggestionFill([older], plan, { lang: "en" })).toEqual({
      sheet: "Regions",
      column: null,
      header: null,
      cells: [],
      suggested: 0,
    });
    expect(fill([settings(0.25)])).toEqual({
      sheet: null,
      column: null,
      header: null,
      cells: [],
      suggested: 0,
    });
    // A Regions sheet without its key headers is not read at all.
    expect(fill([{ name: "Regions", rows: [["notes"], ["Suggestion"]] }]).sheet).toBeNull();
  });

  it("reads the Regions sheet the plan was read from when two sheets mean Regions", () => {
    const header = ["Region", "Orders share", "Suggestion"];
    const sheets: SheetInput[] = [
      { name: "Regions", rows: [header, ["Jiangsu", 0.5, null]] },
      {
        name: "地区",
        rows: [
          ["地区", "订单占比", "建议"],
          ["华东", 0.5, null],
        ],
      },
    ];
    const f = fill(sheets);
    expect(f.cells).toEqual([
      { address: "Regions!C2", row: 2, value: "Open a split warehouse in Jiangsu" },
    ]);
  });

  it.each<Lang>(["en", "zh-CN"])(
    "on the sample plan (%s): suggests on exactly SPLIT_WAREHOUSE's cells, with the template's own texts",
    (lang) => {
      const sheets = sampleSheets(lang);
      const plan = readPlan({ sheets });
      const f = regionSuggestionFill(sheets, plan, { lang });
      expect(f.cells).toHaveLength(plan.regions.length);
      const flagged = validatePlan(plan, plan.settings, { lang })
        .filter((x) => x.rule === "SPLIT_WAREHOUSE")
        .map((x) => x.address);
      expect(flagged.length).toBeGreaterThan(0);
      expect(f.cells.filter((c) => c.value !== "").map((c) => c.address)).toEqual(flagged);
      expect(f.suggested).toBe(flagged.length);
      // The template wrote the same texts: a fill of a fresh workbook changes nothing.
      const regions = sheets.find((s) => s.name === f.sheet);
      const col = regions?.rows[0].indexOf(f.header);
      expect(col).toBeGreaterThanOrEqual(0);
      const written = f.cells.map((c) => regions?.rows[c.row - 1][col ?? -1] ?? "");
      expect(written).toEqual(f.cells.map((c) => c.value));
    }
  );
});
