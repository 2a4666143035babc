/**
 * Message parts of the product, budget, daily and region rules: message variants, tier and channel labels, and the
 * plan-year bounds. Money, counts and percentages are in ../numberText.
 */
import { registerTexts } from "../i18n";
import { DEFAULT_CHANNELS, DEFAULT_TIERS } from "../lists";
import type { Serial } from "../plan";
import { serialOfYmd } from "../read/dates";
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

/** The Chinese label of a canonical tier (the value itself for a planner-added tier). */
export function tierZh(tier: string): string {
  return DEFAULT_TIERS.find((e) => e.value === tier)?.zh ?? tier;
}

/** The Chinese label of a canonical channel (the value itself for a planner-added channel). */
export function channelZh(channel: string): string {
  return DEFAULT_CHANNELS.find((e) => e.value === channel)?.zh ?? channel;
}
