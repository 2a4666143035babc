/**
 * Pins timelineLayout's whole output, part by part (a SHA-256 of each part's JSON), on the sample plan in English and
 * Chinese and on 350 products of the bench plan: a refactoring must leave every hash as it is; a change of the layout
 * changes the hashes of the parts it meant to change, and only those (update them here in the same commit). `shown`
 * (what a planner sees: columns A to the last week, formulas as their results) has not moved since these were pinned:
 * the promotion slots (issue 13) changed the formulas, the hidden columns and the fills, not one visible value.
 */
import { createHash } from "crypto";
import type { Plan } from "../../../src/core/plan";
import type { Lang } from "../../../src/core/schema/types";
import { timelineLayout, type TimelineLayout } from "../../../src/core/timeline";
import { isFormulaCell } from "../../../src/core/write/layout";
import { benchTimelinePlan, sampleTimelinePlan } from "./plans";

const sha = (x: unknown): string => createHash("sha256").update(JSON.stringify(x)).digest("hex");

/** What a planner sees: columns A to the last week, a formula cell as its result. */
function shown(l: TimelineLayout): unknown[][] {
  const end = 3 + l.weeks.length;
  return l.rows.map((row) => row.slice(0, end).map((c) => (isFormulaCell(c) ? c.result : c)));
}

/** The layout's parts: what each hash covers. */
function parts(l: TimelineLayout): Record<string, string> {
  return {
    shown: sha(shown(l)),
    cells: sha(l.rows),
    fills: sha(l.fills),
    widths: sha(l.columns),
    formats: sha({ formats: l.formats, numberFormats: l.numberFormats, legend: l.legend }),
    groups: sha(l.rowGroups),
    sheet: sha({
      id: l.id,
      name: l.name,
      year: l.year,
      weeks: l.weeks,
      freeze: l.freeze,
      calendarRow: l.calendarRow,
      hiddenRows: l.hiddenRows,
      merges: l.merges,
      missing: l.missing,
    }),
  };
}

const PINNED: Record<string, Record<string, string>> = {
  "sample, en": {
    // Unchanged since the key column gave way to promotion slots: the same text in every cell a planner sees.
    shown: "869f8704e4f56b1e593a04fe425902e7e7d2fe94bc4dfbfdf301032b32f490cc",
    cells: "b436fae81e88d3987b1a9c8116ffcecdb100b9e3cc369af9e9b148f9337154b1",
    fills: "fafddfa4072e61b96ac24d57fbeefaf3a9f2d1779d5e95f2310af3da2db60f3c",
    widths: "92a8a5cfc2a2b66b0e259bfea027130fd3d578b6a6132a1c604999f476a89906",
    formats: "eb187ca3b01394ced563f0eeb245cd204026836a59680a01c38fdb3beabfde64",
    groups: "3bf9bee14467fbb3cc7218ab3f4da575dc0db5f8c6ae1b6168bd26e8b2507b38",
    sheet: "40ea5ce363cb3de9141cffef6f0dd2373ff69c77ffcb156cb653ac848f8dc173",
  },
  "sample, zh-CN": {
    // Unchanged since the key column gave way to promotion slots: the same text in every cell a planner sees.
    shown: "8c204dce3eb84085b6fd141f18f03e8786d51fe1082a17819fe132aa19f7f5a4",
    cells: "15699c554dd7f19bf04476cdb6b4827bb21223dc4967d01b48a0935bf663753b",
    fills: "e1cdaac6f64f5cf074eb74d257d15050833f4aea96e5b61154c4fcbcffdf20ab",
    widths: "8839976a74d7f59949edab89df6226ba326599187ea3ce0643db8ebd65753872",
    formats: "dfe4b9c45f6bc86d6a5d2ff2fcec7157fe251693f14097625f633b5657fd99b7",
    groups: "400f0c3826dc249c7b67b65c5f73036eea3e365d1060f17782718613c15d7cb5",
    sheet: "934b248339931f7b1a2942e1a823fb0a4596f21d5a5e52b76f8a55a941376812",
  },
  "bench plan, 350 products, en": {
    // Unchanged since the key column gave way to promotion slots: the same text in every cell a planner sees.
    shown: "e2a6e6e080aed90d63f0f7eed78c78e957aca71679033333814b548c9fa11010",
    cells: "e57358460cf93d19ec4a855b766b53c09c46ee8c5a458b2df312b2ba62cc33a5",
    fills: "9e2000f6ed869e9667e6813e09a25710737b76b1826e7e8a790e4d7bc630b6f3",
    widths: "1a214b33dec7eefd80eb95dcb3669d85ce918b39d521ebfed769d3d6b828500d",
    formats: "f4a84644471b37721bd1063135bd0aa8d528b5531dc90e60d1b5f09b29094046",
    groups: "a42250069fe7694dd8018e515f480d08dfdb01417828eb6d2c993ea029067bf0",
    sheet: "40ea5ce363cb3de9141cffef6f0dd2373ff69c77ffcb156cb653ac848f8dc173",
  },
};

const cases: [string, () => Plan, Lang][] = [
  ["sample, en", () => sampleTimelinePlan("en"), "en"],
  ["sample, zh-CN", () => sampleTimelinePlan("zh-CN"), "zh-CN"],
  ["bench plan, 350 products, en", () => benchTimelinePlan(350), "en"],
];

describe("timelineLayout's output, pinned", () => {
  test.each(cases)("%s", (name, plan, lang) => {
    const got = parts(timelineLayout(plan(), { lang }));
    expect(got).toEqual(PINNED[name]);
  });
});
