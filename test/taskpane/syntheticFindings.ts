/** Findings made up for the Validate tab's tests at scale (no plan behind them): 200,000, one rule with 40,000. */
import type { Finding } from "../../src/core/finding";
import { ALL_RULES } from "../../src/core/rules";

export const RULES = ALL_RULES.map((r) => ({ id: r.id, severity: r.severity }));
export const SHEETS = ["Products", "Promotions", "Prices", "促销"];

export function finding(
  rule: string,
  address: string,
  message = `${rule} here`,
  waived = false
): Finding {
  const [sheet, cell] = address.split("!");
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const severity = RULES.find((r) => r.id === rule)?.severity ?? "error";
  return {
    rule,
    severity,
    sheet,
    row: Number(m[2]),
    column: m[1],
    address,
    message,
    related: [],
    ...(waived ? { waived: true, reason: "agreed" } : {}),
  };
}

export const BIG_RULE = "BELOW_FLOOR";
export const BIG_GROUP = 40_000;

/**
 * 200,000 findings: BELOW_FLOOR's 40,000 on Promotions (each message names its own price), then 160,000 spread over
 * 20 other rules and three sheets, one in 160 of those waived (1,000).
 */
export function syntheticFindings(): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < BIG_GROUP; i++)
    out.push(
      finding(BIG_RULE, `Promotions!G${i + 2}`, `Sells at ¥${i}, below the floor price ¥${i + 1}.`)
    );
  const rules = RULES.filter((r) => r.id !== BIG_RULE).slice(0, 20);
  for (let i = 0; i < 160_000; i++) {
    const rule = rules[i % rules.length].id;
    const sheet = SHEETS[i % 3];
    out.push(finding(rule, `${sheet}!E${i + 2}`, `Finding ${i} of ${rule}`, i % 160 === 0));
  }
  return out;
}
