import { translator } from "../../src/core/i18n";
import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import { isOurSuggestion, regionSuggestionFill } from "../../src/core/regionSuggestions";
import type { Lang } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import { warehousingSummary } from "../../src/core/warehousing";
import { sampleSheets } from "../taskpane/fakePort";

const settings = (share: number): SheetInput => ({
  name: "Settings",
  rows: [
    ["Setting", "Value"],
    ["Split-warehouse share", share],
  ],
});

function fill(sheets: SheetInput[]) {
  return regionSuggestionFill(sheets, readPlan({ sheets }));
}

/** Our Suggestion text for `region` in `lang`, straight from the warehousing summary's template. */
const ours = (lang: Lang, region: string): string =>
  translator(lang)("warehousing:suggestion", { region });

describe("isOurSuggestion", () => {
  it.each<Lang>(["en", "zh-CN"])(
    "knows the template's text (%s) for any region, names with regex characters too",
    (lang) => {
      for (const region of ["Jiangsu", "华东", "A.B (east)+", "Hubei [2]", "广东省*", "x"])
        expect(isOurSuggestion(ours(lang, region))).toBe(true);
      // As a planner's cell may hold it: padded.
      expect(isOurSuggestion(`  ${ours(lang, "华北")}  `)).toBe(true);
    }
  );

  it("is false for a planner's own text, near misses included", () => {
    for (const text of [
      "old text",
      "Open a split warehouse in", // no region
      "Open a split warehouse in ", // no region
      "open a split warehouse in Jiangsu", // not our spelling
      "Open a split warehouse in Jiangsu, but only after 618", // ours, with the planner's remark
      "Open a split warehouse in Jiangsu; ask the 3PL",
      "Open a split warehouse in Jiangsu?",
      "Open a split warehouse in Jiangsu\nand Anhui",
      "Do not open a split warehouse in Jiangsu",
      "建议在华东设分仓，下个月再议",
      "建议在华东，华北设分仓",
      "建议在设分仓",
      "等双11后建议在华东设分仓",
    ])
      expect([text, isOurSuggestion(text)]).toEqual([text, false]);
    for (const v of [null, undefined, "", "   ", 42, true, { error: "#N/A" }])
      expect(isOurSuggestion(v)).toBe(false);
  });
});

