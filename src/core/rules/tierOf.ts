/** The canonical tier of a Tier value: validator rows are canonical already, a PLAN function's argument may be typed text ("首发"). */
import { DEFAULT_TIERS, TIER_VALUES, matchList } from "../lists";

const CANONICAL = new Set<string>(TIER_VALUES);

export function tierOf(tier: string | null | undefined): string {
  if (tier === null || tier === undefined) return "";
  if (CANONICAL.has(tier)) return tier;
  return matchList(DEFAULT_TIERS, tier) ?? tier.trim();
}
