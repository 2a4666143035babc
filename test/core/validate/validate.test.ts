import type { Hit } from "../../../src/core/finding";
import { countFindings, validatePlan } from "../../../src/core/validate";
import { d, planOf } from "../fixtures";

const at = (
  sheetId: Hit["at"]["sheetId"],
  sheet: string,
  column: string,
  row: number
): Hit["at"] => ({ sheetId, sheet, column, row });
const TODAY = new Date(Date.UTC(2027, 5, 1));

describe("validatePlan", () => {
  it("sorts by sheet order of spec §2, then row, then column, and renders addresses Excel's way", () => {
    const plan = planOf({
      readHits: [
        {
          rule: "DQ_NOT_A_NUMBER",
          at: at("prices", "Prices", "C", 3),
          params: { column: "Price", value: "x" },
        },
        {
          rule: "DQ_NOT_A_DATE",
          at: at("promotions", "My Promos", "E", 9),
          params: { column: "End", value: "x" },
        },
        {
          rule: "DQ_NOT_A_NUMBER",
          at: at("promotions", "My Promos", "G", 2),
          params: { column: "Promo price", value: "x" },
        },
        {
          rule: "DQ_MISSING_VALUE",
          at: at("promotions", "My Promos", "A", 2),
          params: { column: "SKU" },
        },
      ],
    });
    const f = validatePlan(plan, plan.settings, { today: TODAY });
    expect(f.map((x) => x.address)).toEqual([
      "'My Promos'!A2",
      "'My Promos'!G2",
      "'My Promos'!E9",
      "Prices!C3",
    ]);
    expect(f[0]).toMatchObject({
      rule: "DQ_MISSING_VALUE",
      severity: "error",
      sheet: "My Promos",
      row: 2,
      column: "A",
      related: [],
    });
  });

  it("gives one finding per rule and cell", () => {
    const hit: Hit = {
      rule: "DQ_NOT_A_NUMBER",
      at: at("prices", "Prices", "C", 3),
      params: { column: "Price", value: "x" },
    };
    const plan = planOf({ readHits: [hit, { ...hit }] });
    expect(validatePlan(plan, plan.settings, { today: TODAY })).toHaveLength(1);
  });

  it("renders messages in English and Chinese, filling every parameter", () => {
    const plan = planOf({
      products: [{ sku: "A1", tier: "hero", listPrice: 100, warehouseEntry: d("2027-01-01") }],
    });
    const en = validatePlan(plan, plan.settings, { lang: "en", today: TODAY }).find(
      (x) => x.rule === "HERO_UNSUPPORTED"
    );
    const zh = validatePlan(plan, plan.settings, { lang: "zh-CN", today: TODAY }).find(
      (x) => x.rule === "HERO_UNSUPPORTED"
    );
    expect(en?.address).toBe("Products!D2");
    expect(en?.message).not.toMatch(/\{\{|rules:/);
    expect(zh?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh?.message).not.toEqual(en?.message);
  });

  describe("waivers", () => {
    const products = [
      { sku: "A1", tier: "hero", listPrice: 100, warehouseEntry: d("2027-01-01") },
      { sku: "B2", tier: "hero", listPrice: 100, warehouseEntry: d("2027-01-01") },
    ];
    const run = (waivers: object[]) => {
      const plan = planOf({ products, waivers });
      return validatePlan(plan, plan.settings, { today: TODAY }).filter(
        (x) => x.rule === "HERO_UNSUPPORTED"
      );
    };

    it("a rule-and-cell waiver marks the finding waived with its reason", () => {
      const f = run([
        { rule: "HERO_UNSUPPORTED", target: "Products!$D$2", reason: "pushed offline" },
      ]);
      expect(f.map((x) => [x.address, x.waived ?? false, x.reason])).toEqual([
        ["Products!D2", true, "pushed offline"],
        ["Products!D3", false, undefined],
      ]);
    });

    it("a rule-and-SKU waiver matches that SKU's findings only", () => {
      const f = run([{ rule: "HERO_UNSUPPORTED", target: "B2", reason: "r" }]);
      expect(f.filter((x) => x.waived).map((x) => x.address)).toEqual(["Products!D3"]);
    });

    it("an expired waiver does not apply; one ending today does", () => {
      expect(
        run([{ rule: "HERO_UNSUPPORTED", target: "A1", reason: "r", until: d("2027-05-31") }]).some(
          (x) => x.waived
        )
      ).toBe(false);
      expect(
        run([{ rule: "HERO_UNSUPPORTED", target: "A1", reason: "r", until: d("2027-06-01") }]).some(
          (x) => x.waived
        )
      ).toBe(true);
    });

    it("a waiver of another rule or another sheet does not apply", () => {
      expect(
        run([{ rule: "WAREHOUSE_LATE", target: "A1", reason: "r" }]).some((x) => x.waived)
      ).toBe(false);
      expect(
        run([{ rule: "HERO_UNSUPPORTED", target: "Prices!D2", reason: "r" }]).some((x) => x.waived)
      ).toBe(false);
    });

    it("waived findings count apart", () => {
      const f = run([{ rule: "HERO_UNSUPPORTED", target: "A1", reason: "r" }]);
      expect(countFindings(f)).toEqual({ error: 0, warning: 1, waived: 1 });
    });
  });
});

describe("Chinese messages", () => {
  it("name built-in platforms in Chinese", () => {
    const plan = planOf({
      products: [{ sku: "A1", tier: "secondary", listPrice: 100, platforms: ["Tmall", "JD"] }],
      promotions: [
        {
          sku: "A1",
          platform: "Tmall",
          start: d("2027-06-16"),
          end: d("2027-06-18"),
          promoPrice: 80,
        },
        { sku: "A1", platform: "JD", start: d("2027-06-17"), end: d("2027-06-18"), promoPrice: 80 },
      ],
    });
    const f = validatePlan(plan, plan.settings, { lang: "zh-CN", today: TODAY }).find(
      (x) => x.rule === "DOUBLE_BOOKED"
    );
    expect(f?.message).toMatch(/京东|天猫/);
    expect(f?.message).not.toMatch(/Tmall|JD/);
  });
});
