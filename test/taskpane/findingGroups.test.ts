import type { Finding } from "../../src/core/finding";
import {
  findingKey,
  groupByRule,
  matchesFilter,
  NO_FILTER,
  sheetsOf,
} from "../../src/taskpane/model/findingGroups";

const finding = (
  rule: string,
  address: string,
  severity: Finding["severity"],
  extra: Partial<Finding> = {}
): Finding => {
  const [sheet, cell] = address.split("!");
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return {
    rule,
    severity,
    sheet,
    row: Number(m[2]),
    column: m[1],
    address,
    message: `${rule} at ${cell}`,
    related: [],
    ...extra,
  };
};

const FINDINGS: Finding[] = [
  finding("WAREHOUSE_MISSING", "Products!K5", "warning"),
  finding("PROMO_TOO_LONG", "Promotions!E12", "error", {
    message: "Promotion runs 5 days (2027-06-14 to 2027-06-18)",
  }),
  finding("PROMO_TOO_FREQUENT", "Promotions!D14", "warning"),
  finding("PROMO_TOO_LONG", "Promotions!E20", "error"),
  finding("DQ_UNKNOWN_SKU", "Prices!A6", "error"),
  finding("BUDGET_OVER_CAP", "Budget!B9", "error"),
];
const title = (rule: string): string => (rule === "PROMO_TOO_LONG" ? "Promotion too long" : rule);

describe("groupByRule", () => {
  it("puts errors first, then warnings, each in the spec's rule order, keeping the findings' order", () => {
    const groups = groupByRule(FINDINGS);
    expect(groups.map((g) => [g.rule, g.severity, g.findings.length])).toEqual([
      ["PROMO_TOO_LONG", "error", 2],
      ["BUDGET_OVER_CAP", "error", 1],
      ["DQ_UNKNOWN_SKU", "error", 1],
      ["PROMO_TOO_FREQUENT", "warning", 1],
      ["WAREHOUSE_MISSING", "warning", 1],
    ]);
    expect(groups[0].findings.map((f) => f.address)).toEqual(["Promotions!E12", "Promotions!E20"]);
  });

  it("keeps a rule it does not know, after the known ones of its severity", () => {
    const groups = groupByRule([finding("CUSTOM_RULE", "Products!A2", "error"), FINDINGS[5]]);
    expect(groups.map((g) => g.rule)).toEqual(["BUDGET_OVER_CAP", "CUSTOM_RULE"]);
  });

  it("gives no group for no findings", () => {
    expect(groupByRule([])).toEqual([]);
  });
});

describe("matchesFilter", () => {
  const pick = (filter: Partial<typeof NO_FILTER>): string[] =>
    FINDINGS.filter((f) => matchesFilter(f, { ...NO_FILTER, ...filter }, title)).map(
      (f) => f.address
    );

  it("lets everything through without a filter", () => {
    expect(pick({})).toHaveLength(FINDINGS.length);
  });

  it("filters by sheet and by severity, together", () => {
    expect(pick({ sheet: "Promotions" })).toEqual([
      "Promotions!E12",
      "Promotions!D14",
      "Promotions!E20",
    ]);
    expect(pick({ severity: "warning" })).toEqual(["Products!K5", "Promotions!D14"]);
    expect(pick({ sheet: "Promotions", severity: "error" })).toEqual([
      "Promotions!E12",
      "Promotions!E20",
    ]);
  });

  it("searches rule id, rule title, message and address, case-insensitively and trimmed", () => {
    expect(pick({ query: "  promo_too_frequent " })).toEqual(["Promotions!D14"]);
    expect(pick({ query: "PROMOTION TOO LONG" })).toEqual(["Promotions!E12", "Promotions!E20"]);
    expect(pick({ query: "2027-06-14" })).toEqual(["Promotions!E12"]);
    expect(pick({ query: "budget!b9" })).toEqual(["Budget!B9"]);
    expect(pick({ query: "nothing like this" })).toEqual([]);
  });
});

describe("sheetsOf and findingKey", () => {
  it("lists each sheet once, in the findings' order", () => {
    expect(sheetsOf(FINDINGS)).toEqual(["Products", "Promotions", "Prices", "Budget"]);
  });

  it("tells findings apart by rule and cell", () => {
    const keys = FINDINGS.map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(findingKey(FINDINGS[1])).not.toBe(findingKey({ ...FINDINGS[1], rule: "BELOW_FLOOR" }));
  });
});