describe("regionSuggestionFill", () => {
  it("addresses the sheet's own Suggestion column wherever the planner moved it, and keeps what the planner typed", () => {
    // A used range starting at B3: two note rows, then the header with Suggestion moved to the second column.
    const regions: SheetInput = {
      name: "Regions",
      firstRow: 3,
      firstCol: 2,
      rows: [
        ["Where our orders come from", null, null, null],
        [null, null, null, null],
        ["Region", "Suggestion", "Orders share", "Warehouse"],
        ["Jiangsu", "old text", 0.4, "Guangzhou DC"], // row 6: suggested, but the planner's text stays
        ["Guangdong", "Open a split warehouse in Guangdong", 0.35, "Guangdong warehouse"], // row 7: served, ours: cleared
        [null, "a note in a blank row", null, null], // row 8: not a data row, not ours: not addressed
        ["Sichuan", null, 0.1, null], // row 9: small, nothing
        ["Hubei", "stale", "lots", null], // row 10: unreadable share (DQ row), the planner's text stays
        ["Zhejiang", "", "30%", ""], // row 11: no warehouse, 30 % ≥ 25 %
        ["Anhui", 42, 0.3, null], // row 12: suggested, but the cell holds a number the planner typed
        ["Henan", "建议在河南设分仓", 0.3, null], // row 13: ours in 简体中文: rewritten in the sheet's English
      ],
    };
    const f = fill([settings(0.25), regions]);
    expect(f).toEqual({
      sheet: "Regions",
      column: "C",
      header: "Suggestion",
      lang: "en",
      regions: 7,
      suggested: 2,
      cells: [
        { address: "Regions!C7", row: 7, value: "" },
        { address: "Regions!C9", row: 9, value: "" },
        { address: "Regions!C11", row: 11, value: "Open a split warehouse in Zhejiang" },
        { address: "Regions!C13", row: 13, value: "Open a split warehouse in Henan" },
      ],
      kept: [
        { address: "Regions!C6", row: 6, text: "old text" },
        { address: "Regions!C10", row: 10, text: "stale" },
        { address: "Regions!C12", row: 12, text: "42" },
      ],
    });
    // Jiangsu and Anhui are still suggested: only their cells are the planner's.
    const summary = warehousingSummary(readPlan({ sheets: [settings(0.25), regions] }), {
      lang: "en",
    });
    expect(summary.regions.filter((r) => r.suggested).map((r) => r.region)).toEqual(
      expect.arrayContaining(["Jiangsu", "Anhui", "Zhejiang", "Henan"])
    );
  });

  it("clears a stale suggestion of ours in a row whose region the planner cleared (not counted as a region)", () => {
    const regions: SheetInput = {
      name: "Regions",
      rows: [
        ["Region", "Orders share", "Warehouse", "Suggestion"],
        ["Jiangsu", 0.4, null, "Open a split warehouse in Jiangsu"],
        [null, null, null, "Open a split warehouse in Beijing"], // the planner deleted Beijing's data
        [null, null, null, "建议在华东设分仓"], // and a 简体中文 one of ours
        [null, null, null, "Beijing: ask the 3PL first"], // the planner's note: not a data row, left alone
        [null, null, null, null],
      ],
    };
    const f = fill([regions]);
    expect(f.cells).toEqual([
      { address: "Regions!D2", row: 2, value: "Open a split warehouse in Jiangsu" },
      { address: "Regions!D3", row: 3, value: "" },
      { address: "Regions!D4", row: 4, value: "" },
    ]);
    expect(f.kept).toEqual([]);
    expect(f.regions).toBe(1);
    expect(f.suggested).toBe(1);
  });

  it("knows its own text for a region whose name reads like a sentence", () => {
    const regions: SheetInput = {
      name: "Regions",
      rows: [
        ["Region", "Orders share", "Warehouse", "Suggestion"],
        ["Jiangsu, Zhejiang", 0.4, "Jiangsu DC", "Open a split warehouse in Jiangsu, Zhejiang"],
        ["Anhui, Henan", 0.1, null, "建议在Anhui, Henan设分仓"],
        ["Hubei", 0.1, null, "Open a split warehouse in Hubei, then Hunan"],
      ],
    };
    expect(isOurSuggestion("Open a split warehouse in Jiangsu, Zhejiang")).toBe(false);
    const f = fill([regions]);
    expect(f.cells).toEqual([
      { address: "Regions!D2", row: 2, value: "" },
      { address: "Regions!D3", row: 3, value: "" },
    ]);
    expect(f.kept).toEqual([
      { address: "Regions!D4", row: 4, text: "Open a split warehouse in Hubei, then Hunan" },
    ]);
  });

  it("writes a 简体中文 sheet's suggestions in 简体中文, an English sheet's in English, whatever its region names", () => {
    const rows = [
      ["地区", "订单占比", "仓库", "配送天数", "建议"],
      ["华东", 0.34, "华南", 2.5, null],
      ["华南", 0.22, "华南分仓", 1.2, "建议在华南设分仓"],
      ["华北地区", 0.3, "华北仓", 1.5, null],
      ["西北", 0.04, null, 3.6, "Open a split warehouse in 西北"],
      ["广东省", 0.3, null, 2, null],
    ];
    const zh = fill([{ name: "地区", rows }]);
    expect(zh.lang).toBe("zh-CN");
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
    expect(zh.regions).toBe(5);
    // 繁體中文 sheet names read as Chinese too: the texts we have are 简体中文.
    expect(fill([{ name: "地區", rows }]).cells.map((c) => c.value)).toEqual(
      zh.cells.map((c) => c.value)
    );
    // The same rows on a sheet called Regions: English texts.
    const en = fill([{ name: "Regions", rows }]);
    expect(en.lang).toBe("en");
    expect(en.cells.map((c) => c.value)).toEqual([
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
    expect(regionSuggestionFill([older], plan)).toEqual({
      sheet: "Regions",
      column: null,
      header: null,
      lang: "en",
      cells: [],
      kept: [],
      regions: 0,
      suggested: 0,
    });
    expect(fill([settings(0.25)])).toEqual({
      sheet: null,
      column: null,
      header: null,
      lang: "en",
      cells: [],
      kept: [],
      regions: 0,
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
      const f = regionSuggestionFill(sheets, plan);
      expect(f.lang).toBe(lang);
      expect(f.cells).toHaveLength(plan.regions.length);
      expect(f.regions).toBe(plan.regions.length);
      expect(f.kept).toEqual([]);
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
