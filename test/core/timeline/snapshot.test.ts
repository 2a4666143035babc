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
    // Issues 15 and 16: the six single-platform SKUs (rows, D and B weeks), presale slots, D/B and stock-out colours.
    // Then the presale slots compacted to the promotions with a presale date: cells, fills, widths; `shown` as it was.
    // Then the Products row helper verifying the row it was written from (issue 13): cells, fills; `shown` as it was.
    shown: "a51ba025acd4e33090720c750be4aae86af4b148784fa6f7958c633e99f16041",
    cells: "6e45f11867e35a27e72ffc1a6b954fdd05436b7e784980f536989b2820d2646e",
    fills: "2095561fc282e7693497bd006672cf3ad9821a740b9bbf45f2f88395611dea12",
    widths: "ee8fbc8e1fd16c5dda76b33729b7a922e1957702109070b98ac4068dccd73264",
    formats: "27fb35e1fe7d447ced79af5bcec3487e9faf67ac696e40810a3de0e952c78946",
    groups: "a2664ea8fec348214f04e699e1f3cb486dbc6b16ee1bb17256c7dffa3a31dfc3",
    sheet: "40ea5ce363cb3de9141cffef6f0dd2373ff69c77ffcb156cb653ac848f8dc173",
  },
  "sample, zh-CN": {
    // Issues 15 and 16: the six single-platform SKUs (rows, D and B weeks), presale slots, D/B and stock-out colours.
    // Then the presale slots compacted to the promotions with a presale date: cells, fills, widths; `shown` as it was.
    shown: "cd597d78f65bf60daf796264059a35b0fd98eac74d7363d0fabfab73b07b27c9",
    cells: "4b6c93f02dd5ea6f0ca32da2d7b52d2ec077ce25059f1dccc4628c41ce6813a6",
    fills: "c24e650ca689cd4e7d1b2ab4affe7b4bf2a2a9f5d70bfc5467f965a3568be804",
    widths: "b34c26005d73c970b22bda7bd98c6f5bc52a902ef5d8a6bed3a128be2286b239",
    formats: "d53b173eddfd71ea06c32bf75a9f829e885539eec9028a2ebfd8e2b454902489",
    groups: "1e1040000acba34c70bb31eb1f9e36ee52c410bda2b16043621b4d6ab6a77775",
    sheet: "934b248339931f7b1a2942e1a823fb0a4596f21d5a5e52b76f8a55a941376812",
  },
  "bench plan, 350 products, en": {
    // Unchanged since the key column gave way to promotion slots, but for `formats`: issue 16's D and B colour rules
    // (a plan without presales gets no presale slots and no D/B test in its week formulas).
    shown: "e2a6e6e080aed90d63f0f7eed78c78e957aca71679033333814b548c9fa11010",
    cells: "bb9d0f41539abbeb9667572b826eb1e4d7f069bca1d57b5ecfa19793292cde1f",
    fills: "996b63f213cf49e6ac6ebd2ce3bd71a62d4ae46cc0f151ca3125106701b532d9",
    widths: "1a214b33dec7eefd80eb95dcb3669d85ce918b39d521ebfed769d3d6b828500d",
    formats: "a6c2a3ad23679e3cdcf592a0e66656caf5d2371a9840daa4d08c1afe7f76d195",
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
