/** The Timeline's builders, each alone: what one formula or row holds, on a two-week grid. */
import { columnIndex } from "../../../src/core/cells";
import type { Product, Row } from "../../../src/core/plan";
import { calendarRow, calendarWeekFormula } from "../../../src/core/timeline/calendarRow";
import {
  timelineColumns,
  timelineFormats,
  weekColumnWidth,
} from "../../../src/core/timeline/dressing";
import { formulaTemplate } from "../../../src/core/timeline/formulaTemplate";
import { timelineGrid } from "../../../src/core/timeline/grid";
import { headerRows } from "../../../src/core/timeline/headerRows";
import { planWeeks } from "../../../src/core/timeline/isoWeeks";
import {
  helperCells,
  productRow,
  productRowRefs,
  slotCells,
  weekCellTemplate,
} from "../../../src/core/timeline/productRow";
import { inputRefs } from "../../../src/core/timeline/refs";
import { timelineTexts } from "../../../src/core/timeline/texts";
import type { ProductMarks } from "../../../src/core/timeline/values";
import { schemaLetters } from "../../../src/core/write/layout";
import { d, rowsOf } from "../fixtures";

const refs = inputRefs(schemaLetters, (s) => (s === "promotions" ? "My promos" : s));
const { t, code } = timelineTexts("en");
const grid = timelineGrid(planWeeks(2027).slice(0, 2), 2);

describe("formulaTemplate", () => {
  it("fills each hole with its value, as often as the formula names it", () => {
    const f = formulaTemplate(["a", "b"] as const, ({ a, b }) => `IF(${a}>0,${b},${a})`);
    expect(f({ a: "X1", b: "Y2" })).toBe("IF(X1>0,Y2,X1)");
    expect(f({ a: "Z9", b: '"q"' })).toBe('IF(Z9>0,"q",Z9)');
  });
});

describe("timelineGrid", () => {
  it("places weeks from D, then the nine helpers, then the slots: Starts, Ends, Platforms, the presale dates", () => {
    expect(grid.weekColumns).toEqual(["D", "E"]);
    expect(grid.helperColumn.row).toBe("F");
    expect(grid.helperColumn.last).toBe("N");
    expect(grid.slotColumns).toEqual({
      start: { first: "O", last: "P" },
      end: { first: "Q", last: "R" },
      platform: { first: "S", last: "T" },
      depositStart: { first: "U", last: "V" },
      depositEnd: { first: "W", last: "X" },
      balanceStart: { first: "Y", last: "Z" },
      balanceEnd: { first: "AA", last: "AB" },
    });
    expect(grid.slotIndex("end", 1)).toBe(17);
    expect(grid.width).toBe(28);
    expect(grid.weekRefs[1]).toEqual({ monday: "E$3", before: "E$4", from: "E$5" });
  });
  it("has as many presale slots of each presale date as the plan's most presales on one product", () => {
    const g = timelineGrid(planWeeks(2027).slice(0, 2), 3, undefined, 1);
    expect(g.slotColumns).toEqual({
      start: { first: "O", last: "Q" },
      end: { first: "R", last: "T" },
      platform: { first: "U", last: "W" },
      depositStart: { first: "X", last: "X" },
      depositEnd: { first: "Y", last: "Y" },
      balanceStart: { first: "Z", last: "Z" },
      balanceEnd: { first: "AA", last: "AA" },
    });
    expect([g.slotCount("end"), g.slotCount("balanceEnd"), g.presaleSlots, g.width]).toEqual([
      3, 1, 1, 27,
    ]);
  });
  it("has no slot columns without a Promotions sheet", () => {
    const g = timelineGrid(planWeeks(2027).slice(0, 2), 0);
    expect(g.slotColumns).toBeUndefined();
    expect(g.width).toBe(14);
  });
});

