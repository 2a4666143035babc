/** List values as the template writes them: the English canonical value, or its Chinese label in zh-CN. */
import { DEFAULT_CHANNELS, DEFAULT_PLATFORMS, DEFAULT_TIERS, type ListEntry } from "../lists";
import type { Lang, ListId } from "../schema/types";

const LISTS: Record<ListId, readonly ListEntry[]> = {
  platform: DEFAULT_PLATFORMS,
  channel: DEFAULT_CHANNELS,
  tier: DEFAULT_TIERS,
};

export function listLabel(list: ListId, value: string, lang: Lang): string {
  if (lang !== "zh-CN") return value;
  return LISTS[list].find((e) => e.value === value)?.zh ?? value;
}

/** A Platforms cell: "Tmall, JD" or "天猫、京东". */
export function platformsLabel(platforms: readonly string[], lang: Lang): string {
  return platforms.map((p) => listLabel("platform", p, lang)).join(lang === "zh-CN" ? "、" : ", ");
}
