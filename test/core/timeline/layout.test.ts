import { columnIndex, columnLetter } from "../../../src/core/cells";
import type { Plan } from "../../../src/core/plan";
import {
  isTimelineTitle,
  TIMELINE_ROWS,
  timelineLayout,
  timelineLayoutRows,
  type TimelineLayout,
} from "../../../src/core/timeline";
import { isFormulaCell, type FormulaCell, type LayoutCell } from "../../../src/core/write/layout";
import { d, planOf, type PlanInput } from "../fixtures";
import { evaluate } from "./workbook";

const R = TIMELINE_ROWS;

/** The sample-like plan of these tests: plan year 2027 (52 weeks). */
function plan(input: PlanInput = {}): Plan {
  return planOf({
    settings: { planYear: 2027 },
    products: [
      {
        sku: "L-1",
        name: "Launch one",
        tier: "launch",
        launchDate: d("2027-06-18"),
        warehouseEntry: d("2027-06-02"),
      },
      { sku: "H-1", name: "Hero one", tier: "hero" },
      {
        sku: "P-1",
        name: "Presale one",
        tier: "presale",
        presaleStart: d("2027-10-20"),
        launchDate: d("2027-11-11"),
        warehouseEntry: d("2027-10-29"),
      },
      { sku: "S-1", name: "Secondary one", tier: "secondary" },
      { sku: "L-2", name: "Launch two", tier: "launch", launchDate: d("2027-03-08") },
    ],
    promotions: [
      {
        sku: "H-1",
        platform: "Tmall",
        activity: "618",
        start: d("2027-06-16"),
        end: d("2027-06-18"),
        promoPrice: 80,
      },
      {
        sku: "H-1",
        platform: "JD",
        activity: "618",
        start: d("2027-06-17"),
        end: d("2027-06-19"),
        promoPrice: 80,
      },
      {
        sku: "H-1",
        platform: "Douyin",
        start: d("2027-10-23"),
        end: d("2027-11-11"),
        promoPrice: 85,
      },
      {
        sku: "L-1",
        platform: "Tmall",
        start: d("2027-06-18"),
        end: d("2027-06-21"),
        promoPrice: 90,
      },
      {
        sku: "h-1",
        platform: "Pinduoduo",
        start: d("2027-12-31"),
        end: d("2028-01-02"),
        promoPrice: 70,
      },
      { sku: "S-1", platform: "JD", start: d("2026-12-30"), end: d("2027-01-05"), promoPrice: 60 },
    ],
    calendar: [
      {
        event: "618 Mid-year Sale",
        from: d("2027-05-30"),
        to: d("2027-06-18"),
        kind: "festival",
        maxPromoDays: 20,
      },
      {
        event: "Spring Festival logistics shutdown",
        from: d("2027-01-31"),
        to: d("2027-02-13"),
        kind: "shutdown",
      },
      { event: "Nianhuo Festival", from: d("2027-01-09"), to: d("2027-01-25"), kind: "festival" },
      { event: "Double 11", from: d("2027-10-23"), to: d("2027-11-11"), kind: "festival" },
    ],
    ...input,
  });
}