describe("headerRows", () => {
  it("writes the title, months, week numbers, Mondays and the criteria rows with their fills", () => {
    const h = headerRows(grid, t, "en", 2027);
    expect(h.rows.map((r) => r.slice(0, 5))).toEqual([
      ["Timeline 2027", null, null, "Jan", null],
      ["SKU", "Name", "Tier", "W1", "W2"],
      [null, null, null, d("2027-01-04"), d("2027-01-11")],
      [
        null,
        null,
        null,
        { formula: '"<"&(D$3+7)', result: `<${d("2027-01-11")}` },
        expect.anything(),
      ],
      [
        null,
        null,
        null,
        { formula: '">="&D$3', result: `>=${d("2027-01-04")}` },
        expect.anything(),
      ],
    ]);
    expect(h.merges).toEqual(["D1:E1"]);
    expect(h.fills).toEqual([
      { range: "D4:E4", formula: '"<"&(D$3+7)' },
      { range: "D5:E5", formula: '">="&D$3' },
    ]);
  });
});

describe("calendarRow", () => {
  const events = rowsOf("calendar", [
    { event: "Nianhuo", from: d("2027-01-09"), to: d("2027-01-25"), kind: "festival" as const },
  ]);
  it("writes a formula per week over the Calendar columns, with the event it finds", () => {
    const row = calendarRow(grid, events, refs.calendar, "Calendar", code.shutdown);
    expect(row[1]).toBe("Calendar");
    expect(row[3]).toEqual({
      formula: calendarWeekFormula(refs.calendar, "Shutdown", grid.weekRefs[0]),
      result: "Nianhuo",
    });
    expect((row[3] as { formula: string }).formula).toBe(
      'IF(COUNTIFS(calendar!$B:$B,D$4,calendar!$C:$C,D$5,calendar!$D:$D,"*shutdown*")+COUNTIFS(calendar!$B:$B,D$4,calendar!$C:$C,D$5,calendar!$D:$D,"*停*"),"Shutdown",' +
        'IFERROR(INDEX(calendar!$A:$A,MATCH(MINIFS(calendar!$B:$B,calendar!$B:$B,D$4,calendar!$C:$C,D$5),calendar!$B:$B,0)),""))'
    );
  });
  it("holds the values alone without a Calendar sheet", () => {
    const row = calendarRow(grid, events, undefined, "Calendar", code.shutdown);
    expect(row.slice(3, 5)).toEqual(["Nianhuo", "Nianhuo"]);
  });
});

