/** How the Market tab's views show rates and changes (the money and counts come from core/numberText). */
import { pct } from "../../core/numberText";

/** A conversion rate with two decimals: 32.10%. */
export const rate2 = (x: number): string => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;

/** A signed change: +3.1%, -18.4%, 0%. */
export const signedPct = (x: number): string => (x > 0 ? `+${pct(x)}` : pct(x));

/** Rate points between two rates: 0.0512 → "5.1". */
export const points = (x: number): string => String(Math.round(x * 1000) / 10);