const rowOf = (layout: TimelineLayout, sku: string): LayoutCell[] => {
  const r = layout.rows.find((row) => row[0] === sku);
  if (!r) throw new Error(`no row for ${sku}`);
  return r;
};
const value = (c: LayoutCell): unknown => (isFormulaCell(c) ? c.result : c);
/** The week cells of a row by ISO week number: { 24: "L", … } for the non-empty ones. */
function marks(layout: TimelineLayout, row: LayoutCell[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  layout.weeks.forEach((w) => {
    const v = value(row[columnIndex(w.column) - 1]);
    if (v !== "") out[w.week] = v;
  });
  return out;
}
const weekOf = (layout: TimelineLayout, iso: string): number => {
  const s = d(iso);
  const w = layout.weeks.find((x) => x.monday <= s && s < x.monday + 7);
  if (!w) throw new Error(`${iso} not in the plan year`);
  return w.week;
};

describe("timelineLayout: what the week cells show", () => {
  const layout = timelineLayout(plan(), { lang: "en" });

  it("marks a product's launch week and warehouse-entry week", () => {
    const m = marks(layout, rowOf(layout, "L-1"));
    expect(weekOf(layout, "2027-06-18")).toBe(24);
    expect(m[24]).toBe("L");
    expect(m[22]).toBe("W");
    // Its own promotion runs 18–21 June: the launch wins W24, the promotion shows on Monday 21 June (W25).
    expect(m).toEqual({ 22: "W", 24: "L", 25: "Tmall" });
  });

  it("marks the presale weeks up to the launch week", () => {
    const m = marks(layout, rowOf(layout, "P-1"));
    // Presale from 2027-10-20 (W42) to the launch on 2027-11-11 (W45); the warehouse entry (W43) takes its week.
    expect(m).toEqual({ 42: "P", 43: "W", 44: "P", 45: "L" });
  });

  it("shows each promotion's platform in every week it overlaps; the earliest start wins a shared week", () => {
    const m = marks(layout, rowOf(layout, "H-1"));
    // Tmall 16–18 June and JD 17–19 June share W24: Tmall started first. Douyin runs 23 Oct – 11 Nov (W42–W45).
    // The Pinduoduo row is typed "h-1": SKUs match case-insensitively; its 31 Dec – 2 Jan run reaches W52 only.
    expect(m).toEqual({
      24: "Tmall",
      42: "Douyin",
      43: "Douyin",
      44: "Douyin",
      45: "Douyin",
      52: "Pinduoduo",
    });
  });

  it("shows a promotion that started in the year before from week 1", () => {
    expect(marks(layout, rowOf(layout, "S-1"))).toEqual({ 1: "JD" });
  });

  it("fills the Calendar row: festivals by name, the shutdown by its code", () => {
    const cal = layout.rows[R.calendar - 1];
    expect(cal[1]).toBe("Calendar");
    const m = marks(layout, cal);
    // 年货节 9–25 Jan: W1–W4; the shutdown 31 Jan – 13 Feb: W4–W6, and it wins W4.
    expect([m[1], m[3], m[4], m[6], m[7]]).toEqual([
      "Nianhuo Festival",
      "Nianhuo Festival",
      "Shutdown",
      "Shutdown",
      undefined,
    ]);
    // 618 30 May – 18 June: W21–W24; Double 11 23 Oct – 11 Nov: W42–W45.
    expect([m[20], m[21], m[24], m[25]]).toEqual([
      undefined,
      "618 Mid-year Sale",
      "618 Mid-year Sale",
      undefined,
    ]);
    expect([m[42], m[45]]).toEqual(["Double 11", "Double 11"]);
    expect(Object.keys(m)).toHaveLength(3 + 3 + 4 + 4);
  });

  it("groups products by tier: launch, hero, secondary, presale, offline-only; then planner-added tiers", () => {
    const p = plan({
      products: [
        { sku: "A", tier: "offline-only" },
        { sku: "B", tier: "Clearance" },
        { sku: "C", tier: "hero" },
        { sku: "D", tier: "launch" },
        { sku: "E", tier: "hero" },
        { sku: "F", tier: "presale" },
      ],
    });
    const l = timelineLayout(p, { lang: "en" });
    expect(l.rowGroups.map((g) => [g.tier, g.label, g.headingRow, g.firstRow, g.lastRow])).toEqual([
      ["launch", "Launch", 7, 8, 8],
      ["hero", "Hero", 9, 10, 11],
      ["presale", "Presale", 12, 13, 13],
      ["offline-only", "Offline only", 14, 15, 15],
      ["Clearance", "Clearance", 16, 17, 17],
    ]);
    expect(l.rows.slice(6).map((r) => r[0])).toEqual([
      "Launch (1)",
      "D",
      "Hero (2)",
      "C",
      "E",
      "Presale (1)",
      "F",
      "Offline only (1)",
      "A",
      "Clearance (1)",
      "B",
    ]);
    expect(l.rows[9][2]).toBe("Hero");
  });
});

describe("timelineLayout: the sheet around the cells", () => {
  it("has SKU, Name, Tier, then one column per ISO week, the months above the weeks", () => {
    const l = timelineLayout(plan(), { lang: "en" });
    expect(l.weeks).toHaveLength(52);
    expect(l.weeks[0].column).toBe("D");
    expect(l.weeks[51].column).toBe("BC");
    expect(l.rows[R.header - 1].slice(0, 5)).toEqual(["SKU", "Name", "Tier", "W1", "W2"]);
    expect(l.rows[R.monday - 1][3]).toBe(d("2027-01-04"));
    expect(l.rows[R.month - 1][0]).toBe("Timeline 2027");
    expect(l.rows[R.month - 1][3]).toBe("Jan");
    // January 2027 has the weeks of 4, 11, 18, 25 January (Thursday 28 Jan); February starts at W5 (H).
    expect(l.merges[0]).toBe("D1:G1");
    expect(l.rows[R.month - 1][7]).toBe("Feb");
    expect(l.rows[R.month - 1][4]).toBeNull();
    expect(l.freeze).toEqual({ rows: 6, columns: 3 });
    expect(l.hiddenRows).toEqual([4, 5]);
    // H-1 has the most promotions (4, "h-1" among them): 4 slots of each kind, Start, End, Platform (no promotion is
    // a presale: no presale date slots).
    expect(l.columns.filter((c) => c.hidden).map((c) => c.role)).toEqual([
      ...new Array(9).fill("helper"),
      ...new Array(3 * 4).fill("slot"),
    ]);
    for (const row of l.rows) expect(row).toHaveLength(3 + 52 + 9 + 3 * 4);
    // With a presale among the promotions (one a product at most there), each slot has its four presale dates too.
    const withPresale = timelineLayout(presalePlan(), { lang: "en" });
    expect(withPresale.columns.filter((c) => c.role === "slot")).toHaveLength(7 * 1);
  });

  it("makes the week columns wide enough for the longest code a product cell shows, within 5–10", () => {
    const widths = (l: TimelineLayout) =>
      new Set(l.columns.filter((c) => c.role === "week").map((c) => c.width));
    // "Pinduoduo" (9 characters) is the longest code of the plan's product cells; 拼多多 takes 6.
    expect(widths(timelineLayout(plan(), { lang: "en" }))).toEqual(new Set([10]));
    expect(widths(timelineLayout(plan(), { lang: "zh-CN" }))).toEqual(new Set([7.5]));
    expect(widths(timelineLayout(plan({ promotions: [] }), { lang: "en" }))).toEqual(new Set([5]));
    const long = plan({
      promotions: [
        {
          sku: "H-1",
          platform: "抖音商城旗舰店",
          start: d("2027-06-16"),
          end: d("2027-06-18"),
          promoPrice: 80,
        },
      ],
    });
    // Seven CJK characters take 14 columns of width: capped at 10.
    expect(widths(timelineLayout(long, { lang: "zh-CN" }))).toEqual(new Set([10]));
  });

  it("has 53 week columns in a 53-week year", () => {
    const l = timelineLayout(plan(), { lang: "en", year: 2026 });
    expect(l.weeks).toHaveLength(53);
    expect(l.weeks[52]).toMatchObject({ week: 53, monday: d("2026-12-28"), column: "BD" });
    expect(l.rows[R.header - 1][55]).toBe("W53");
    // The 2027 launch of L-1 is outside 2026; S-1's promotion of 30 Dec 2026 – 5 Jan 2027 is in W53.
    expect(marks(l, rowOf(l, "L-1"))).toEqual({});
    expect(marks(l, rowOf(l, "S-1"))).toEqual({ 53: "JD" });
  });

  it("colours by kind through conditional formats keyed on the cell text", () => {
    const l = timelineLayout(plan(), { lang: "en" });
    const last = l.rows.length;
    expect(l.formats.map((f) => [f.kind, f.range, f.when])).toEqual([
      ["shutdown", "D6:BC6", { equals: "Shutdown" }],
      ["festival", "D6:BC6", { notBlank: true }],
      ["launch", `D7:BC${last}`, { equals: "L" }],
      ["warehouse", `D7:BC${last}`, { equals: "W" }],
      ["presale", `D7:BC${last}`, { equals: "P" }],
      ["deposit", `D7:BC${last}`, { equals: "D" }],
      ["balance", `D7:BC${last}`, { equals: "B" }],
      ["promotion", `D7:BC${last}`, { notBlank: true }],
    ]);
    expect(new Set(l.formats.map((f) => f.fill)).size).toBe(8);
    expect(l.legend.map((e) => e.kind)).toEqual([
      "launch",
      "warehouse",
      "presale",
      "deposit",
      "balance",
      "promotion",
      "festival",
      "shutdown",
      "stockOut",
    ]);
  });

  it("speaks Chinese: codes, headings, months, platforms as the zh Lists write them", () => {
    const l = timelineLayout(plan(), { lang: "zh-CN" });
    expect(l.name).toBe("时间线");
    expect(l.rows[0][0]).toBe("2027 年时间线");
    expect(l.rows[0][3]).toBe("1月");
    expect(l.rows[1].slice(0, 3)).toEqual(["SKU", "名称", "层级"]);
    expect(l.rows[R.calendar - 1][1]).toBe("日历节点");
    expect(l.rows[6][0]).toBe("首发（2）");
    expect(marks(l, rowOf(l, "L-1"))).toEqual({ 22: "入仓", 24: "首发", 25: "天猫" });
    expect(marks(l, rowOf(l, "P-1"))[42]).toBe("预售");
    expect(marks(l, l.rows[R.calendar - 1])[5]).toBe("停运");
    expect(l.rows.find((r) => r[0] === "H-1")?.[2]).toBe("主推");
  });

  it("writes only functions Excel 2019, LibreOffice 7 and HyperFormula share, with A1 references", () => {
    const l = timelineLayout(plan(), { lang: "en" });
    const formulas = l.rows
      .flat()
      .filter(isFormulaCell)
      .map((c) => c.formula);
    const used = new Set(
      formulas.flatMap((f) =>
        [...f.replace(/"(?:[^"]|"")*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])
      )
    );
    expect([...used].sort()).toEqual([
      "AND",
      "COUNTIFS",
      "FALSE",
      "IF",
      "IFERROR",
      "INDEX",
      "ISNUMBER",
      "MATCH",
      "MAX",
      "MIN",
      "MINIFS",
      "MOD",
      "N",
      "OR",
    ]);
    for (const f of formulas) expect(f).not.toMatch(/\[@|XLOOKUP|LET\(|FILTER\(/);
  });

  it("follows the workbook's own column letters and sheet names", () => {
    const letters = (sheet: string, field: string): string =>
      sheet === "promotions" && field === "start"
        ? "H"
        : sheet === "products" && field === "sku"
          ? "C"
          : "A";
    const l = timelineLayout(plan(), {
      lang: "en",
      letters,
      sheetName: (s) => (s === "promotions" ? "My promos" : s),
    });
    // H-1's first slot names its first promotion's cells (Promotions row 2) on the workbook's own sheet and letters.
    const slot = rowOf(l, "H-1")[3 + 52 + 9] as FormulaCell;
    expect(slot.formula).toBe(
      `IFERROR(IF(AND('My promos'!$A$2&""=$A11&"",ISNUMBER('My promos'!$H$2)),'My promos'!$H$2,""),"")`
    );
    // Its Products row: the row it was written from (3) when it still proves MATCH's answer (this fixture's letters
    // put the SKU row in A).
    expect((rowOf(l, "H-1")[55] as FormulaCell).formula).toBe(
      "IFERROR(IF(IFERROR(AND(INDEX(products!$C:$C,3)=$A11,INDEX(products!$A:$A,3)=3),FALSE())," +
        "3,MATCH($A11,products!$C:$C,0)),0)"
    );
  });
});

/** A formula shifted by (dr, dc): relative row/column parts of each A1 reference move, $-anchored parts stay. */
function shift(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
            (_, ac: string, c: string, ar: string, r: string) => {
              const col = ac ? c : columnLetter(columnIndex(c) + dc);
              const row = ar ? r : String(Number(r) + dr);
              return `${ac}${col}${ar}${row}`;
            }
          )
    )
    .join("");
}

