/**
 * Numbers as the plan's texts show them, in one place: findings' messages and the pane (`money`, `count`, `pct`: at
 * most two or one decimals, grouped) and the row checks' reasons in the Flags columns (`fixedMoney`, `fixedPct`: two
 * and one decimals always, no currency — the functions do not know it). Rounding is half away from zero on the
 * number's exact value, as Intl.NumberFormat and toFixed both round.
 */
import { currencySymbol } from "./settings";

// For what the digit grouping below does not handle (not finite, 1e21 and more): made once, as it is slow to make.
const GROUPED = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** A string of digits plus one in its last place: "0999" → "1000", "99" → "100". */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - 1 - i);
}

/**
 * A non-negative finite number below 1e21 with at most two decimals, grouped. Like Intl it rounds the number's
 * shortest decimal form (1.005 → "1.01", where toFixed gives "1.00"), half away from zero.
 */
function groupedUpTo2(x: number): string {
  const s = String(x);
  if (s.includes("e")) return "0"; // below 1e-6
  const dot = s.indexOf(".");
  if (dot < 0) return groupThousands(s);
  let whole = s.slice(0, dot);
  let fraction = s.slice(dot + 1);
  if (fraction.length > 2) {
    const up = fraction.charCodeAt(2) >= 53; // "5"
    fraction = fraction.slice(0, 2);
    if (up) {
      const digits = incremented(whole + fraction);
      whole = digits.slice(0, -2);
      fraction = digits.slice(-2);
    }
  }
  fraction = fraction.replace(/0+$/, "");
  return groupThousands(whole) + (fraction === "" ? "" : `.${fraction}`);
}

/** Intl's en-US grouping with at most two decimals ("1,234.5"), negative zero as "-0". */
function grouped(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return GROUPED.format(n);
  const negative = n < 0 || Object.is(n, -0);
  return `${negative ? "-" : ""}${groupedUpTo2(Math.abs(n))}`;
}

/**
 * Money texts as made, per currency: a validation's findings quote the same prices many times (-0 and 0 share a
 * key, and a text: "0").
 */
const MONEY_TEXTS = new Map<string | undefined, Map<number, string>>();
const MONEY_CACHE_LIMIT = 100_000;

/** "¥52,000" / "¥1,234.5": grouped, at most two decimals; without a currency, no symbol. */
export function money(amount: number, currency?: string): string {
  let texts = MONEY_TEXTS.get(currency);
  if (!texts) MONEY_TEXTS.set(currency, (texts = new Map()));
  let text = texts.get(amount);
  if (text === undefined) {
    if (texts.size >= MONEY_CACHE_LIMIT) texts.clear();
    const symbol = currency === undefined ? "" : currencySymbol(currency);
    text = `${amount < 0 ? "-" : ""}${symbol}${grouped(Math.abs(amount))}`;
    texts.set(amount, text);
  }
  return text;
}

/** A plain count with grouping: 12,500. */
export function count(n: number): string {
  return grouped(n);
}

/** A fraction as a percentage with at most one decimal: 0.305 → "30.5%"; not finite → "∞". */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction < 0 ? "-∞" : "∞";
  const v = Math.round(fraction * 1000) / 10;
  return `${Object.is(v, -0) ? 0 : v}%`;
}

/** A row check's money: two decimals always, grouped, no currency: 1,234.50. */
export function fixedMoney(n: number): string {
  const fixed = Math.abs(n).toFixed(2);
  const dot = fixed.length - 3;
  let whole = fixed.slice(0, dot);
  for (let i = dot - 3; i > 0; i -= 3) whole = `${whole.slice(0, i)},${whole.slice(i)}`;
  return `${n < 0 ? "-" : ""}${whole}${fixed.slice(dot)}`;
}

/** A row check's percent: one decimal always, 0.05 → "5.0%"; an unbounded spread "∞". */
export const fixedPct = (f: number): string =>
  Number.isFinite(f) ? `${(f * 100).toFixed(1)}%` : "∞";
