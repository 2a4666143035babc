/**
 * Pins timelineLayout's whole output, part by part (a SHA-256 of each part's JSON), on the sample plan in English and
 * Chinese and on 350 products of the bench plan: a refactoring must leave every hash as it is; a change of the layout
 * changes the hashes of the parts it meant to change, and only those (update them here in the same commit).
 */
import { createHash } from "crypto";
import type { Plan } from "../../../src/core/plan";
import type { Lang } from "../../../src/core/schema/types";
import { timelineLayout, type TimelineLayout } from "../../../src/core/timeline";
import { benchTimelinePlan, sampleTimelinePlan } from "./plans";

const sha = (x: unknown): string => createHash("sha256").update(JSON.stringify(x)).digest("hex");

/** The layout's parts: what each hash covers. */
function parts(l: TimelineLayout): Record<string, string> {
  return {
    cells: sha({ rows: l.rows, keys: l.keys }),
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
    cells: "f6e742bfaf4ce2735e96cd7e96c6e75358f15bf759c80c56ad5105f9f4e506c5",
    fills: "b512f7d2b70f529e9e42b3a98dcaacc7f3099115cfd6f93d1f7d6eeef10b40ff",
    widths: "f64bcb7360e8847bf08312868ca401b975788d10bf9075e472fb8376e96eb30d",
    formats: "28ac79a0725270f539b08c585636e37f7c8f50d3d12993e3405c402861dde8af",
    groups: "3bf9bee14467fbb3cc7218ab3f4da575dc0db5f8c6ae1b6168bd26e8b2507b38",
    sheet: "40ea5ce363cb3de9141cffef6f0dd2373ff69c77ffcb156cb653ac848f8dc173",
  },
  "sample, zh-CN": {
    cells: "e55e96f3addd6beccf1b4ca25df62b805032171e25a41c59d68403950d60f16a",
    fills: "9030562d8caa8a50f8b06b1b6a31ad22614d02d5ab5d035cbdda52c12631053f",
    widths: "d554cc1adc796596134a325956d93a670d7c747e8ee26ded108a50b0bffa0aff",
    formats: "4d78154081cdad9733ebba415eceebb950b52f5128ce15252242b61f37df966e",
    groups: "400f0c3826dc249c7b67b65c5f73036eea3e365d1060f17782718613c15d7cb5",
    sheet: "934b248339931f7b1a2942e1a823fb0a4596f21d5a5e52b76f8a55a941376812",
  },
  "bench plan, 350 products, en": {
    cells: "32fd440edcf88fae7e439d0b0852f0279c0470ada465b9eb86f9f91efd28acc5",
    fills: "bc251c9574d2bfd4c9f66b3188bc279af1c7c1f3086998d5607ac9620494a4e4",
    widths: "f64bcb7360e8847bf08312868ca401b975788d10bf9075e472fb8376e96eb30d",
    formats: "6aebd90af47785d5e9d4bbc38edb586692d6e2888e830afcfbc83134ef6aa398",
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
