/** Text fields with a fixed vocabulary that is not a Lists list: Calendar Kind and Waivers Rule. */
import { normKey } from "../lists";
import type { CalendarKind } from "../plan";
import { isRuleId } from "../rules/ruleIds";
import type { FieldReader } from "./readSheet";
import type { NameLang } from "./header";

const KINDS = new Map<string, CalendarKind>(
  [
    ["festival", "festival"],
    ["节日", "festival"],
    ["節日", "festival"],
    ["logistics shutdown", "shutdown"],
    ["logistics-shutdown", "shutdown"],
    ["shutdown", "shutdown"],
    ["物流停运", "shutdown"],
    ["物流停運", "shutdown"],
    ["past festival", "past"],
    ["past", "past"],
    ["往年节日", "past"],
    ["往年節日", "past"],
  ].map(([k, v]) => [normKey(k), v as CalendarKind])
);

const KIND_LABELS: Record<NameLang, string> = {
  en: "festival, logistics shutdown, past festival",
  zh: "节日, 物流停运, 往年节日",
  zhTW: "節日, 物流停運, 往年節日",
};

/** Calendar Kind: festival / 节日, logistics shutdown / shutdown / 物流停运, or past festival / 往年节日 (a blank cell is a festival, decided by the caller). */
export const calendarKind: FieldReader = (text, lang) => {
  const kind = KINDS.get(normKey(text));
  return kind
    ? { ok: true, value: kind }
    : { ok: false, params: { allowed: KIND_LABELS[lang], context: "choice" } };
};

/** A rule id as typed: case-, width- and space-insensitive; spaces and hyphens stand for underscores (promo too long). */
export function canonicalRuleId(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
}

/** Waivers Rule: a rule id of spec §3, stored in its canonical upper-case form. */
export const waiverRule: FieldReader = (text) => {
  const id = canonicalRuleId(text);
  return isRuleId(id) ? { ok: true, value: id } : { ok: false, params: { context: "rule" } };
};