describe("timelineLayoutRows: the rows as they are made", () => {
  it("gives timelineLayout's rows one at a time, in order, and the same layout around them", () => {
    const p = plan({ settings: { planYear: 2027 } });
    const whole = timelineLayout(p, { lang: "zh-CN" });
    const given: LayoutCell[][] = [];
    const rest = timelineLayoutRows(p, { lang: "zh-CN" }, (row) => given.push(row));
    expect(rest.rows).toEqual([]);
    expect(given).toEqual(whole.rows);
    expect({ ...rest, rows: given }).toEqual(whole);
  });
});

describe("timelineLayout: fills", () => {
  it("every cell of a fill block is the block's formula shifted to it", () => {
    const l = timelineLayout(plan(), { lang: "en" });
    let cells = 0;
    for (const fill of l.fills) {
      const [a, b] = fill.range.split(":");
      const [, c1, r1] = /([A-Z]+)(\d+)/.exec(a) as RegExpExecArray;
      const [, c2, r2] = /([A-Z]+)(\d+)/.exec(b) as RegExpExecArray;
      for (let r = Number(r1); r <= Number(r2); r++)
        for (let c = columnIndex(c1); c <= columnIndex(c2); c++) {
          const cell = l.rows[r - 1][c - 1] as FormulaCell;
          expect(cell.formula).toBe(shift(fill.formula, r - Number(r1), c - columnIndex(c1)));
          cells++;
        }
    }
    // Every formula is in a fill block but the promotion slots, each naming its own Promotions row, and the Products
    // row helper (the first helper column), each naming the Products row it was written from.
    const slotColumns = new Set(l.columns.filter((c) => c.role === "slot").map((c) => c.letter));
    slotColumns.add(l.columns.find((c) => c.role === "helper")?.letter ?? "");
    const formulaCells = l.rows.flatMap((row) =>
      row.filter((c, i) => isFormulaCell(c) && !slotColumns.has(columnLetter(i + 1)))
    ).length;
    expect(cells).toBe(formulaCells);
  });
});