describe("a product row", () => {
  const refsOf = productRowRefs(grid, 9);
  const marks: ProductMarks = {
    productRow: 4,
    launch: d("2027-01-12"),
    presale: 0,
    warehouse: 0,
    launchWk: d("2027-01-11"),
    presaleWk: 0,
    warehouseWk: 0,
    first: d("2027-01-05"),
    last: d("2027-01-06"),
    cells: ["Tmall", "L"],
  };

  it("names its own SKU and helper cells, column-anchored", () => {
    expect(refsOf.sku).toBe("$A9");
    expect(refsOf.helper.launchWk).toBe("$J9");
  });

  it("names its row's slot ranges", () => {
    expect(refsOf.slots).toEqual({
      start: "$O9:$P9",
      end: "$Q9:$R9",
      platform: "$S9:$T9",
      depositStart: "$U9:$V9",
      depositEnd: "$W9:$X9",
      balanceStart: "$Y9:$Z9",
      balanceEnd: "$AA9:$AB9",
    });
  });

  it("week cell: launch, warehouse, a balance then a deposit window, the earliest-starting overlapping slot's platform, presale", () => {
    const week = weekCellTemplate(refsOf, code);
    expect(week(grid.weekRefs[0])).toBe(
      'IF($J9=D$3,"L",IF($L9=D$3,"W",' +
        'IF(COUNTIFS($Y9:$Z9,D$4,$AA9:$AB9,D$5)>0,"B",IF(COUNTIFS($U9:$V9,D$4,$W9:$X9,D$5)>0,"D",' +
        "IFERROR(INDEX($S9:$T9,1,MATCH(" +
        "IF(OR(D$3>$N9,D$3+6<$M9),0,MINIFS($O9:$P9,$O9:$P9,D$4,$Q9:$R9,D$5)),$O9:$P9,0))," +
        'IF(AND($K9>0,$K9<=D$3,D$3<$J9),"P",""))))))'
    );
  });

  it("week cell without a Promotions sheet: no promotion look-up", () => {
    const week = weekCellTemplate({ ...refsOf, slots: undefined }, code);
    expect(week(grid.weekRefs[1])).toBe(
      'IF($J9=E$3,"L",IF($L9=E$3,"W",IF(AND($K9>0,$K9<=E$3,E$3<$J9),"P","")))'
    );
  });

  it("helper cells look the product up once and carry the marks as results", () => {
    const cells = helperCells(refsOf, refs.products, marks);
    expect(cells.map((c) => c.formula)).toEqual([
      // The Products row it was written from (4) when that row holds the SKU and is its SKU's first, else MATCH.
      "IFERROR(IF(IFERROR(AND(INDEX(products!$A:$A,4)=$A9,INDEX(products!$P:$P,4)=4),FALSE()),4,MATCH($A9,products!$A:$A,0)),0)",
      "IF($F9,N(INDEX(products!$I:$I,$F9)),0)",
      "IF($F9,N(INDEX(products!$J:$J,$F9)),0)",
      "IF($F9,N(INDEX(products!$K:$K,$F9)),0)",
      "IF($G9>0,$G9-MOD($G9-2,7),0)",
      "IF($H9>0,$H9-MOD($H9-2,7),0)",
      "IF($I9>0,$I9-MOD($I9-2,7),0)",
      "MIN($O9:$P9)",
      "MAX($Q9:$R9)",
    ]);
    expect(cells.map((c) => c.result)).toEqual([
      4,
      marks.launch,
      0,
      0,
      marks.launchWk,
      0,
      0,
      marks.first,
      marks.last,
    ]);
  });

  it("a Products sheet without its SKU row column, or no row to hint: the plain MATCH", () => {
    const older = { ...refs.products, skuRow: undefined };
    expect(helperCells(refsOf, older, marks)[0].formula).toBe(
      "IFERROR(MATCH($A9,products!$A:$A,0),0)"
    );
    expect(helperCells(refsOf, refs.products, { ...marks, productRow: 0 })[0].formula).toBe(
      "IFERROR(MATCH($A9,products!$A:$A,0),0)"
    );
  });

  const Q = {
    sheet: "My promos",
    letters: { sku: "A", platform: "B", start: "D", end: "E" },
    presale: { depositStart: "L", depositEnd: "M", balanceStart: "O" },
  };
  const promos = rowsOf(
    "promotions",
    [
      {
        sku: "a-1",
        platform: "Tmall",
        start: d("2027-01-05"),
        end: d("2027-01-06"),
        promoPrice: 1,
      },
      { sku: "A-1", platform: "JD", start: d("2027-01-06"), end: d("2027-01-06"), promoPrice: 1 },
    ],
    40
  );

  it("a slot names its promotion's own cells: Start while the SKU is still this row's, End, Platform", () => {
    const cells = slotCells(promos[1], Q, "$A9", (p) => (p === "JD" ? "京东" : p));
    expect(cells).toEqual({
      start: {
        formula: `IFERROR(IF(AND('My promos'!$A$41&""=$A9&"",ISNUMBER('My promos'!$D$41)),'My promos'!$D$41,""),"")`,
        result: d("2027-01-06"),
      },
      end: { formula: `IFERROR('My promos'!$E$41,"")`, result: d("2027-01-06") },
      platform: { formula: `IFERROR('My promos'!$B$41,"")`, result: "京东" },
      depositStart: {
        formula: `IFERROR(IF(AND('My promos'!$A$41&""=$A9&"",ISNUMBER('My promos'!$L$41)),'My promos'!$L$41,""),"")`,
        result: "",
      },
      depositEnd: {
        formula: `IFERROR(IF(AND('My promos'!$A$41&""=$A9&"",ISNUMBER('My promos'!$M$41)),'My promos'!$M$41,""),"")`,
        result: "",
      },
      balanceStart: {
        formula: `IFERROR(IF(AND('My promos'!$A$41&""=$A9&"",ISNUMBER('My promos'!$O$41)),'My promos'!$O$41,""),"")`,
        result: "",
      },
      // A sheet without the column: no formula names it.
      balanceEnd: { formula: '""', result: "" },
    });
  });

  const product: Row<Product> = rowsOf("products", [
    { sku: "A-1", name: "One", tier: "hero", listPrice: 1, platforms: [] },
  ])[0];
  const build = {
    codes: code,
    products: refs.products,
    promotions: Q,
    platformLabel: (p: string) => p,
  };

  it("places SKU, name, tier, the week cells with the marks, the helpers, then a slot per promotion", () => {
    const row = productRow(grid, 9, product, "Hero", marks, promos, build);
    expect(row).toHaveLength(grid.width);
    expect(row.slice(0, 3)).toEqual(["A-1", "One", "Hero"]);
    expect(row.slice(3, 5).map((c) => (c as { result: unknown }).result)).toEqual(["Tmall", "L"]);
    expect((row[13] as { formula: string }).formula).toBe("MAX($Q9:$R9)");
    const results = row
      .slice(14)
      .map((c) => (c === null ? null : (c as { result: unknown }).result));
    expect(results).toEqual([
      promos[0].v.start,
      promos[1].v.start,
      promos[0].v.end,
      promos[1].v.end,
      "Tmall",
      "JD",
      // No presale date on either promotion: no presale slot (they would all be "").
      ...new Array(8).fill(null),
    ]);
  });

  it("fills the presale slots with the promotions that have a presale date only, in order", () => {
    const presale = { ...promos[1], v: { ...promos[1].v, depositStart: 46500, depositEnd: 46510 } };
    const row = productRow(grid, 9, product, "Hero", marks, [promos[0], presale], build);
    // Base slots: promotion 1 then 2; presale slot 1 (U, W) is the second promotion, slot 2 (V, X) empty.
    expect((row[14] as { result: unknown }).result).toBe(promos[0].v.start);
    expect((row[15] as { result: unknown }).result).toBe(promos[1].v.start);
    const at = (col: string): unknown => row[columnIndex(col) - 1];
    expect(at("U")).toEqual({
      formula: `IFERROR(IF(AND('My promos'!$A$${presale.row}&""=$A9&"",ISNUMBER('My promos'!$L$${presale.row})),'My promos'!$L$${presale.row},""),"")`,
      result: 46500,
    });
    expect((at("W") as { result: unknown }).result).toBe(46510);
    expect([at("V"), at("X"), at("Z"), at("AB")]).toEqual([null, null, null, null]);
  });

  it("leaves the slots a product does not use empty; no slots without a Promotions sheet", () => {
    const row = productRow(grid, 9, product, "Hero", marks, promos.slice(0, 1), build);
    expect([row[15], row[17], row[19]]).toEqual([null, null, null]);
    const none = timelineGrid(planWeeks(2027).slice(0, 2), 0);
    const bare = productRow(none, 9, product, "Hero", marks, [], {
      ...build,
      promotions: undefined,
    });
    expect(bare).toHaveLength(14);
    expect(bare[12]).toEqual({ formula: "0", result: 0 });
  });
});

