import { comparePlans } from "../../../src/core/versions/compare/compare";
import { changesReport, changesSummary } from "../../../src/core/versions/changesReport";
import { sampleWorkbook } from "../sampleWorkbook";
import { BUDGET, plan, PRODUCTS, PROMOTIONS, PRICES, SETTINGS, withCell } from "./plans";

const today = new Date(2026, 10, 25);
const cmp = (a: ReturnType<typeof plan>, b: ReturnType<typeof plan>) =>
  comparePlans(a, b, { today });

describe("comparePlans", () => {
  it("finds nothing between a plan and itself", () => {
    const c = cmp(plan(), plan());
    expect(c.equal).toBe(true);
    expect(c.sheets).toEqual([]);
    expect(c.effects.appeared).toEqual([]);
    expect(c.effects.disappeared).toEqual([]);
    expect(c.effects.weeks).toEqual([]);
  });

  it("reports a promotion whose dates moved as one change, cell by cell, and the weeks that move", () => {
    const moved = withCell(withCell(PROMOTIONS, 1, 3, 46560), 1, 4, 46566);
    const c = cmp(plan(), plan({ Promotions: moved }));
    expect(c.sheets).toHaveLength(1);
    const d = c.sheets[0];
    expect(d.id).toBe("promotions");
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([
      {
        label: "KA-1 · Tmall · 618",
        rowBefore: 2,
        rowAfter: 2,
        cells: [
          { field: "start", header: "Start", before: "2027-06-08", after: "2027-06-22" },
          { field: "end", header: "End", before: "2027-06-18", after: "2027-06-28" },
        ],
      },
    ]);
    expect(c.effects.weeks).toEqual([
      { sku: "KA-1", gained: ["2027-W25", "2027-W26"], lost: ["2027-W23", "2027-W24"] },
    ]);
  });

  describe("Timeline weeks of a presale (issue 16): its deposit (D) and balance (B) weeks as the Timeline marks them", () => {
    // KA-1 presold 2027-05-14 (W19) to 06-18 (W24): deposit 05-14…05-20 (W19–W20), balance 06-14…06-18 (W24).
    const header = [
      ...PROMOTIONS[0],
      "Deposit start",
      "Deposit end",
      "Balance start",
      "Balance end",
    ];
    const presale = (cells: Record<number, number> = {}) => {
      const row = [
        "KA-1",
        "Tmall",
        "618 presale",
        46521,
        46556,
        169,
        120,
        46521,
        46527,
        46552,
        46556,
      ];
      for (const [i, v] of Object.entries(cells)) row[Number(i)] = v;
      return [header, row];
    };

    it("a balance window moved a week later: B leaves W24 for W25, the bar takes W24", () => {
      const c = cmp(
        plan({ Promotions: presale() }),
        plan({ Promotions: presale({ 4: 46563, 9: 46559, 10: 46563 }) })
      );
      expect(c.effects.weeks).toEqual([
        { sku: "KA-1", gained: ["2027-W24"], lost: [] },
        { sku: "KA-1", kind: "balance", gained: ["2027-W25"], lost: ["2027-W24"] },
      ]);
      const weekRows = changesReport(c, { before: "a", after: "b" }, "en").rows.filter(
        (r) => r[1] === "Timeline weeks"
      );
      expect(weekRows.map((r) => [r[2], r[5], r[6], r[7]])).toEqual([
        ["KA-1", "", "", "2027-W24"],
        ["KA-1", "balance weeks (B)", "2027-W24", "2027-W25"],
      ]);
    });

    it("a deposit window moved within the promotion's dates: a move the effect missed before", () => {
      const c = cmp(
        plan({ Promotions: presale() }),
        plan({ Promotions: presale({ 7: 46528, 8: 46534 }) })
      );
      expect(c.effects.weeks).toEqual([
        { sku: "KA-1", gained: ["2027-W19"], lost: ["2027-W21"] },
        { sku: "KA-1", kind: "deposit", gained: ["2027-W21"], lost: ["2027-W19"] },
      ]);
    });

    it("a window without both dates marks no week, as on the Timeline", () => {
      const c = cmp(
        plan({ Promotions: presale({ 9: 46552, 10: 46556 }) }),
        plan({
          Promotions: [
            header,
            ["KA-1", "Tmall", "618 presale", 46521, 46556, 169, 120, 46521, 46527, 46552],
          ],
        })
      );
      expect(c.effects.weeks).toEqual([
        { sku: "KA-1", gained: ["2027-W24"], lost: [] },
        { sku: "KA-1", kind: "balance", gained: [], lost: ["2027-W24"] },
      ]);
    });
  });

  it("matches prices by SKU, platform and effective from: a new date is a removal and an addition", () => {
    const c = cmp(plan(), plan({ Prices: withCell(PRICES, 2, 3, 46400) }));
    const d = c.sheets[0];
    expect(d.removed).toEqual([{ label: "KA-2 · JD · 2027-01-01", row: 3 }]);
    expect(d.added).toEqual([{ label: "KA-2 · JD · 2027-01-13", row: 3 }]);
    expect(d.changed).toEqual([]);
  });

  it("matches duplicate keys in sheet order", () => {
    const dup = [...PROMOTIONS, ["KA-1", "Tmall", "618", 46600, 46605, 159, 10]];
    const dupChanged = withCell(dup, 3, 5, 149);
    const c = cmp(plan({ Promotions: dup }), plan({ Promotions: dupChanged }));
    expect(c.sheets[0].changed).toEqual([
      {
        label: "KA-1 · Tmall · 618",
        rowBefore: 4,
        rowAfter: 4,
        cells: [{ field: "promoPrice", header: "Promo price", before: "159", after: "149" }],
      },
    ]);
    // One duplicate removed: the later one in sheet order goes.
    const removed = cmp(plan({ Promotions: dup }), plan());
    expect(removed.sheets[0].removed).toEqual([{ label: "KA-1 · Tmall · 618", row: 4 }]);
  });

  it("pairs identical duplicates first: a key typed into one of them is one removal and one addition", () => {
    const header = PROMOTIONS[0];
    const before = [
      header,
      [null, null, null, null, "KA-1", "KA-1", "KA-1"],
      [null, null, null, 46300, "KA-1", 46300, "KA-1"],
    ];
    const after = withCell(before, 1, 0, 46300);
    const d = cmp(plan({ Promotions: before }), plan({ Promotions: after })).sheets[0];
    expect(d.changed).toEqual([]);
    expect(d.removed.map((r) => r.row)).toEqual([2]);
    expect(d.added.map((r) => r.row)).toEqual([2]);
  });

  it("reads both sides through the forgiving reader: renamed sheets and columns, reordered columns, Chinese", () => {
    const zhProducts = [
      ["标价", "SKU", "层级", "最低价", "单位成本", "库存"],
      ...PRODUCTS.slice(1).map((r) => [r[2], r[0], r[1], r[3], r[4], r[5]]),
    ];
    const a = plan();
    const b = plan();
    b.sheets[1] = { name: "产品", rows: zhProducts };
    const c = cmp(a, b);
    expect(c.sheets).toHaveLength(1);
    const d = c.sheets[0];
    expect(d).toMatchObject({ id: "products", before: "Products", after: "产品" });
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.renamedColumns.map((r) => r.after)).toEqual([
      "层级",
      "标价",
      "最低价",
      "单位成本",
      "库存",
    ]);
  });

  it("the sample plan with every sheet and header renamed in Chinese holds the same rows", () => {
    const en = sampleWorkbook(2027, "en");
    const zh = sampleWorkbook(2027, "zh-CN");
    // The English plan's values under the Chinese sheet names and headers.
    const renamed = {
      sheets: en.sheets.map((s, i) => ({
        name: zh.sheets[i].name,
        rows: [zh.sheets[i].rows[0], ...s.rows.slice(1)],
      })),
    };
    const c = comparePlans(en, renamed, { today: en.today });
    expect(c.sheets.length).toBeGreaterThan(5); // every sheet's name is another
    for (const d of c.sheets) {
      expect(d.before).not.toBe(d.after);
      expect(d.added).toEqual([]);
      expect(d.removed).toEqual([]);
      expect(d.changed).toEqual([]);
    }
    expect(c.effects.appeared).toEqual([]);
    expect(c.effects.disappeared).toEqual([]);
  });

  it("validates each side with its own Settings: a lower Max promo days makes a finding appear", () => {
    const c = cmp(plan(), plan({ Settings: withCell(SETTINGS, 2, 1, 5) }));
    expect(c.sheets.map((d) => d.id)).toEqual(["settings"]);
    expect(c.sheets[0].changed[0]).toMatchObject({
      label: "Max promo days",
      cells: [{ field: "value", before: "20", after: "5" }],
    });
    expect(c.effects.appeared.map((f) => `${f.rule} ${f.address}`)).toEqual([
      "PROMO_TOO_LONG Promotions!E2",
    ]);
    expect(c.effects.disappeared).toEqual([]);
  });

  it("a finding on a row that moved is not reported as appearing and disappearing", () => {
    const bad = withCell(PROMOTIONS, 1, 4, 46600); // 55 days: too long
    const moved = [bad[0], bad[2], bad[1]];
    const c = cmp(plan({ Promotions: bad }), plan({ Promotions: moved }));
    expect(c.effects.appeared).toEqual([]);
    expect(c.effects.disappeared).toEqual([]);
  });

  it("sums the budget, expected units, orders and revenue on each side", () => {
    const more = [...BUDGET, ["Display ads", 5000, 1, 0.02, 9000]];
    const c = cmp(plan(), plan({ Budget: more }));
    expect(c.effects.before).toEqual({
      budget: 10000,
      expectedUnits: 160,
      expectedOrders: 250,
      expectedRevenue: 40000,
    });
    expect(c.effects.after).toEqual({
      budget: 15000,
      expectedUnits: 160,
      expectedOrders: 350,
      expectedRevenue: 49000,
    });
    expect(c.sheets[0].added).toEqual([{ label: "Display ads", row: 3 }]);
  });

  it("an unreadable cell is compared as typed", () => {
    const c = cmp(plan(), plan({ Products: withCell(PRODUCTS, 1, 2, "ten") }));
    expect(c.sheets[0].changed[0].cells).toEqual([
      { field: "listPrice", header: "List price", before: "199", after: "ten" },
    ]);
    expect(c.effects.appeared.map((f) => f.rule)).toContain("DQ_NOT_A_NUMBER");
  });

  it("a sheet only one side has is all added", () => {
    const a = plan();
    a.sheets = a.sheets.filter((s) => s.name !== "Budget");
    const c = cmp(a, plan());
    expect(c.sheets[0]).toMatchObject({ id: "budget", after: "Budget" });
    expect(c.sheets[0].before).toBeUndefined();
    expect(c.sheets[0].added).toHaveLength(1);
  });

  it("writes the report rows in both languages", () => {
    const c = cmp(plan(), plan({ Products: withCell(PRODUCTS, 2, 2, 109) }));
    const en = changesReport(c, { before: "v1", after: "working plan" }, "en");
    expect(en.title).toBe("Changes from v1 to working plan");
    expect(en.rows[0]).toEqual(["Products", "changed", "KA-2", 3, 3, "List price", "99", "109"]);
    const zh = changesReport(c, { before: "v1", after: "当前计划" }, "zh-CN");
    expect(zh.header[0]).toBe("工作表");
    expect(zh.rows[0][1]).toBe("修改");
    expect(changesSummary(c, "en")).toMatch(
      /^1 sheet\(s\) differ: 0 row\(s\) added, 0 removed, 1 changed/
    );
  });
});