/** Issue 16: a presale's deposit (D) and balance (B) weeks, before its own platform's. */
function presalePlan(): Plan {
  return plan({
    products: [
      { sku: "PS-1", name: "Presale", tier: "hero", listPrice: 100, platforms: ["Tmall"] },
      {
        sku: "PS-2",
        name: "Both",
        tier: "hero",
        listPrice: 100,
        platforms: ["JD"],
        launchDate: d("2027-06-03"),
      },
    ],
    promotions: [
      {
        sku: "PS-1",
        platform: "Tmall",
        start: d("2027-11-09"),
        end: d("2027-11-11"),
        promoPrice: 80,
        depositStart: d("2027-10-20"),
        depositEnd: d("2027-10-31"),
        deposit: 10,
        balanceStart: d("2027-11-01"),
        balanceEnd: d("2027-11-03"),
      },
      {
        sku: "PS-2",
        platform: "JD",
        start: d("2027-05-20"),
        end: d("2027-06-18"),
        promoPrice: 80,
        depositStart: d("2027-05-20"),
        depositEnd: d("2027-05-26"),
        deposit: 10,
        balanceStart: d("2027-05-27"),
        balanceEnd: d("2027-06-04"),
      },
    ],
  });
}

describe("timelineLayout: presale deposit and balance weeks", () => {
  const layout = timelineLayout(presalePlan(), { lang: "en" });

  it("shows D over the deposit window, B over the balance window, then the promotion's platform", () => {
    expect(marks(layout, rowOf(layout, "PS-1"))).toEqual({
      42: "D",
      43: "D",
      44: "B",
      45: "Tmall",
    });
  });

  it("gives a week shared by deposit and balance to B, and the launch week to L", () => {
    // Deposit 20–26 May (W20–W21), balance 27 May – 4 June (W21–W22; W22 is the launch week), then JD to 18 June.
    expect(marks(layout, rowOf(layout, "PS-2"))).toEqual({
      20: "D",
      21: "B",
      22: "L",
      23: "JD",
      24: "JD",
    });
  });

  it("colours D and B by kind, with their legend", () => {
    expect(layout.legend.map((e) => e.code ?? e.kind)).toEqual([
      "L",
      "W",
      "P",
      "D",
      "B",
      "promotion",
      "festival",
      "Shutdown",
      "stockOut",
    ]);
  });

  it("recalculated by HyperFormula, gives the cached marks", () => {
    const p = presalePlan();
    const l = timelineLayout(p, { lang: "en" });
    const wb = evaluate(p, l, "en");
    l.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isFormulaCell(cell))
          expect([r + 1, c + 1, wb.value(r + 1, c + 1)]).toEqual([r + 1, c + 1, cell.result]);
      })
    );
  });
});

