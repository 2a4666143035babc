/**
 * XML's own text rules for the worksheet scanner: the five predefined entities and character references, line ends
 * read as "\n" (XML 1.0 §2.11), and an attribute value's white space read as spaces (§3.3.3), as saxes gave them.
 */

/** XML that is not well-formed (a part cut short, a stray close tag, an unknown entity…). */
export class XmlError extends Error {}

const PREDEFINED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

function characterOf(reference: string): string {
  const hex = reference.startsWith("#x");
  const digits = reference.slice(hex ? 2 : 1);
  const code = hex
    ? /^[0-9A-Fa-f]+$/.test(digits)
      ? parseInt(digits, 16)
      : NaN
    : /^[0-9]+$/.test(digits)
      ? parseInt(digits, 10)
      : NaN;
  if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
    throw new XmlError(`bad character reference &${reference};`);
  return String.fromCodePoint(code);
}

/** Text with its entities and character references replaced. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0) throw new XmlError("an entity without its ';'");
    const name = text.slice(amp + 1, semi);
    const predefined = PREDEFINED.get(name);
    out += text.slice(from, amp);
    if (predefined !== undefined) out += predefined;
    else if (name.startsWith("#")) out += characterOf(name);
    else throw new XmlError(`undefined entity &${name};`);
    from = semi + 1;
    amp = text.indexOf("&", from);
  }
  return out + text.slice(from);
}

const LINE_ENDS = /\r\n?/g;
const WHITE_SPACE = /\r\n|[\r\n\t]/g;

/** Character data as a parser hands it on: entities decoded, "\r\n" and a lone "\r" read as "\n". */
export function textOf(raw: string): string {
  const text = raw.indexOf("\r") < 0 ? raw : raw.replace(LINE_ENDS, "\n");
  return decodeEntities(text);
}

/** An attribute value as a parser hands it on: each line end, tab or newline a space, then entities decoded. */
export function attributeOf(raw: string): string {
  const text =
    raw.indexOf("\r") < 0 && raw.indexOf("\n") < 0 && raw.indexOf("\t") < 0
      ? raw
      : raw.replace(WHITE_SPACE, " ");
  return decodeEntities(text);
}
