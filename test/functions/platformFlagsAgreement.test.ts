/**
 * Issue 16's platform figures in the live formulas: on random plans with Platforms rows — a platform's own Max promo
 * days, Max deposit share and Min deposit, blank, unreadable (negative, text) or on a duplicate row — each Promotions
 * row's Flags and Presale flags formulas, as the CLI writes them, are evaluated from their text
 * (test/functions/formulaEval.ts, written independently of the core's evaluator), and
 * - the result is the cached value the core's evaluator stores (src/core/formulas/evaluate.ts);
 * - the rules each reports are the ones validatePlan reports on that row, of the rules its row check covers.
 * Before, the Flags took the Settings' Max promo days where the rule took the platform's, and a platform figure read a
 * duplicate row's blank first cell as the figure.
 */
import fc from "fast-check";
import { columnLetter, type CellValue } from "../../src/core/cells";
import type { FieldRow } from "../../src/core/compute";
import { FLAG_RULES, PRESALE_FLAG_RULES } from "../../src/core/flags";
import { flagRules } from "../../src/core/functions/definitions";
import { isFormulaCell, type SheetLayout } from "../../src/core/write/layout";
import { formulaLayout } from "./formulaLayout";
import { FormulaEvaluator, XErr } from "./formulaEval";

const TODAY = new Date(Date.UTC(2026, 10, 25));
const Y = 46388 + 150; // 2027-05-31
const PLATFORMS = ["Tmall", "JD", "Douyin"];
const SKUS = ["A", "B"];

const promotion = fc
  .record({
    sku: fc.constantFrom(...SKUS),
    platform: fc.constantFrom(...PLATFORMS),
    start: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 1, max: 9 }),
    promoPrice: fc.integer({ min: 40, max: 120 }),
    presale: fc.boolean(),
    deposit: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ start, length, presale, deposit, ...p }): FieldRow => ({
    ...p,
    start: Y + start,
    end: Y + start + length - 1,
    ...(presale
      ? {
          depositStart: Y + start - 20,
          depositEnd: Y + start - 12,
          deposit,
          balanceStart: Y + start - 10,
          balanceEnd: Y + start - 8,
        }
      : {}),
  }));

/** A Calendar event's Platform: blank (every platform) or one platform, as typed in any case. */
const eventPlatform = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...PLATFORMS, "TMALL", "jd") }
);

const event = fc
  .record({
    from: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 1, max: 20 }),
    maxPromoDays: fc.integer({ min: 2, max: 8 }),
    platform: eventPlatform,
  })
  .map(({ from, length, maxPromoDays, platform }): FieldRow => ({
    event: "618",
    kind: "festival",
    from: Y + from,
    to: Y + from + length - 1,
    maxPromoDays,
    ...(platform !== undefined ? { platform } : {}),
  }));

/** A figure as a planner leaves it: blank mostly, a number, or something the reader refuses. */
const figure = (numbers: fc.Arbitrary<number>): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: numbers },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>(-2, "soon") }
  );

const platformRow = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  maxPromoDays: figure(fc.integer({ min: 1, max: 9 })),
  maxDepositShare: figure(fc.constantFrom(0.1, 0.25, 0.5)),
  minDeposit: figure(fc.constantFrom(5, 20, 35)),
});

const sheetOf = (sheets: SheetLayout[], id: string): SheetLayout => {
  const s = sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};

