import fc from "fast-check";
import type { Finding } from "../../src/core/finding";
import {
  groupByRule,
  matchesFilter,
  NO_FILTER,
  type FindingFilter,
} from "../../src/taskpane/model/findingGroups";
import { finding, syntheticFindings, SHEETS, RULES } from "./syntheticFindings";
import {
  filterFindings,
  indexFindings,
  prepareSearch,
  type FindingView,
} from "../../src/taskpane/model/findingIndex";

const title = (rule: string): string => `Title of ${rule.replace(/_/g, " ").toLowerCase()} 标题`;

/** What the tab showed before the index: filter each finding, then group (the reference semantics). */
function reference(findings: readonly Finding[], filter: FindingFilter) {
  const shown = findings.filter((f) => matchesFilter(f, filter, title));
  return {
    groups: groupByRule(shown.filter((f) => !f.waived)),
    waived: shown.filter((f) => f.waived),
  };
}

const viewOf = (v: FindingView) => ({ groups: v.groups, waived: v.waived });

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    rule: fc.constantFrom(...RULES),
    sheet: fc.constantFrom(...SHEETS),
    row: fc.integer({ min: 2, max: 60 }),
    column: fc.constantFrom("A", "E", "G"),
    message: fc.stringMatching(/^[A-Za-zÄä 0-9¥.,-]{0,24}$/),
    waived: fc.boolean(),
  })
  .map(({ rule, sheet, row, column, message, waived }) => ({
    rule: rule.id,
    severity: rule.severity,
    sheet,
    row,
    column,
    address: `${sheet}!${column}${row}`,
    message,
    related: [],
    ...(waived ? { waived: true, reason: "ok" } : {}),
  }));

/** Queries that hit: a piece of a message, address, rule id or title in any case, with spaces around; or noise. */
function queryArb(findings: readonly Finding[]): fc.Arbitrary<string> {
  const texts = findings.flatMap((f) => [f.message, f.address, f.rule, title(f.rule)]);
  const piece =
    texts.length === 0
      ? fc.constant("")
      : fc
          .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.boolean(), fc.boolean())
          .map(([t, a, b, upper, pad]) => {
            const from = a % (t.length + 1);
            const s = t.slice(from, from + (b % 6));
            return `${pad ? "  " : ""}${upper ? s.toUpperCase() : s}${pad ? " " : ""}`;
          });
  return fc.oneof(piece, fc.string({ maxLength: 3 }), fc.constant("\u0000"));
}

function filterArb(findings: readonly Finding[]): fc.Arbitrary<FindingFilter> {
  return fc.record({
    sheet: fc.constantFrom("", ...SHEETS),
    severity: fc.constantFrom<FindingFilter["severity"]>("all", "error", "warning"),
    query: queryArb(findings),
  });
}

describe("filterFindings over indexFindings", () => {
  it("gives what filtering each finding, then grouping gives", () => {
    fc.assert(
      fc.property(
        fc
          .array(findingArb, { maxLength: 60 })
          .chain((fs) =>
            fc.tuple(fc.constant(fs), fc.array(filterArb(fs), { minLength: 1, maxLength: 6 }))
          ),
        ([findings, filters]) => {
          const index = indexFindings(findings, title);
          let previous: FindingView | undefined;
          for (const filter of filters) {
            const fresh = filterFindings(index, filter);
            expect(viewOf(fresh)).toEqual(reference(findings, filter));
            // Narrowing from the previous view (when the filter allows it) changes nothing.
            const narrowed = filterFindings(index, filter, previous);
            expect(viewOf(narrowed)).toEqual(viewOf(fresh));
            const counted = fresh.groups.reduce((n, g) => n + g.findings.length, 0);
            expect([fresh.shown, narrowed.shown]).toEqual([
              counted + fresh.waived.length,
              fresh.shown,
            ]);
            previous = narrowed;
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("narrows as a query grows, keeping the groups nothing was taken from", () => {
    const findings: Finding[] = [
      ...Array.from({ length: 5 }, (_, i) => finding("PROMO_TOO_LONG", `Promotions!E${i + 2}`)),
      finding("BELOW_FLOOR", "Prices!C2", "Sells at ¥12"),
      finding("BELOW_FLOOR", "Prices!C3", "Sells at ¥13"),
    ];
    const index = indexFindings(findings, title);
    const all = filterFindings(index, NO_FILTER);
    expect(all.groups).toBe(index.groups);
    const promo = filterFindings(index, { ...NO_FILTER, query: "promo" }, all);
    expect(promo.groups).toEqual([index.groups[0]]);
    expect(promo.groups[0]).toBe(index.groups[0]); // whole group: the same object (no re-render)
    const sells = filterFindings(index, { ...NO_FILTER, query: "SELLS AT ¥1" }, all);
    const narrower = filterFindings(index, { ...NO_FILTER, query: "sells at ¥13" }, sells);
    expect(narrower.groups.map((g) => g.findings.map((f) => f.address))).toEqual([["Prices!C3"]]);
  });
});

describe("200,000 findings", () => {
  const findings = syntheticFindings();
  const index = indexFindings(findings, title);

  it("keeps every finding: the groups count each rule's unwaived findings, and the waived ones apart", () => {
    const expected = new Map<string, number>();
    for (const f of findings) if (!f.waived) expected.set(f.rule, (expected.get(f.rule) ?? 0) + 1);
    expect(new Map(index.groups.map((g) => [g.rule, g.findings.length]))).toEqual(expected);
    expect(index.groups.find((g) => g.rule === "BELOW_FLOOR")?.findings).toHaveLength(40_000);
    expect(index.waived).toHaveLength(1000);
    const grouped = index.groups.reduce((n, g) => n + g.findings.length, 0);
    expect(grouped + index.waived.length).toBe(200_000);
    expect(filterFindings(index, NO_FILTER).shown).toBe(200_000);
  });

  it("reaches the last finding of the 40,000 group by search and by filter", () => {
    expect(prepareSearch(index, 1000)).toBe(false); // sliced: more to do
    expect(prepareSearch(index)).toBe(true);
    const last = findings[39_999];
    const bySearch = filterFindings(index, { ...NO_FILTER, query: last.address.toLowerCase() });
    expect(bySearch.groups.map((g) => g.findings)).toEqual([[last]]);
    const byMessage = filterFindings(index, { ...NO_FILTER, query: "¥39999, below" });
    expect(byMessage.groups.flatMap((g) => g.findings)).toEqual([last]);
    const bySheet = filterFindings(index, { ...NO_FILTER, sheet: "Promotions", severity: "error" });
    const group = bySheet.groups.find((g) => g.rule === "BELOW_FLOOR")!;
    expect(group.findings).toHaveLength(40_000);
    expect(group.findings[39_999]).toBe(last);
    const byRule = filterFindings(index, { ...NO_FILTER, query: "below_floor" });
    expect(byRule.shown).toBe(40_000);
  });
});