describe("timelineLayout: cached results are what the formulas compute", () => {
  const check = (p: Plan, lang: "en" | "zh-CN", year?: number) => {
    const l = timelineLayout(p, { lang, year });
    const zhPlatforms: Record<string, string> = {
      Tmall: "天猫",
      JD: "京东",
      Douyin: "抖音",
      Pinduoduo: "拼多多",
    };
    const wb = evaluate(p, l, lang, lang === "zh-CN" ? (x) => zhPlatforms[x] ?? x : undefined);
    let n = 0;
    l.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        expect([r + 1, c + 1, wb.value(r + 1, c + 1)]).toEqual([r + 1, c + 1, cell.result]);
        n++;
      })
    );
    return n;
  };

  it("in English, recalculated by HyperFormula", () => {
    expect(check(plan(), "en")).toBeGreaterThan(5 * 52);
  });

  it("in Chinese, on a workbook with Chinese sheet names and platforms", () => {
    expect(check(plan(), "zh-CN")).toBeGreaterThan(5 * 52);
  });

  it("in a 53-week year", () => {
    expect(check(plan(), "en", 2026)).toBeGreaterThan(5 * 53);
  });

  it("is live: moving a promotion's dates in Promotions moves its bar", () => {
    const p = plan();
    const l = timelineLayout(p, { lang: "en" });
    const wb = evaluate(p, l, "en");
    const h1 = l.rows.findIndex((r) => r[0] === "H-1") + 1;
    const col = (week: number): number => columnIndex(l.weeks[week - 1].column);
    expect(wb.value(h1, col(24))).toBe("Tmall");
    expect(wb.value(h1, col(30))).toBe("");
    // Move the Tmall 618 promotion (Promotions row 2) to 26–28 July (W30).
    const promos = wb.engine.getSheetId("Promotions") as number;
    wb.engine.setCellContents({ sheet: promos, row: 1, col: 3 }, [[d("2027-07-26")]]);
    wb.engine.setCellContents({ sheet: promos, row: 1, col: 4 }, [[d("2027-07-28")]]);
    expect(wb.value(h1, col(30))).toBe("Tmall");
    expect(wb.value(h1, col(24))).toBe("JD");
    // And a product's launch date: L-2 from 8 March (W10) to 5 April (W14).
    const l2 = l.rows.findIndex((r) => r[0] === "L-2") + 1;
    const products = wb.engine.getSheetId("Products") as number;
    expect(wb.value(l2, col(10))).toBe("L");
    wb.engine.setCellContents({ sheet: products, row: 5, col: 8 }, [[d("2027-04-05")]]);
    expect(wb.value(l2, col(10))).toBe("");
    expect(wb.value(l2, col(14))).toBe("L");
  });
});