test("Promotions Flags and Presale flags: the formula, the core's cached value and validatePlan agree with Platforms rows and Calendar events of one platform", () => {
  let tooLong = 0;
  let byPlatform = 0;
  let byOwnEvent = 0;
  let otherEventSkipped = 0;
  let deposits = 0;
  fc.assert(
    fc.property(
      fc.array(promotion, { minLength: 1, maxLength: 8 }),
      fc.array(event, { maxLength: 3 }),
      fc.array(platformRow, { maxLength: 5 }),
      (promotions, calendar, platforms) => {
        const layout = formulaLayout({
          today: TODAY,
          data: {
            products: SKUS.map((sku) => ({ sku, tier: "secondary", listPrice: 150 })),
            promotions,
            calendar,
            platforms: platforms as FieldRow[],
          },
        });
        const evaluator = new FormulaEvaluator(layout);
        const s = sheetOf(layout.sheets, "promotions");
        const found = new Map<number, Set<string>>();
        for (const f of layout.findings)
          if (f.sheet === s.name) found.set(f.row, (found.get(f.row) ?? new Set()).add(f.rule));
        const check = (field: string, covered: readonly string[]): void => {
          const j = s.columns.findIndex((c) => c.field === field);
          s.rows.forEach((r, i) => {
            const row = s.firstRow + i;
            const cell = r[j];
            if (!isFormulaCell(cell)) throw new Error(`${field} on row ${row} is no formula`);
            const v = evaluator.evaluate(cell.formula, s.name);
            expect(v).not.toBeInstanceOf(XErr);
            expect([field, row, v]).toEqual([field, row, cell.result]);
            const got = flagRules(String(v)).filter((x) => covered.includes(x));
            const want = covered.filter((x) => found.get(row)?.has(x));
            expect([field, row, got]).toEqual([field, row, want]);
            if (got.includes("PROMO_TOO_LONG")) tooLong++;
            if (got.includes("PRESALE_DEPOSIT")) deposits++;
          });
        };
        check("flags", FLAG_RULES.promotions ?? []);
        check("presaleFlags", PRESALE_FLAG_RULES);
        byPlatform += layout.findings.filter(
          (f) => f.rule === "PROMO_TOO_LONG" && f.related.some((c) => c.startsWith("Platforms!"))
        ).length;
        // The events of one platform: the limit they set for their platform's promotions, and the promotions of
        // another platform they would have made too long (what the Flags took before).
        const cal = sheetOf(layout.sheets, "calendar");
        const [pj, mj] = ["platform", "maxPromoDays"].map((f) =>
          cal.columns.findIndex((c) => c.field === f)
        );
        const ownEvents = new Set(
          cal.rows.flatMap((r, i) =>
            r[pj] ? [`${cal.name}!${columnLetter(mj + 1)}${cal.firstRow + i}`] : []
          )
        );
        expect(ownEvents.size).toBe(calendar.filter((e) => e.platform !== undefined).length);
        byOwnEvent += layout.findings.filter(
          (f) => f.rule === "PROMO_TOO_LONG" && f.related.some((c) => ownEvents.has(c))
        ).length;
        for (const p of promotions) {
          const days = (p.end as number) - (p.start as number) + 1;
          otherEventSkipped += calendar.some(
            (e) =>
              e.platform !== undefined &&
              String(e.platform).toLowerCase() !== String(p.platform).toLowerCase() &&
              (e.from as number) <= (p.end as number) &&
              (e.to as number) >= (p.start as number) &&
              days > (e.maxPromoDays as number)
          )
            ? 1
            : 0;
        }
      }
    ),
    { numRuns: 120 }
  );
  // Not vacuous: promotions too long, some by a platform's own Max promo days, some by an event of their platform;
  // promotions another platform's event would have made too long; deposits out of bounds.
  expect(tooLong).toBeGreaterThan(50);
  expect(byPlatform).toBeGreaterThan(20);
  expect(byOwnEvent).toBeGreaterThan(5);
  expect(otherEventSkipped).toBeGreaterThan(15);
  expect(deposits).toBeGreaterThan(20);
});

