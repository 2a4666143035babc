/** The editable lists (Lists sheet) and how a typed value is matched to an entry: case-insensitive, English or Chinese. */
import type { Tier } from "./plan";

export interface ListEntry {
  /** The canonical value (the English name for built-ins, else as typed in Lists). */
  value: string;
  /** Every spelling that matches it, normalised (see `normKey`). */
  aliases: string[];
  /** The Chinese label, for built-ins. */
  zh?: string;
}

export interface Lists {
  platforms: ListEntry[];
  channels: ListEntry[];
  tiers: ListEntry[];
}

/** Case-, width- and space-insensitive key (NFKC folds full-width letters and digits). */
export function normKey(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

const entry = (value: string, zh: string, ...more: string[]): ListEntry => ({
  value,
  zh,
  aliases: [value, zh, ...more].map(normKey),
});

export const OFFLINE_PLATFORM = "Offline";
export const FAKE_ORDERS_CHANNEL = "Fake orders";

export const DEFAULT_PLATFORMS: readonly ListEntry[] = [
  entry("Tmall", "天猫", "天貓"),
  entry("Taobao", "淘宝", "淘寶"),
  entry("JD", "京东", "京東", "jd.com"),
  entry("Suning", "苏宁", "蘇寧"),
  entry("Pinduoduo", "拼多多", "pdd"),
  entry("Douyin", "抖音", "tiktok"),
  entry("Own shop", "官网", "官網", "ownshop", "webshop"),
  entry(OFFLINE_PLATFORM, "线下", "線下"),
];

export const DEFAULT_CHANNELS: readonly ListEntry[] = [
  entry("CPC search ads", "直通车", "直通車", "cpc"),
  entry("Display ads", "钻展", "鑽展"),
  entry("Affiliates", "淘宝客", "淘寶客"),
  entry("Coupons", "优惠券", "優惠券"),
  entry("Direct price cut", "直降"),
  entry("Gifts", "赠品", "贈品"),
  entry("Free orders", "免单", "免單"),
  entry("Livestream / KOL", "直播", "livestream", "kol"),
  entry("New media", "新媒体", "新媒體"),
  entry(FAKE_ORDERS_CHANNEL, "刷单", "刷單"),
];

export const TIER_VALUES: readonly Tier[] = [
  "launch",
  "hero",
  "secondary",
  "offline-only",
  "presale",
];

export const DEFAULT_TIERS: readonly ListEntry[] = [
  entry("launch", "首发", "首發"),
  entry("hero", "主推"),
  entry("secondary", "辅推", "輔推"),
  entry("offline-only", "线下专供", "線下專供", "offline only", "offline"),
  entry("presale", "预售", "預售", "pre-sale"),
];

export function defaultLists(): Lists {
  return {
    platforms: [...DEFAULT_PLATFORMS],
    channels: [...DEFAULT_CHANNELS],
    tiers: [...DEFAULT_TIERS],
  };
}

/** The canonical value of `typed` in `list`, or undefined when it is not in the list. */
export function matchList(list: readonly ListEntry[], typed: string): string | undefined {
  const k = normKey(typed);
  for (const e of list) if (e.aliases.includes(k)) return e.value;
  return undefined;
}

/** A Lists-sheet value: a built-in when it spells one (keeping its aliases), else a new entry. */
export function listEntryFor(builtins: readonly ListEntry[], typed: string): ListEntry {
  const k = normKey(typed);
  const known = builtins.find((e) => e.aliases.includes(k));
  return known ?? { value: typed.trim(), aliases: [k] };
}

/** Splits a Platforms cell: `,` `，` `、` or `;` (and `；`). */
export function splitPlatforms(s: string): string[] {
  return s
    .split(/[,，、;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}