describe("timelineLayout: the Calendar sheet as the template seeds it", () => {
  it("marks the seeded festivals and the Spring Festival shutdown of the plan year", async () => {
    const { festivalCalendar } = await import("../../../src/core/sample/calendar");
    const calendar = festivalCalendar(2027, "zh-CN").map((r) => ({
      event: String(r.event),
      from: Number(r.from),
      to: Number(r.to),
      kind: String(r.kind) === "物流停运" ? ("shutdown" as const) : ("festival" as const),
    }));
    const l = timelineLayout(plan({ calendar }), { lang: "zh-CN" });
    const m = marks(l, l.rows[R.calendar - 1]);
    const names = new Set(Object.values(m));
    expect([...names].sort()).toEqual(
      ["38女王节", "618年中大促", "99划算节", "停运", "双11全球狂欢节", "双12", "年货节"].sort()
    );
    // Spring Festival 2027 is 6 February: couriers stop 31 January – 13 February (W4–W6).
    expect([m[4], m[5], m[6]]).toEqual(["停运", "停运", "停运"]);
    expect(m[49]).toBe("双12");
  });
});

describe("isTimelineTitle", () => {
  it("matches the title of row 1 in either language, for any plan year", () => {
    for (const lang of ["en", "zh-CN"] as const)
      for (const year of [2027, 2031]) {
        const l = timelineLayout(plan({ settings: { planYear: year } }), { lang });
        expect(isTimelineTitle(l.rows[R.month - 1][0])).toBe(true);
      }
    expect(isTimelineTitle("Timeline 2019")).toBe(true);
    expect(isTimelineTitle("2040 年时间线")).toBe(true);
    expect(isTimelineTitle(" Timeline 2027 ")).toBe(true);
  });

  it("anything else is a planner's own sheet", () => {
    for (const a1 of [
      "Timeline",
      "Timeline 27",
      "My Timeline 2027",
      "Timeline 2027 (draft)",
      "年时间线",
      "",
      2027,
      null,
    ])
      expect(isTimelineTitle(a1)).toBe(false);
  });
});
