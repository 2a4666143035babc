/**
 * The Timeline as a spreadsheet recalculates it (HyperFormula on the plan's own sheets): the week cells show what the
 * core computed, on the sample and on 350 products of the bench plan — as written, and after an edit of Promotions or
 * Products, where they show what the core computes for the edited plan (the bar moves with no rewrite).
 */
import { columnIndex } from "../../../src/core/cells";
import type { Plan, Promotion, Row } from "../../../src/core/plan";
import { sheetSpec } from "../../../src/core/schema/sheets";
import type { Lang, SheetId } from "../../../src/core/schema/types";
import { timelineLayout, type TimelineLayout } from "../../../src/core/timeline";
import { platformLabeller } from "../../../src/core/timeline/values";
import { isFormulaCell, nameIn, schemaLetters } from "../../../src/core/write/layout";
import { benchTimelinePlan, sampleTimelinePlan } from "./plans";
import { evaluate, type Evaluated } from "./workbook";

/** Where the week cells (rows 6 on) differ between the engine and `expected`'s cached results. */
function weekDifferences(wb: Evaluated, expected: TimelineLayout): string[] {
  const out: string[] = [];
  const first = columnIndex(expected.weeks[0].column);
  const last = columnIndex(expected.weeks[expected.weeks.length - 1].column);
  expected.rows.forEach((row, r) => {
    for (let c = first; c <= last; c++) {
      const cell = row[c - 1];
      if (!isFormulaCell(cell)) continue;
      const got = wb.value(r + 1, c);
      if (got !== cell.result)
        out.push(`R${r + 1}C${c}: ${JSON.stringify(got)} ≠ ${JSON.stringify(cell.result)}`);
    }
  });
  return out.slice(0, 10);
}

/** Every formula cell of the layout (helpers and slots too) against the engine. */
function allDifferences(wb: Evaluated, l: TimelineLayout): string[] {
  const out: string[] = [];
  l.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isFormulaCell(cell)) return;
      const got = wb.value(r + 1, c + 1);
      if (got !== cell.result)
        out.push(`R${r + 1}C${c + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(cell.result)}`);
    })
  );
  return out.slice(0, 10);
}

const withPromotion = (plan: Plan, index: number, v: Partial<Promotion>): Plan => ({
  ...plan,
  promotions: plan.promotions.map((p, i): Row<Promotion> =>
    i === index ? { ...p, v: { ...p.v, ...v } } : p
  ),
});

/** A promotion of a product on the Timeline, overlapping the plan year, and its sheet cell. */
function promotionOnTimeline(plan: Plan, l: TimelineLayout, nth = 0): number {
  const skus = new Set(plan.products.map((p) => p.v.sku.toLowerCase()));
  const first = l.weeks[0].monday;
  const found = plan.promotions
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p }) => skus.has(p.v.sku.toLowerCase()) && p.v.start > first + 30 && p.v.end < first + 300
    );
  return found[nth].i;
}

const cases: [string, () => Plan, Lang][] = [
  ["the sample, en", () => sampleTimelinePlan("en"), "en"],
  ["the sample, zh-CN", () => sampleTimelinePlan("zh-CN"), "zh-CN"],
  ["350 products of the bench plan", () => benchTimelinePlan(350), "en"],
];

describe.each(cases)("%s", (_name, makePlan, lang) => {
  let plan: Plan;
  let layout: TimelineLayout;
  let wb: Evaluated;
  const platformText = (p: Plan) => platformLabeller(p.lists.platforms, lang === "zh-CN");
  const open = (p: Plan, l: TimelineLayout): Evaluated => evaluate(p, l, lang, platformText(p));
  /** Types into the engine's input sheet, laid out as the template lays it out (test/core/timeline/workbook.ts). */
  const setCell = (id: SheetId, row: number, field: string, value: number | string): void => {
    const sheet = wb.engine.getSheetId(nameIn(sheetSpec(id).names, lang)) as number;
    const col = columnIndex(schemaLetters(id, field)) - 1;
    wb.engine.setCellContents({ sheet, row: row - 1, col }, [[value]]);
  };

  beforeAll(() => {
    plan = makePlan();
    layout = timelineLayout(plan, { lang });
    wb = open(plan, layout);
  });

  it("every formula cell, helpers and slots too, recalculates to its cached result", () => {
    expect(allDifferences(wb, layout)).toEqual([]);
  });

  it("a promotion's Start and End moved: the week cells show what the core computes for the edited plan", () => {
    const i = promotionOnTimeline(plan, layout);
    const p = plan.promotions[i];
    const moved = withPromotion(plan, i, { start: p.v.start + 17, end: p.v.end + 23 });
    setCell("promotions", p.row, "start", p.v.start + 17);
    setCell("promotions", p.row, "end", p.v.end + 23);
    const expected = timelineLayout(moved, { lang });
    expect(weekDifferences(wb, expected)).toEqual([]);
    // It did move something.
    expect(weekDifferences(wb, layout)).not.toEqual([]);
    plan = moved;
  });

  it("a promotion's Platform changed: its weeks show the new platform", () => {
    const i = promotionOnTimeline(plan, layout, 1);
    const p = plan.promotions[i];
    const platform = p.v.platform === "JD" ? "Douyin" : "JD";
    const changed = withPromotion(plan, i, { platform });
    setCell("promotions", p.row, "platform", platformText(plan)(platform));
    plan = changed;
    expect(weekDifferences(wb, timelineLayout(plan, { lang }))).toEqual([]);
  });

  it("a launch date moved in Products: the launch week moves", () => {
    const i = plan.products.findIndex((p) => p.v.launchDate !== undefined);
    const p = plan.products[i];
    const launchDate = (p.v.launchDate ?? 0) + 21;
    const moved = {
      ...plan,
      products: plan.products.map((x, j) => (j === i ? { ...x, v: { ...x.v, launchDate } } : x)),
    };
    setCell("products", p.row, "launchDate", launchDate);
    expect(weekDifferences(wb, timelineLayout(moved, { lang }))).toEqual([]);
    plan = moved;
  });

  it("a promotion moved to another SKU: its bar leaves the old product at once, and comes to the new one on a rewrite", () => {
    const i = promotionOnTimeline(plan, layout, 2);
    const p = plan.promotions[i];
    const other = plan.products.find((x) => x.v.sku.toLowerCase() !== p.v.sku.toLowerCase());
    if (!other) throw new Error("one product only");
    setCell("promotions", p.row, "sku", other.v.sku);
    // Live: as if the promotion were gone (it is no longer this product's; the other product has no slot for it).
    const gone = { ...plan, promotions: plan.promotions.filter((_, j) => j !== i) };
    expect(weekDifferences(wb, timelineLayout(gone, { lang }))).toEqual([]);
    // Written again: where it now belongs.
    const moved = withPromotion(plan, i, { sku: other.v.sku });
    const rewritten = timelineLayout(moved, { lang });
    expect(allDifferences(open(moved, rewritten), rewritten)).toEqual([]);
  });
});
