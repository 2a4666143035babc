import { lowConversionGroups, serviceModel } from "../../../src/core/service/conversion";
import { serviceConversionLow } from "../../../src/core/rules/serviceConversionLow";
import type { ServiceRow } from "../../../src/core/plan";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "../rules/messages";

const MON = d("2027-03-01");
const SAT = d("2027-03-06");

/** Worked by hand below: store 112 / 500 = 22.4 %; Mondays 70 / 200 = 35 %; Saturdays 42 / 300 = 14 %. */
const ROWS: Partial<ServiceRow>[] = [
  { date: MON, agent: "A", shift: "Day", inquiries: 100, buyers: 40 },
  { date: MON, agent: "B", shift: "Night", inquiries: 100, buyers: 30 },
  { date: SAT, agent: "B", shift: "night", inquiries: 100, buyers: 10 },
  { date: SAT, agent: "A", shift: "Day", inquiries: 100, buyers: 20 },
  // C works Saturdays only: 12 % looks poor against the store's 22.4 %, but Saturdays convert 14 %.
  { date: SAT, agent: "C", shift: "Night", inquiries: 100, buyers: 12 },
];

const model = () => {
  const m = serviceModel(planOf({ service: ROWS }).service);
  if (!m) throw new Error("no model");
  return m;
};

describe("serviceModel (hand-worked)", () => {
  test("the store's rate, and each weekday's", () => {
    const m = model();
    expect(m.store).toMatchObject({ inquiries: 500, buyers: 112 });
    expect(m.store.rate).toBeCloseTo(0.224, 12);
    expect(m.storeByWeekday[0].rate).toBeCloseTo(0.35, 12);
    expect(m.storeByWeekday[5].rate).toBeCloseTo(0.14, 12);
    expect(m.storeByWeekday[2].rate).toBeNull();
    expect(m.days).toBe(2);
    expect([m.from, m.to]).toEqual([MON, SAT]);
  });

  test("agents against the store's rate of their own weekdays", () => {
    const [a, b, c] = model().agents;
    expect([a.agent, b.agent, c.agent]).toEqual(["A", "B", "C"]);
    // A: 60 / 200 = 30 %; expected (100 × 35 % + 100 × 14 %) / 200 = 24.5 %.
    expect(a.rate).toBeCloseTo(0.3, 12);
    expect(a.expected).toBeCloseTo(0.245, 12);
    expect(a.gap).toBeCloseTo(0.3 / 0.245 - 1, 12);
    // B: 40 / 200 = 20 %, 18.4 % below the same 24.5 %.
    expect(b.expected).toBeCloseTo(0.245, 12);
    expect(b.gap).toBeCloseTo(0.2 / 0.245 - 1, 12);
    // C: Saturdays only, so held to 14 %, not 22.4 %: 12 / 14 − 1 = −14.3 %.
    expect(c.expected).toBeCloseTo(0.14, 12);
    expect(c.gap).toBeCloseTo(0.12 / 0.14 - 1, 12);
    expect(c.inquiriesByWeekday).toEqual([0, 0, 0, 0, 0, 100, 0]);
  });

  test("shifts compare case-insensitively and keep the label first typed; agent × shift", () => {
    const m = model();
    expect(m.shifts.map((s) => [s.shift, s.inquiries, s.buyers])).toEqual([
      ["Day", 200, 60],
      ["Night", 300, 52],
    ]);
    // Night: 52 / 300; expected (100 × 35 % + 200 × 14 %) / 300 = 21 %.
    expect(m.shifts[1].expected).toBeCloseTo(0.21, 12);
    expect(m.shifts[1].gap).toBeCloseTo(52 / 300 / 0.21 - 1, 12);
    expect(m.agentShifts.map((g) => `${g.agent}/${g.shift}`)).toEqual([
      "A/Day",
      "B/Night",
      "C/Night",
    ]);
  });

  test("weekdays against the store's rate of all days; the spread of each kind", () => {
    const m = model();
    expect(m.weekdays.map((w) => w.weekday)).toEqual([0, 5]);
    expect(m.weekdays[1].expected).toBeCloseTo(0.224, 12);
    expect(m.weekdays[1].gap).toBeCloseTo(0.14 / 0.224 - 1, 12);
    const s = m.spread.agent!;
    expect([s.min.agent, s.max.agent]).toEqual(["C", "A"]);
    expect(s.points).toBeCloseTo(0.18, 12);
  });

  test("which groups are low depends on the two settings", () => {
    const m = model();
    const names = (min: number, gap: number) =>
      lowConversionGroups(m, min, gap).map((g) => g.agent ?? g.shift ?? `weekday ${g.weekday}`);
    expect(names(200, 0.2)).toEqual(["weekday 5"]);
    expect(names(200, 0.15)).toEqual(["B", "Night", "weekday 5"]);
    expect(names(100, 0.1)).toEqual(["B", "C", "Night", "weekday 5"]);
    expect(names(301, 0.1)).toEqual([]);
  });

  test("no rows, no model; a group without inquiries has no rate and is never low", () => {
    expect(serviceModel([])).toBeNull();
    const m = serviceModel(
      planOf({ service: [{ date: MON, agent: "Z", inquiries: 0, buyers: 0 }] }).service
    )!;
    expect(m.agents[0]).toMatchObject({ rate: null, expected: null, gap: null });
    expect(m.shifts).toEqual([]);
    expect(lowConversionGroups(m, 0, 0)).toEqual([]);
  });
});