describe("dressing", () => {
  it("colours the Calendar row, and the product rows once there are any", () => {
    expect(timelineFormats(grid, code, 6).map((f) => f.kind)).toEqual(["shutdown", "festival"]);
    expect(timelineFormats(grid, code, 8).map((f) => `${f.kind} ${f.range}`)).toEqual([
      "shutdown D6:E6",
      "festival D6:E6",
      "launch D7:E8",
      "warehouse D7:E8",
      "presale D7:E8",
      "deposit D7:E8",
      "balance D7:E8",
      "promotion D7:E8",
    ]);
  });
  it("sizes week columns by the widest text shown, CJK counted double, within min–10", () => {
    const row = (a: string, b: string) => [null, null, null, { formula: "x", result: a }, b];
    expect(weekColumnWidth(grid, [row("JD", "")], 5)).toBe(5);
    expect(weekColumnWidth(grid, [row("Tmall", "拼多多")], 5)).toBe(7.5);
    expect(weekColumnWidth(grid, [row("A very long platform", "")], 5)).toBe(10);
  });
  it("lists SKU, Name, Tier, weeks, hidden helpers and hidden slots", () => {
    const cols = timelineColumns(grid, 6);
    expect(cols.map((c) => `${c.letter}:${c.role}${c.hidden ? "*" : ""}`).join(" ")).toBe(
      "A:sku B:name C:tier D:week E:week F:helper* G:helper* H:helper* I:helper* J:helper* K:helper* L:helper* M:helper* N:helper* O:slot* P:slot* Q:slot* R:slot* S:slot* T:slot* U:slot* V:slot* W:slot* X:slot* Y:slot* Z:slot* AA:slot* AB:slot*"
    );
  });
});