test("a platform on two Platforms rows: the first row's figure or, blank or unreadable there, the setting — never the later row's", () => {
  const presale = (sku: string, deposit: number): FieldRow => ({
    sku,
    platform: "Tmall",
    start: Y,
    end: Y + 4,
    promoPrice: 100,
    depositStart: Y - 20,
    depositEnd: Y - 12,
    deposit,
    balanceStart: Y - 10,
    balanceEnd: Y - 8,
  });
  const layoutWith = (platforms: FieldRow[]) =>
    formulaLayout({
      today: TODAY,
      data: {
        products: SKUS.map((sku) => ({ sku, tier: "secondary", listPrice: 150 })),
        // A 5-day promotion, a deposit of 15 (the setting's minimum is 10, the later row's 35).
        promotions: [presale("A", 15)],
        platforms,
      },
    });
  for (const first of [null, -3, "soon"] as CellValue[]) {
    const layout = layoutWith([
      { platform: "Tmall", maxPromoDays: first, minDeposit: first },
      { platform: "Tmall", maxPromoDays: 2, minDeposit: 35 },
    ]);
    const s = sheetOf(layout.sheets, "promotions");
    const evaluator = new FormulaEvaluator(layout);
    const value = (field: string): CellValue => {
      const cell = s.rows[0][s.columns.findIndex((c) => c.field === field)];
      if (!isFormulaCell(cell)) throw new Error("no formula");
      expect(evaluator.evaluate(cell.formula, s.name)).toEqual(cell.result);
      return cell.result;
    };
    // The setting's 3 days and ¥10: the 5-day promotion too long, the deposit fine.
    expect([first, value("flags")]).toEqual([first, "PROMO_TOO_LONG (5 days > 3)"]);
    expect([first, value("presaleFlags")]).toEqual([first, ""]);
    const rules = layout.findings.map((f) => `${f.rule} ${f.address}`);
    expect(rules).toContain("PROMO_TOO_LONG Promotions!E2");
    expect(rules.filter((r) => r.startsWith("PRESALE_DEPOSIT"))).toEqual([]);
    // The later row is the duplicate, whatever the first row holds.
    expect(rules).toContain("DQ_DUPLICATE_SKU Platforms!A3");
  }
});

test("the Calendar's rows 1 to 1000: an event on row 1000 is in the Flags, one on row 1001 only in Validate, which says so", () => {
  // Events on rows 2–999 set no Max promo days (and are far from the promotions); row 1000 and row 1001 do.
  const filler: FieldRow[] = Array.from({ length: 998 }, () => ({
    event: "Filler",
    kind: "festival",
    from: Y - 300,
    to: Y - 290,
  }));
  const capped = (maxPromoDays: number, from: number): FieldRow => ({
    event: "618",
    kind: "festival",
    from,
    to: from + 4,
    maxPromoDays,
  });
  const promo = (sku: string, start: number): FieldRow => ({
    sku,
    platform: "Tmall",
    start,
    end: start + 2,
    promoPrice: 100,
  });
  const layout = formulaLayout({
    today: TODAY,
    data: {
      products: SKUS.map((sku) => ({ sku, tier: "secondary", listPrice: 150 })),
      // 3 days each: within the setting's 3, over the events' 2 and 1.
      promotions: [promo("A", Y), promo("B", Y + 20)],
      calendar: [...filler, capped(2, Y), capped(1, Y + 20)],
    },
  });
  const cal = sheetOf(layout.sheets, "calendar");
  expect(cal.firstRow + cal.rows.length - 1).toBe(1001);
  const s = sheetOf(layout.sheets, "promotions");
  const evaluator = new FormulaEvaluator(layout);
  const flags = s.rows.map((r) => {
    const cell = r[s.columns.findIndex((c) => c.field === "flags")];
    if (!isFormulaCell(cell)) throw new Error("no formula");
    expect(evaluator.evaluate(cell.formula, s.name)).toEqual(cell.result);
    return cell.result;
  });
  // Row 1000's event is read; row 1001's is not: B keeps the setting's 3 days in its Flags.
  expect(flags).toEqual(["PROMO_TOO_LONG (3 days > 2)", ""]);
  const rules = layout.findings.map((f) => `${f.rule} ${f.address}`);
  expect(rules).toContain("PROMO_TOO_LONG Promotions!E2");
  // Validate reads every event: B is too long there, and the event below the Flags' rows is named.
  expect(rules).toContain("PROMO_TOO_LONG Promotions!E3");
  expect(rules.filter((r) => r.startsWith("CALENDAR_PAST_FORMULA_ROWS"))).toEqual([
    "CALENDAR_PAST_FORMULA_ROWS Calendar!E1001",
  ]);
});