describe("SERVICE_CONVERSION_LOW", () => {
  test("points at the Buyers cell of the group's latest row (a tie on the date: the lower row)", () => {
    const hits = hitsOf(serviceConversionLow, planOf({ service: ROWS }));
    expect(hits.map((h) => h.address)).toEqual(["Service!F6"]);
    expect(render(serviceConversionLow, hits[0].params)).toBe(
      "Saturdays converted 14.00% of 300 inquiries (42 buyers over 1 day(s)), 37.5% below 22.40%, the store's rate " +
        "over all days (more than 20% below). Watch those chats: reply speed, product knowledge, following up those who did not buy."
    );
    expect(render(serviceConversionLow, hits[0].params, "zh-CN")).toContain(
      "周六 询单转化率 14.00%"
    );
  });

  test("an agent and a shift, with the settings lowered", () => {
    const plan = planOf({
      service: ROWS,
      settings: { serviceMinInquiries: 200, serviceConversionGap: 0.15 },
    });
    const hits = hitsOf(serviceConversionLow, plan);
    // B's latest row is row 4 (Saturday); the Night shift's latest is C's row 6, as is Saturday's.
    expect(hits.map((h) => [h.address, h.params?.group])).toEqual([
      ["Service!F4", "Agent B"],
      ["Service!F6", "The Night shift"],
      ["Service!F6", "Saturdays"],
    ]);
    expect(hits[0].params).toMatchObject({ expected: "24.50%", rate: "20.00%", gap: "18.4%" });
    expect(render(serviceConversionLow, hits[0].params, "zh-CN")).toContain(
      "客服 B 询单转化率 20.00%（2 天 200 人询单，40 人成交），比本店同星期的转化率 24.50% 低 18.4%（允许 15%）"
    );
  });

  test("exactly at the gap is no breach", () => {
    // One weekday: A at 20 %, B at 30 %: the store 25 %; A's expected 25 %, 20 % below: not more than 20 %.
    const rows = [
      { date: MON, agent: "A", inquiries: 200, buyers: 40 },
      { date: MON, agent: "B", inquiries: 200, buyers: 60 },
    ];
    expect(hitsOf(serviceConversionLow, planOf({ service: rows }))).toEqual([]);
    const plan = planOf({ service: rows, settings: { serviceConversionGap: 0.19 } });
    expect(hitsOf(serviceConversionLow, plan).map((h) => h.address)).toEqual(["Service!F2"]);
  });
});
