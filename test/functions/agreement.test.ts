/**
 * The row checks agree with validatePlan on the rules they cover: random plans are validated, and each row's check
 * is called with the values its Flags formula hands it (the row's cells, the SKU's Products values, the Max promo
 * days in force, the running total). The CLI sample gets the same treatment through the template (phase 2).
 */
import fc from "fast-check";
import type { BudgetLine, CalendarEvent, Product, Promotion, Price } from "../../src/core/plan";
import { readPlan } from "../../src/core/read/readPlan";
import { sheetSpec } from "../../src/core/schema/sheets";
import type { SheetId } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import {
  BUDGETCHECK,
  BUDGETCHECK_RULES,
  flagRules,
  PRICECHECK,
  PRODUCTCHECK,
  PRODUCTCHECK_RULES,
  PROMOCHECK,
  PROMOCHECK_RULES,
} from "../../src/core/functions/definitions";
import { invokeSingle, type FunctionDef } from "../../src/core/functions/runner";
import { d, planOf } from "../core/fixtures";

/** The Prices Flags formula passes no platform prices: PRICE_SPREAD is left to the validator there. */
const PRICES_FLAG_RULES = ["BELOW_FLOOR", "BELOW_COST"];

const Y0 = d("2027-01-01");
const day = fc.integer({ min: Y0 - 40, max: Y0 + 400 });
const money = fc.integer({ min: 0, max: 400 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const SKUS = ["A", "B", "C", "D"];

const product = (sku: string) =>
  fc.record({
    sku: fc.constant(sku),
    tier: fc.constantFrom("launch", "hero", "secondary", "offline-only", "presale"),
    listPrice: fc.integer({ min: 1, max: 400 }),
    floorPrice: maybe(money),
    unitCost: maybe(money),
    launchDate: maybe(day),
    presaleStart: maybe(day),
    warehouseEntry: maybe(day),
    platforms: fc.constant<string[]>(["Tmall", "JD"]),
  });

const promotion = fc
  .record({
    sku: fc.constantFrom(...SKUS),
    platform: fc.constantFrom("Tmall", "JD"),
    start: day,
    length: fc.integer({ min: 0, max: 7 }),
    promoPrice: money,
    coupon: maybe(fc.integer({ min: 0, max: 60 })),
    postPromoPrice: maybe(money),
  })
  .map(({ length, ...p }): Promotion => ({ ...p, end: p.start + length }));

const price = fc.record({
  sku: fc.constantFrom(...SKUS),
  platform: fc.constantFrom("Tmall", "JD"),
  price: money,
  effectiveFrom: day,
});

const event = fc
  .record({
    from: day,
    length: fc.integer({ min: 0, max: 20 }),
    maxPromoDays: maybe(fc.integer({ min: 1, max: 6 })),
  })
  .map(({ length, ...e }): CalendarEvent => ({
    event: "E",
    kind: "festival",
    ...e,
    to: e.from + length,
  }));

const budget = fc.record({
  channel: fc.constantFrom("Fake orders", "Coupons", "CPC search ads"),
  amount: fc.integer({ min: 0, max: 30000 }),
});

const checkOf = (def: FunctionDef, args: unknown[]): string[] => {
  const r = invokeSingle(def, args);
  if (typeof r !== "string")
    throw new Error(`${def.name}(${JSON.stringify(args)}) gave ${JSON.stringify(r)}`);
  return flagRules(r);
};

describe("row checks agree with validatePlan", () => {
  test("on random plans, row by row, for the rules each check covers", () => {
    fc.assert(
      fc.property(
        fc.tuple(...SKUS.map(product)),
        fc.array(promotion, { maxLength: 12 }),
        fc.array(price, { maxLength: 10 }),
        fc.array(event, { maxLength: 3 }),
        fc.array(budget, { maxLength: 6 }),
        fc.record({
          cap: fc.integer({ min: 10000, max: 60000 }),
          max: fc.integer({ min: 1, max: 5 }),
          lead: fc.integer({ min: 0, max: 14 }),
        }),
        (products, promotions, prices, calendar, lines, s) => {
          const plan = planOf({
            products: products as Product[],
            promotions,
            prices: prices as Price[],
            calendar,
            budget: lines as BudgetLine[],
            settings: {
              planYear: 2027,
              budgetCap: s.cap,
              maxPromoDays: s.max,
              warehouseLeadDays: s.lead,
            },
          });
          const found = new Map<string, Set<string>>();
          for (const f of validatePlan(plan, plan.settings, { lang: "en" })) {
            const k = `${f.sheet}|${f.row}`;
            found.set(k, (found.get(k) ?? new Set()).add(f.rule));
          }
          const expected = (sheet: SheetId, row: number, covered: readonly string[]) =>
            covered.filter((r) => found.get(`${sheetSpec(sheet).names.en}|${row}`)?.has(r));
          const bySku = new Map(plan.products.map((p) => [p.v.sku, p.v]));

          for (const p of plan.products) {
            const starts = plan.promotions.filter((x) => x.v.sku === p.v.sku).map((x) => x.v.start);
            const first = starts.length ? Math.min(...starts) : "";
            const args = [
              p.v.tier,
              p.v.launchDate,
              p.v.presaleStart,
              p.v.warehouseEntry,
              s.lead,
              2027,
              first,
            ];
            expect(checkOf(PRODUCTCHECK, args)).toEqual(
              expected("products", p.row, PRODUCTCHECK_RULES)
            );
          }
          for (const r of plan.promotions) {
            const prod = bySku.get(r.v.sku) as Product;
            const overrides = plan.calendar
              .filter(
                (e) => e.v.maxPromoDays !== undefined && e.v.from <= r.v.end && e.v.to >= r.v.start
              )
              .map((e) => e.v.maxPromoDays as number);
            const maxDays = overrides.length ? Math.min(...overrides) : s.max;
            const args = [
              r.v.start,
              r.v.end,
              r.v.promoPrice,
              prod.listPrice,
              r.v.postPromoPrice,
              prod.floorPrice,
              maxDays,
              r.v.coupon,
              prod.unitCost,
            ];
            expect(checkOf(PROMOCHECK, args)).toEqual(
              expected("promotions", r.row, PROMOCHECK_RULES)
            );
          }
          for (const r of plan.prices) {
            const prod = bySku.get(r.v.sku) as Product;
            const args = [r.v.price, prod.floorPrice, "", 0.05, prod.unitCost];
            expect(checkOf(PRICECHECK, args)).toEqual(expected("prices", r.row, PRICES_FLAG_RULES));
          }
          let total = 0;
          for (const r of plan.budget) {
            total += r.v.amount;
            const args = [r.v.channel, r.v.amount, total, s.cap];
            expect(checkOf(BUDGETCHECK, args)).toEqual(
              expected("budget", r.row, BUDGETCHECK_RULES)
            );
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  test("DQ_DATE_ORDER and DQ_NEGATIVE, read from cells as the validator reads them", () => {
    const grid = (id: SheetId, rows: Record<string, unknown>[]) => {
      const spec = sheetSpec(id);
      return {
        name: spec.names.en,
        rows: [
          spec.columns.map((c) => c.names.en),
          ...rows.map((r) => spec.columns.map((c) => (r[c.field] ?? null) as never)),
        ],
      };
    };
    const S = d("2027-06-16");
    const plan = readPlan(
      {
        sheets: [
          grid("products", [{ sku: "A", tier: "secondary", listPrice: 100, floorPrice: 70 }]),
          grid("promotions", [
            { sku: "A", platform: "Tmall", start: S, end: S - 2, promoPrice: 40 },
            { sku: "A", platform: "JD", start: S, end: S + 1, promoPrice: 90 },
          ]),
          grid("budget", [
            { channel: "Fake orders", amount: -500 },
            { channel: "Coupons", amount: 100 },
          ]),
        ],
      },
      { today: new Date(Date.UTC(2026, 5, 1)) }
    );
    const rulesAt = (sheet: string, row: number, covered: readonly string[]) =>
      covered.filter((r) =>
        validatePlan(plan, plan.settings).some(
          (f) => f.sheet === sheet && f.row === row && f.rule === r
        )
      );

    expect(rulesAt("Promotions", 2, PROMOCHECK_RULES)).toEqual(["DQ_DATE_ORDER"]);
    expect(checkOf(PROMOCHECK, [S, S - 2, 40, 100, null, 70])).toEqual(["DQ_DATE_ORDER"]);
    expect(rulesAt("Promotions", 3, PROMOCHECK_RULES)).toEqual([]);
    expect(checkOf(PROMOCHECK, [S, S + 1, 90, 100, null, 70])).toEqual([]);
    expect(rulesAt("Budget", 2, BUDGETCHECK_RULES)).toEqual(["DQ_NEGATIVE"]);
    expect(checkOf(BUDGETCHECK, ["Fake orders", -500, -500, 50000])).toEqual(["DQ_NEGATIVE"]);
  });
});
