/**
 * The findings writers on findings of every shape: the JSON is JSON.stringify's text byte for byte (the fast path for
 * findings as validate builds them, the generic one for any other shape), the table's padding counts wide characters
 * and its lines lose trailing white space as trimEnd did.
 */
import type { Finding } from "../../src/core/finding";
import type { OrderedFindings } from "../../src/core/validate";
import { writeFindingsJson } from "../../src/cli/findingsJson";
import { writeFindingsTable } from "../../src/cli/findingsTable";
import { cliText } from "../../src/cli/i18n";

function ordered(findings: Finding[]): OrderedFindings {
  const counts = { error: 0, warning: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
  }
  return {
    length: findings.length,
    counts,
    waived: (i) => findings[i].waived === true,
    head: (i) => ({
      rule: findings[i].rule,
      severity: findings[i].severity,
      address: findings[i].address,
    }),
    message: (i) => findings[i].message,
    reason: (i) => (findings[i].waived === true ? findings[i].reason : undefined),
    finding: (i) => ({ ...findings[i], related: [...findings[i].related] }),
  };
}

const base: Finding = {
  rule: "BELOW_FLOOR",
  severity: "error",
  sheet: "Promotions",
  row: 12,
  column: "E",
  address: "Promotions!E12",
  message: "Price ¥99 is below the floor.",
  related: [],
};

const FINDINGS: Finding[] = [
  base,
  { ...base, row: 13, address: "Promotions!E13", related: ["Products!D4"] },
  {
    ...base,
    rule: "PRICE_SPREAD",
    severity: "warning",
    sheet: '促销 "quoted"\\',
    address: "'促销 \"quoted\"\\'!F2",
    message: 'Tab\tnew line\n quote " backslash \\ control \u0001 \u2028 emoji 😀',
    related: ["A1", "'Other sheet'!B2", "C3"],
  },
  { ...base, row: 14, address: "Promotions!E14", waived: true, reason: "Agreed with 天猫" },
  // Texts a quick look passes as they are (no escape needed) and texts it must not: a lone surrogate, a pair.
  { ...base, row: 17, address: "Promotions!E17", message: "Only \u2028 and \u007f, 价格 ¥99" },
  {
    ...base,
    row: 18,
    address: "Promotions!E18",
    message: "Lone \ud800 surrogate",
    related: ["x\udfff"],
  },
  {
    ...base,
    row: 19,
    address: "Promotions!E19",
    message: "A pair 😀",
    waived: true,
    reason: 'Said "ok"',
  },
  // Shapes validate does not build: the generic path writes them as JSON.stringify would.
  { ...base, row: 15, address: "Promotions!E15", waived: true, reason: undefined },
  { ...base, row: 16, address: "Promotions!E16", message: undefined as unknown as string },
  { related: [], rule: "X", severity: "error" } as unknown as Finding,
  { ...base, row: Number.NaN, address: "Promotions!E" },
];

const jsonOf = (findings: Finding[]): string => {
  const pieces: string[] = [];
  writeFindingsJson(ordered(findings), (p) => pieces.push(p));
  for (const p of pieces.slice(0, -1)) expect(p.endsWith("\n")).toBe(true);
  return pieces.join("");
};

describe("writeFindingsJson", () => {
  it("writes JSON.stringify's text for findings of every shape", () => {
    const findings = FINDINGS.map((f) => ({ ...f, related: [...f.related] }));
    const expected = JSON.stringify({ findings, counts: ordered(FINDINGS).counts }, null, 2);
    expect(jsonOf(FINDINGS)).toBe(expected);
  });

  it("writes no findings and many findings alike", () => {
    expect(jsonOf([])).toBe(
      JSON.stringify({ findings: [], counts: { error: 0, warning: 0, waived: 0 } }, null, 2)
    );
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...FINDINGS[i % FINDINGS.length],
      row: i,
    }));
    expect(jsonOf(many)).toBe(
      JSON.stringify({ findings: many, counts: ordered(many).counts }, null, 2)
    );
  });
});

describe("writeFindingsTable", () => {
  const tableOf = (findings: Finding[]): string[] => {
    let out = "";
    writeFindingsTable(ordered(findings), cliText("en"), (p) => (out += p));
    return out.split("\n");
  };

  it("pads to the widest cell counting wide characters twice, and trims a line's trailing white space", () => {
    const lines = tableOf([
      { ...base, address: "促销!E12", message: "ends in spaces   " },
      { ...base, rule: "PROMO_TOO_LONG", address: "Promotions!E13", message: "" },
      { ...base, rule: "X", address: "A1", message: "plain" },
    ]);
    // "促销!E12" takes 8 columns, "Promotions!E13" 14: the Cell column is 14 wide.
    expect(lines[1]).toBe("error     BELOW_FLOOR     促销!E12        ends in spaces");
    expect(lines[2]).toBe("error     PROMO_TOO_LONG  Promotions!E13");
    expect(lines[3]).toBe("error     X               A1              plain");
  });
});
