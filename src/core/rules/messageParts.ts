/**
 * Message parts of the product, budget, daily and region rules: message variants, and what the messages quote
 * (money, percentages, tier and channel labels), plus the plan-year bounds.
 */
import { registerTexts } from "../i18n";
import { DEFAULT_CHANNELS, DEFAULT_TIERS } from "../lists";
import type { Serial } from "../plan";
import { serialOfYmd } from "../read/dates";
import { currencySymbol } from "../settings";
import type { Messages } from "./rule";

/**
 * Registers variants of a rule's message, chosen by the hit's `context` param (i18next contexts: the key
 * `RULE_context`); a hit without `context` gets the rule's own message.
 */
export function registerContexts(ruleId: string, variants: Record<string, Messages>): void {
  const entries = Object.entries(variants);
  registerTexts("rules", {
    en: Object.fromEntries(entries.map(([c, m]) => [`${ruleId}_${c}`, m.en])),
    "zh-CN": Object.fromEntries(entries.map(([c, m]) => [`${ruleId}_${c}`, m["zh-CN"]])),
  });
}

let cachedYear = NaN;
let cachedBounds = { first: 0, last: 0 };

/** First and last serial day of a calendar year (memoised: rules ask for the plan year once per row). */
export function yearBounds(year: number): { first: Serial; last: Serial } {
  if (year !== cachedYear) {
    cachedBounds = {
      first: serialOfYmd(year, 1, 1) ?? NaN,
      last: serialOfYmd(year, 12, 31) ?? NaN,
    };
    cachedYear = year;
  }
  return cachedBounds;
}

// One formatter, made once: toLocaleString builds a new one on every call, which is slow over thousands of findings.
const GROUPED = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** "¥52,000" / "¥1,234.5": grouped, at most two decimals; without a currency, no symbol (row-check reasons). */
export function money(amount: number, currency?: string): string {
  const symbol = currency === undefined ? "" : currencySymbol(currency);
  return `${amount < 0 ? "-" : ""}${symbol}${GROUPED.format(Math.abs(amount))}`;
}

/** A plain count with grouping: 12,500. */
export function count(n: number): string {
  return GROUPED.format(n);
}

/** A fraction as a percentage with at most one decimal: 0.305 → "30.5%"; not finite → "∞". */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction < 0 ? "-∞" : "∞";
  const v = Math.round(fraction * 1000) / 10;
  return `${Object.is(v, -0) ? 0 : v}%`;
}

/** The Chinese label of a canonical tier (the value itself for a planner-added tier). */
export function tierZh(tier: string): string {
  return DEFAULT_TIERS.find((e) => e.value === tier)?.zh ?? tier;
}

/** The Chinese label of a canonical channel (the value itself for a planner-added channel). */
export function channelZh(channel: string): string {
  return DEFAULT_CHANNELS.find((e) => e.value === channel)?.zh ?? channel;
}
