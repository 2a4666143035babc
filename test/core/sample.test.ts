import type { Finding } from "../../src/core/finding";
import { readPlan } from "../../src/core/read/readPlan";
import { sampleWorkbook } from "./sampleWorkbook";
import { isoOfSerial } from "../../src/core/read/dates";
import { RULES } from "../../src/core/rules";
import {
  anchorsOf,
  breachAddress,
  festivalCalendar,
  SAMPLE_BREACHES,
  sampleBreachTable,
  samplePlan,
  springFestival,
  SPRING_FESTIVAL,
  SPRING_FESTIVAL_YEARS,
  type SampleSheets,
} from "../../src/core/sample";
import type { Lang, SheetId } from "../../src/core/schema/types";
import { sheetSpec } from "../../src/core/schema/sheets";
import type { Grid } from "../../src/core/cells";
import { validatePlan } from "../../src/core/validate";

/** The sample plan's findings, read from the sheets a workbook would hold. */
function findingsOf(year: number, lang: Lang): Finding[] {
  const { sheets, today } = sampleWorkbook(year, lang);
  return validatePlan(readPlan({ sheets }, { today }), undefined, { lang, today });
}

const key = (rule: string, address: string, waived: boolean | undefined): string =>
  `${rule} ${address}${waived ? " (waived)" : ""}`;

