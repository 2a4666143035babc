/**
 * Values as a finding's message quotes them: capped (a pasted paragraph is not quoted whole), and with characters a
 * cell does not show made visible and named — a SKU holding a zero-width space or a no-break space looks like the
 * SKU it is not ("KA-108" vs "KA-108[U+200B]"), and the planner can only retype it once told.
 */
import { registerTexts, translator } from "./i18n";
import type { Lang } from "./schema/types";

/** At most this many characters of a value are quoted. */
export const MAX_QUOTED = 60;

/** The text capped at MAX_QUOTED characters (code points, so no emoji or rare 汉字 is cut in half), "…" ending a cut. */
export function capText(s: string): string {
  if (s.length <= MAX_QUOTED) return s;
  const chars = Array.from(s);
  return chars.length <= MAX_QUOTED ? s : `${chars.slice(0, MAX_QUOTED - 1).join("")}…`;
}

/** Characters a cell shows as nothing, or as a plain space it is not. */
const INVISIBLE =
  // Control characters are what this matches.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/gu;

/** Names of the ones planners meet (pasted from web pages, chat apps, Word); others are named by their code. */
const NAMES: Record<number, { en: string; zh: string }> = {
  0x09: { en: "a tab", zh: "制表符" },
  0x0a: { en: "a line break", zh: "换行符" },
  0x0d: { en: "a carriage return", zh: "回车符" },
  0xa0: { en: "a no-break space", zh: "不间断空格" },
  0xad: { en: "a soft hyphen", zh: "软连字符" },
  0x2007: { en: "a figure space", zh: "数字空格" },
  0x200b: { en: "a zero-width space", zh: "零宽空格" },
  0x200c: { en: "a zero-width non-joiner", zh: "零宽不连字" },
  0x200d: { en: "a zero-width joiner", zh: "零宽连字" },
  0x200e: { en: "a left-to-right mark", zh: "从左到右标记" },
  0x200f: { en: "a right-to-left mark", zh: "从右到左标记" },
  0x202f: { en: "a narrow no-break space", zh: "窄不间断空格" },
  0x2060: { en: "a word joiner", zh: "连字符号" },
  0x3000: { en: "a full-width space", zh: "全角空格" },
  0xfeff: { en: "a zero-width no-break space (byte order mark)", zh: "零宽不间断空格（BOM）" },
};

const code = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/** One test of whether a text holds any invisible character (INVISIBLE is global: its `test` would keep state). */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, "u");

/** The text with each invisible character shown as its code, e.g. "KA-108[U+200B]". */
export function markInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `[${code(ch.codePointAt(0) ?? 0)}]`);
}

/** The distinct invisible characters of a text, in order of appearance. */
export function invisibleChars(s: string): number[] {
  const out: number[] = [];
  if (!HAS_INVISIBLE.test(s)) return out;
  for (const m of s.matchAll(INVISIBLE)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (!out.includes(cp)) out.push(cp);
  }
  return out;
}

/** Params that name the sheet's structure (headers, sheets, lists) or choose a message variant: never marked. */
const STRUCTURE = new Set([
  "context",
  "column",
  "startColumn",
  "list",
  "listsSheet",
  "productsSheet",
  "sheet",
  "missing",
  "allowed",
]);

export interface ShownParams {
  params: Record<string, unknown>;
  /** The invisible characters the quoted values hold (for `invisibleNote`). */
  invisible: number[];
}

/** Whether a param's value is quoted as it is (a number, or a short text with nothing invisible in it). */
function shownAsIs(k: string, v: unknown): boolean {
  if (typeof v !== "string" || k === "context") return true;
  return v.length <= MAX_QUOTED && (STRUCTURE.has(k) || !HAS_INVISIBLE.test(v));
}

const NOTHING_INVISIBLE: number[] = [];

/** Whether every param is quoted as it is (most findings'): then `shownParams` gives them back unchanged. */
export function paramsShownAsIs(params: Record<string, unknown>): boolean {
  for (const k in params) if (!shownAsIs(k, params[k])) return false;
  return true;
}

/**
 * The params of a message with every quoted text capped and its invisible characters shown: the same object when
 * nothing changes (most findings: this runs once per finding).
 */
export function shownParams(params: Record<string, unknown>): ShownParams {
  if (paramsShownAsIs(params)) return { params, invisible: NOTHING_INVISIBLE };
  const out: Record<string, unknown> = {};
  const invisible: number[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string" || k === "context") {
      out[k] = v;
      continue;
    }
    if (STRUCTURE.has(k)) {
      out[k] = capText(v);
      continue;
    }
    for (const cp of invisibleChars(v)) if (!invisible.includes(cp)) invisible.push(cp);
    out[k] = capText(markInvisible(v));
  }
  return { params: out, invisible };
}

const NOTES = {
  en: {
    invisibleNote: "The value holds {{chars}}, which a cell does not show: retype it.",
    invisibleOther: "an invisible character",
  },
  "zh-CN": {
    invisibleNote: "该值含有{{chars}}，单元格中看不出来：请重新输入。",
    invisibleOther: "不可见字符",
  },
};
registerTexts("messages", NOTES);

/** The sentence naming the invisible characters (appended to a message), in the message's language. */
export function invisibleNote(chars: readonly number[], lang: Lang): string {
  const t = translator(lang);
  const zh = lang === "zh-CN";
  const names = chars.map((cp) => {
    const name = NAMES[cp]?.[zh ? "zh" : "en"] ?? t("messages:invisibleOther");
    return zh ? `${name}（${code(cp)}）` : `${name} (${code(cp)})`;
  });
  return t("messages:invisibleNote", { chars: names.join(zh ? "、" : ", ") });
}
