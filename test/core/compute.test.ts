import { computeColumns, type FieldRow } from "../../src/core/compute";
import { FLAG_RULES } from "../../src/core/flags";
import { flagRules } from "../../src/core/functions/definitions";
import { SAMPLE_BREACHES, samplePlan } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { settingsRows } from "../../src/core/write/fixedSheets";
import { d } from "./fixtures";

const today = new Date(Date.UTC(2026, 10, 25));
const settings = settingsRows({ ...defaultSettings(today), planYear: 2027 }, "en");

describe("metric columns", () => {
  test("Promotions Days, end included; a bad date is the error PLAN.PROMODAYS gives (no IFERROR hides it)", () => {
    const { sheets } = computeColumns(
      {
        promotions: [
          {
            sku: "A",
            platform: "Tmall",
            start: d("2027-06-16"),
            end: d("2027-06-18"),
            promoPrice: 9,
          },
          { sku: "A", platform: "JD", start: d("2027-06-18"), end: d("2027-06-16"), promoPrice: 9 },
          { sku: "A", platform: "JD", start: "soon", end: d("2027-06-16"), promoPrice: 9 },
        ],
      },
      { lang: "en", today }
    );
    expect(sheets.promotions?.map((r) => r.days)).toEqual([
      3,
      { error: "#NUM!" },
      { error: "#VALUE!" },
    ]);
  });

  test("Budget expected visitors, orders and ROAS", () => {
    const { sheets } = computeColumns(
      {
        budget: [
          {
            channel: "CPC search ads",
            amount: 15000,
            expectedCpc: 1.6,
            expectedConversion: 0.035,
            expectedRevenue: 98000,
          },
          { channel: "Coupons", amount: 5000, expectedRevenue: 30000 },
          { channel: "Gifts", amount: 0, expectedCpc: 2 },
        ],
      },
      { lang: "en", today }
    );
    const [cpc, coupons, gifts] = sheets.budget ?? [];
    expect(cpc).toMatchObject({
      expectedVisitors: 9375,
      expectedOrders: 9375 * 0.035,
      roas: 98000 / 15000,
    });
    // No CPC: no visitors, so no orders; no conversion typed: Expected orders stays blank (not 0).
    expect(coupons).toMatchObject({ expectedVisitors: "", expectedOrders: "", roas: 6 });
    expect(gifts).toMatchObject({ expectedVisitors: 0, expectedOrders: "", roas: "" });
  });

  test("Daily conversion, AOV, CPC and ROAS; a zero denominator is an empty cell", () => {
    const { sheets } = computeColumns(
      {
        daily: [
          {
            date: d("2026-08-01"),
            platform: "JD",
            visitors: 4000,
            orders: 120,
            revenue: 36000,
            adSpend: 1500,
            clicks: 1000,
          },
          {
            date: d("2026-08-02"),
            platform: "JD",
            visitors: 0,
            orders: 0,
            revenue: 0,
            adSpend: 0,
            clicks: 0,
          },
        ],
      },
      { lang: "en", today }
    );
    expect(sheets.daily?.[0]).toMatchObject({ conversion: 0.03, aov: 300, cpc: 1.5, roas: 24 });
    expect(sheets.daily?.[1]).toMatchObject({ conversion: "", aov: "", cpc: "", roas: "" });
  });
});

describe("Flags and Suggestion columns", () => {
  test("the row check's text: the breached rules in its order, each with its reason", () => {
    const input = {
      settings,
      products: [
        {
          sku: "A",
          tier: "secondary",
          listPrice: 100,
          floorPrice: 80,
          unitCost: 90,
          platforms: "Tmall",
        },
      ],
      promotions: [
        {
          sku: "A",
          platform: "Tmall",
          start: d("2027-06-10"),
          end: d("2027-06-14"),
          promoPrice: 70,
        },
        {
          sku: "A",
          platform: "Tmall",
          start: d("2027-09-07"),
          end: d("2027-09-09"),
          promoPrice: 95,
        },
      ],
    };
    const { sheets } = computeColumns(input, { lang: "en", today });
    expect(sheets.promotions?.map((r) => r.flags)).toEqual([
      "PROMO_TOO_LONG (5 days > 3); BELOW_FLOOR (70.00 < floor 80.00); BELOW_COST (70.00 < cost 90.00)",
      "",
    ]);
    expect(sheets.products?.[0].flags).toBe("");
    expect(input.promotions[0]).not.toHaveProperty("flags");
  });

  test("on the sample: each deliberately flagged row carries its rule, every other row is clean", () => {
    const { sheets } = computeColumns(
      { settings, ...samplePlan(2027, "en") },
      { lang: "en", today }
    );
    for (const id of ["products", "promotions", "prices", "budget"] as const) {
      const rows = sheets[id] as FieldRow[];
      const expected = rows.map((_, i) =>
        (FLAG_RULES[id] ?? [])
          .filter((rule) =>
            SAMPLE_BREACHES.some((b) => b.sheet === id && b.sampleRow === i && b.rule === rule)
          )
          .join("; ")
      );
      expect(rows.map((r) => flagRules(String(r.flags)).join("; "))).toEqual(expected);
    }
    // A waived finding still shows: the row check in the cell cannot know about waivers.
    expect(sheets.products?.find((p) => p.sku === "PC-208")?.flags).toBe(
      "WAREHOUSE_MISSING (no warehouse entry)"
    );
    expect(sheets.budget?.map((b) => b.flags).filter(Boolean)).toEqual([
      "BUDGET_FORBIDDEN (3,000.00 on fake orders)",
      "BUDGET_OVER_CAP (total 52,000.00 > cap 50,000.00)",
    ]);
  });

  test("Suggestion names the region that deserves a split warehouse, in the language", () => {
    const en =
      computeColumns({ settings, regions: samplePlan(2027, "en").regions }, { lang: "en", today })
        .sheets.regions ?? [];
    expect(en.map((r) => r.suggestion)).toEqual([
      "Open a split warehouse in 华东",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    const zh =
      computeColumns({ regions: samplePlan(2027, "zh-CN").regions }, { lang: "zh-CN", today })
        .sheets.regions ?? [];
    expect(zh[0].suggestion).toBe("建议在华东设分仓");
  });
});