describe("the sample breaks exactly the rules SAMPLE_BREACHES lists, where it says", () => {
  const years = [SPRING_FESTIVAL_YEARS.first, 2027, 2031, 2034, SPRING_FESTIVAL_YEARS.last];
  test.each(years.flatMap((y) => [[y, "en"] as const, [y, "zh-CN"] as const]))(
    "plan year %i, %s",
    (year, lang) => {
      const found = findingsOf(year, lang).map((f) => key(f.rule, f.address, f.waived));
      const expected = SAMPLE_BREACHES.map((b) => key(b.rule, breachAddress(b, lang), b.waived));
      expect([...found].sort()).toEqual([...expected].sort());
    }
  );

  test("in every year the Spring Festival table knows (no stray warning anywhere)", () => {
    const expected = SAMPLE_BREACHES.map((b) =>
      key(b.rule, breachAddress(b, "en"), b.waived)
    ).sort();
    for (let year = SPRING_FESTIVAL_YEARS.first; year <= SPRING_FESTIVAL_YEARS.last; year++) {
      const found = findingsOf(year, "en").map((f) => key(f.rule, f.address, f.waived));
      expect({ year, found: found.sort() }).toEqual({ year, found: expected });
    }
  });

  test("every plan rule of spec §3 is broken, unwaived, and so is DQ_UNKNOWN_SKU", () => {
    const broken = new Set(SAMPLE_BREACHES.filter((b) => !b.waived).map((b) => b.rule));
    expect(RULES).toHaveLength(33);
    // But the one about the workbook's shape: it needs a Calendar event below row 1000 (test/cli/badInputs.ts has it).
    const shape = "CALENDAR_PAST_FORMULA_ROWS";
    expect(broken).not.toContain(shape);
    for (const r of RULES) if (r.id !== shape) expect(broken).toContain(r.id);
    expect(broken).toContain("DQ_UNKNOWN_SKU");
    expect(SAMPLE_BREACHES.filter((b) => b.waived).map((b) => b.rule)).toEqual([
      "WAREHOUSE_MISSING",
    ]);
  });

  test("each breach names a real column and row of the sample, with a reason in both languages", () => {
    const plan = samplePlan(2027, "en") as unknown as Record<string, unknown[]>;
    for (const b of SAMPLE_BREACHES) {
      expect(sheetSpec(b.sheet).columns.map((c) => c.field)).toContain(b.field);
      expect(b.sampleRow).toBeLessThan(plan[b.sheet].length);
      expect(b.why.length).toBeGreaterThan(10);
      expect(b.whyZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("sampleBreachTable", () => {
  test("one Markdown row per breach: rule, cell, why", () => {
    const md = sampleBreachTable("en").split("\n");
    expect(md[0]).toBe("| Rule | Cell | Why |");
    expect(md).toHaveLength(SAMPLE_BREACHES.length + 2);
    expect(md).toContain(
      "| WAREHOUSE_LATE | `Products!K3` | Goods arrive 3 days before the 15 April launch; the lead time is 7 days. |"
    );
    expect(md.find((l) => l.includes("PC-208") || l.includes("一件代发"))).toMatch(
      /\(waived\) \|$/
    );
    const zh = sampleBreachTable("zh-CN");
    expect(zh).toContain("| BUDGET_FORBIDDEN | `预算!B8` |");
    expect(zh).toContain("（已豁免）");
  });
});

describe("the sample plan's content", () => {
  const en: SampleSheets = samplePlan(2027, "en");
  const zh: SampleSheets = samplePlan(2027, "zh-CN");

  test("at least 40 SKUs with Chinese names, across all five tiers", () => {
    expect(en.products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(en.products.map((p) => p.sku)).size).toBe(en.products.length);
    expect(new Set(en.products.map((p) => p.tier))).toEqual(
      new Set(["launch", "hero", "secondary", "offline-only", "presale"])
    );
    for (const p of en.products) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
  });

  test("promotions on the Chinese calendar, on Tmall, JD, Pinduoduo and Douyin", () => {
    const a = anchorsOf(2027);
    const months = new Set(en.promotions.map((p) => isoOfSerial(p.start as number).slice(5, 7)));
    for (const m of ["01", "03", "06", "09", "11", "12"]) expect(months).toContain(m);
    const activities = new Set(zh.promotions.map((p) => p.activity));
    for (const name of ["年货节", "38女王节", "618 正式期", "99划算节", "双11 预售+正式期", "双12"])
      expect(activities).toContain(name);
    expect(new Set(en.promotions.map((p) => p.platform))).toEqual(
      new Set(["Tmall", "JD", "Pinduoduo", "Douyin", "Offline"])
    );
    // 年货节 promotions end before couriers stop for the Spring Festival.
    const shutdown = a.windows.shutdown!;
    for (const p of en.promotions.filter((x) => x.activity === "Nianhuo Festival"))
      expect(p.end as number).toBeLessThan(shutdown.from);
  });

  test("prices on at least four platforms; a budget with a 刷单 line; 60+ days of daily data", () => {
    expect(new Set(en.prices.map((p) => p.platform)).size).toBeGreaterThanOrEqual(4);
    expect(zh.budget.find((b) => b.channel === "刷单")?.amount).toBeGreaterThan(0);
    const dates = new Set(en.daily.map((d) => d.date));
    expect(dates.size).toBeGreaterThanOrEqual(60);
    expect(new Set(en.daily.map((d) => d.platform)).size).toBeGreaterThanOrEqual(4);
    expect(en.daily.some((d) => d.channel)).toBe(true);
    expect(en.daily.some((d) => !d.channel)).toBe(true);
  });

  test("regions: one with a quarter of the orders and no warehouse of its own; one waiver; the calendar", () => {
    const shares = en.regions.reduce((s, r) => s + (r.ordersShare as number), 0);
    expect(shares).toBeCloseTo(1, 6);
    expect(
      en.regions.filter((r) => (r.ordersShare as number) >= 0.25 && r.warehouse !== r.region)
    ).toHaveLength(1);
    expect(en.waivers).toHaveLength(1);
    expect(en.waivers[0]).toMatchObject({
      rule: "WAREHOUSE_MISSING",
      target: "PC-208",
      until: anchorsOf(2027).day(12, 31),
    });
    expect(en.calendar).toEqual(festivalCalendar(2027, "en"));
  });

  test("zh-CN writes list values in Chinese, and the reader canonicalises them", () => {
    expect(zh.products.find((p) => p.sku === "KA-108")).toMatchObject({
      tier: "主推",
      platforms: "天猫、京东、拼多多、抖音",
      category: "厨房小电",
    });
    expect(zh.promotions[0].platform).toBe("天猫");
    const today = new Date(Date.UTC(2026, 10, 25));
    const grid = (id: SheetId, rows: Record<string, unknown>[]): { name: string; rows: Grid } => {
      const spec = sheetSpec(id);
      return {
        name: spec.names.zh,
        rows: [
          spec.columns.map((c) => c.names.zh),
          ...rows.map((r) => spec.columns.map((c) => r[c.field] ?? null)),
        ] as Grid,
      };
    };
    const plan = readPlan(
      { sheets: [grid("products", zh.products), grid("promotions", zh.promotions)] },
      { today }
    );
    expect(plan.products.find((p) => p.v.sku === "KA-108")?.v).toMatchObject({
      tier: "hero",
      platforms: ["Tmall", "JD", "Pinduoduo", "Douyin"],
    });
    expect(plan.promotions[0].v.platform).toBe("Tmall");
  });
});

describe("the festival calendar", () => {
  test("seven events with 618 and 双11 allowing 20-day promotions, then last year's festivals marked past", () => {
    const cal = festivalCalendar(2027, "zh-CN");
    expect(
      cal.map((e) => [
        e.event,
        isoOfSerial(e.from as number),
        isoOfSerial(e.to as number),
        e.kind,
        e.maxPromoDays,
      ])
    ).toEqual([
      ["年货节", "2027-01-09", "2027-01-25", "节日", null],
      ["春节物流停运", "2027-01-31", "2027-02-13", "物流停运", null],
      ["38女王节", "2027-03-06", "2027-03-08", "节日", null],
      ["618年中大促", "2027-05-30", "2027-06-18", "节日", 20],
      ["99划算节", "2027-09-07", "2027-09-09", "节日", null],
      ["双11全球狂欢节", "2027-10-23", "2027-11-11", "节日", 20],
      ["双12", "2027-12-10", "2027-12-12", "节日", null],
      ["年货节", "2026-01-20", "2026-02-05", "往年节日", null],
      ["38女王节", "2026-03-06", "2026-03-08", "往年节日", null],
      ["618年中大促", "2026-05-30", "2026-06-18", "往年节日", null],
      ["99划算节", "2026-09-07", "2026-09-09", "往年节日", null],
      ["双11全球狂欢节", "2026-10-23", "2026-11-11", "往年节日", null],
      ["双12", "2026-12-10", "2026-12-12", "往年节日", null],
    ]);
    expect(festivalCalendar(2027, "en")[7]).toMatchObject({
      event: "Nianhuo Festival 年货节",
      kind: "past festival",
    });
    expect(festivalCalendar(2027, "en")[1]).toMatchObject({
      event: "Spring Festival logistics shutdown 春节物流停运",
      kind: "logistics shutdown",
    });
  });

  test("年货节 starts no earlier than 2 January when the Spring Festival is early", () => {
    const cal = festivalCalendar(2031, "en");
    expect(isoOfSerial(cal[0].from as number)).toBe("2031-01-02");
    expect(isoOfSerial(cal[0].to as number)).toBe("2031-01-11");
  });
});

describe("springFestival", () => {
  test("the table holds the official dates, including the years ICU gets a day wrong", () => {
    expect(Object.keys(SPRING_FESTIVAL)).toHaveLength(12);
    expect(springFestival(2024)).toEqual([2, 10]);
    expect(springFestival(2027)).toEqual([2, 6]);
    expect(springFestival(2030)).toEqual([2, 3]);
    expect(springFestival(2035)).toEqual([2, 8]);
  });

  test("outside the table, Intl's Chinese calendar gives a date between 21 January and 20 February", () => {
    expect(springFestival(2036)).toEqual([1, 28]);
    const [m, d] = springFestival(2050) ?? [0, 0];
    expect(m * 100 + d).toBeGreaterThanOrEqual(121);
    expect(m * 100 + d).toBeLessThanOrEqual(220);
  });
});
