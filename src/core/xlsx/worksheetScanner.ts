/**
 * One hand-written scanner of a worksheet part's XML, shared by the CLI's reader (src/cli/xlsx/sheetXml.ts) and the
 * preview's (src/preview/open/readWorksheet.ts), each with its own collector.
 *
 * Why not a general SAX parser (saxes, which both used before): it checks every character against XML's name rules
 * and hands on an object per tag and text; a sheet of the 10,000-product plan is 24 MB of `<c>`, `<v>` and `<f>`, so
 * that cost is most of the reading. This reads `<sheetData>` itself — rows, cells with their `r`, `t` and `s`, the
 * value `<v>`, the formula `<f>` (with `t`, `si`, `ref`), inline strings `<is><t>` and rich text runs (phonetic
 * `<rPh>` runs left out) — and hands a collector one reused object per cell. Outside `<sheetData>` (columns, panes,
 * merges, validations, conditional formats) it hands on elements and text as a SAX parser would.
 *
 * It is still an XML parser where a reader's answer depends on it: element names match by local name (`x:c` is a
 * cell), attributes in any order and either quote, entities and character references decoded, CDATA sections read as
 * text, comments and processing instructions skipped, line ends read as "\n". What is not well-formed — a part cut
 * short, an unclosed or stray element, an unknown entity, a malformed tag — is an XmlError, never a partial sheet.
 * Text arrives in chunks of any size (a chunk may end inside a tag, an entity or a character).
 */
import { columnOfRef } from "./cellDecoding";
import { attributeOf, textOf, XmlError } from "./xmlText";

export { XmlError } from "./xmlText";

export type XmlAttributes = Record<string, string>;

/** A cell of sheetData as written; the collector gets the same object for every cell (copy what you keep). */
export interface ScannedCell {
  /** 1-based row and column: the `r`s, or the next after the previous row's and cell's. */
  row: number;
  col: number;
  /** Its `t` attribute. */
  type: string | undefined;
  /** Its `s` attribute (0 when absent or not a number). */
  style: number;
  /** The text of its `<v>`, or of its inline string (rich text runs joined); undefined when it has neither. */
  text: string | undefined;
  /** Whether it has an `<f>`, and that element's text and attributes. */
  hasFormula: boolean;
  formula: string;
  formulaType: string | undefined;
  formulaSi: string | undefined;
  formulaRef: string | undefined;
}

/** The attributes of the tag being read, by qualified name: valid only during the call it is handed to. */
export interface TagAttributes {
  get(name: string): string | undefined;
}

export interface WorksheetCollector {
  /** A row of sheetData begins: its number, and its tag's attributes. */
  row?(row: number, attributes: TagAttributes): void;
  /** A cell of a row ends. */
  cell(cell: ScannedCell): void;
  /** An element outside sheetData opens (a self-closing one closes at once), by its local name. */
  open?(name: string, attributes: XmlAttributes): void;
  close?(name: string): void;
  /** Text outside sheetData (entities decoded; CDATA included), in one or more pieces. */
  text?(text: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const COLON = 58;
const BOM = "\ufeff";

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The name of sheetData's elements met millions of times (`c`, `v`, `f`, `row`) as one string each, instead of a new
 * slice per tag; "" for any other name.
 */
function commonName(buf: string, from: number, to: number): string {
  if (to - from === 1) {
    switch (buf.charCodeAt(from)) {
      case 99:
        return "c";
      case 118:
        return "v";
      case 102:
        return "f";
    }
  } else if (to - from === 3 && buf.startsWith("row", from)) return "row";
  return "";
}

/** The index of the ">" that ends a close tag whose name starts at `from` (a short name, read in place); -1 if cut. */
function closeTagEnd(buf: string, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf.charCodeAt(i) === GT) return i;
  return -1;
}

/** What the text between tags goes to. */
const enum Capture {
  None,
  /** A cell's `<v>` or the `<t>` of its inline string. */
  Value,
  Formula,
  /** Outside sheetData, to the collector. */
  Collector,
}

/** The incremental scanner: `write` each chunk of the part's text, then `end`. */
export class WorksheetScanner implements TagAttributes {
  private rest = "";
  /** Open elements' qualified names, and their local names. */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootSeen = false;
  private started = false;
  private ended = false;

  private inSheetData = false;
  private inRow = false;
  private inCell = false;
  private inInline = false;
  private inPhonetic = false;
  private capture = Capture.None;
  private rowNum = 0;
  private readonly cell: ScannedCell = {
    row: 0,
    col: 0,
    type: undefined,
    style: 0,
    text: undefined,
    hasFormula: false,
    formula: "",
    formulaType: undefined,
    formulaSi: undefined,
    formulaRef: undefined,
  };

  // The start tag being read: its name and its attributes as offsets into the text (name start, name end, value
  // start, value end, …).
  private nameEnd = 0;
  private selfClosing = false;
  private attrCount = 0;
  private readonly attrs: number[] = [];
  /** The text the tag being read is in (for `get`). */
  private tagText = "";

  constructor(private readonly collector: WorksheetCollector) {}

  write(chunk: string): void {
    if (this.ended) throw new Error("write after end");
    let from = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.startsWith(BOM)) from = 1;
    }
    // The piece the last chunk left unfinished (a tag cut in two) is finished with this chunk's text up to its
    // first ">", then the chunk is read in place: the chunk joined to the rest (or a slice of it) would be a string
    // made of others, whose every character costs the scanner more than a plain string's (a fifth more on a sheet).
    let buf = chunk;
    if (this.rest !== "") {
      const gt = chunk.indexOf(">", from);
      const head = this.rest + (gt < 0 ? chunk.slice(from) : chunk.slice(from, gt + 1));
      const done = this.scan(head, 0);
      if (gt >= 0 && done === head.length) from = gt + 1;
      else {
        // A piece longer than that (a comment holding ">", a long text): read on with what is left, joined.
        buf = head.slice(done) + (gt < 0 ? "" : chunk.slice(gt + 1));
        from = 0;
      }
    }
    this.rest = buf.slice(this.scan(buf, from));
  }

  /** The part is whole: throws an XmlError if it ended inside a tag or an element, or held no element. */
  end(): void {
    this.ended = true;
    const rest = this.rest;
    this.rest = "";
    if (rest.indexOf("<") >= 0) throw new XmlError("the part ends inside a tag");
    if (rest.length > 0) this.text(rest, 0, rest.length);
    if (this.stack.length > 0) throw new XmlError(`unclosed element <${this.stack.at(-1)}>`);
    if (!this.rootSeen) throw new XmlError("no element");
  }

  /** Reads what is whole in `buf` from `pos`; returns where the rest (an unfinished tag or text) begins. */
  private scan(buf: string, pos: number): number {
    for (;;) {
      // Tags mostly follow one another: the next "<" is most often the next character (a call saved per tag).
      const lt = buf.charCodeAt(pos) === LT ? pos : buf.indexOf("<", pos);
      if (lt < 0) return pos;
      const next = buf.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return pos;
      let end: number;
      if (next === SLASH) {
        end = closeTagEnd(buf, lt + 2);
        if (end < 0) return pos;
        if (lt > pos) this.text(buf, pos, lt);
        this.closeTag(buf, lt + 2, end);
      } else if (next === 33 /* ! */ || next === 63 /* ? */) {
        end = this.special(buf, lt, pos);
        if (end < 0) return pos;
      } else if (next === 118 /* v */ && this.inCell && buf.charCodeAt(lt + 2) === GT) {
        end = this.plainValue(buf, lt, pos);
        if (end === -2) return pos;
        if (end < 0) {
          end = this.startTag(buf, lt);
          if (lt > pos) this.text(buf, pos, lt);
          this.openTag(buf, lt + 1);
        }
      } else {
        end = this.startTag(buf, lt);
        if (end < 0) return pos;
        if (lt > pos) this.text(buf, pos, lt);
        this.openTag(buf, lt + 1);
      }
      pos = end + 1;
    }
  }

  /**
   * A cell's `<v>` at `lt` followed by its text and `</v>` (how every writer stores a value), read at once: what the
   * tags' own path does, without their start tag, stack and capture. Returns the index of the `</v>`'s ">"; -1 when
   * anything else follows (a comment, a stray tag: the tags' own path reads it), -2 when the text ends first.
   */
  private plainValue(buf: string, lt: number, textFrom: number): number {
    const close = buf.indexOf("<", lt + 3);
    if (close < 0 || close + 4 > buf.length) return -2;
    if (!buf.startsWith("</v>", close)) return -1;
    if (lt > textFrom) this.text(buf, textFrom, lt);
    this.cell.text = close > lt + 3 ? textOf(buf.slice(lt + 3, close)) : "";
    return close + 3;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE >`, `<? ?>` at `lt`: the index of its last character, -1 if cut. */
  private special(buf: string, lt: number, textFrom: number): number {
    if (buf.startsWith("<?", lt)) {
      const end = buf.indexOf("?>", lt + 2);
      if (end < 0) return -1;
      if (lt > textFrom) this.text(buf, textFrom, lt);
      return end + 1;
    }
    if (buf.startsWith("<!--", lt)) {
      const end = buf.indexOf("-->", lt + 4);
      if (end < 0) return -1;
      if (lt > textFrom) this.text(buf, textFrom, lt);
      return end + 2;
    }
    if (buf.startsWith("<![CDATA[", lt)) {
      const end = buf.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (lt > textFrom) this.text(buf, textFrom, lt);
      if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
      const raw = buf.slice(lt + 9, end);
      this.deliver(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
      return end + 2;
    }
    if (buf.length - lt < 9) return -1;
    if (buf.startsWith("<!DOCTYPE", lt)) {
      if (this.rootSeen) throw new XmlError("a DOCTYPE after the root element");
      // An internal subset ends with "]>"; without one, the first ">".
      const gt = buf.indexOf(">", lt);
      const bracket = buf.indexOf("[", lt);
      const end = bracket >= 0 && (gt < 0 || bracket < gt) ? buf.indexOf("]>", bracket) : gt;
      if (end < 0) return -1;
      if (lt > textFrom) this.text(buf, textFrom, lt);
      return bracket >= 0 && (gt < 0 || bracket < gt) ? end + 1 : end;
    }
    throw new XmlError("a malformed <! declaration");
  }

  /** Text between tags, `buf[from, to)`. */
  private text(buf: string, from: number, to: number): void {
    if (this.capture === Capture.None) {
      if (this.stack.length > 0) return;
      for (let i = from; i < to; i++)
        if (!isSpace(buf.charCodeAt(i))) throw new XmlError("text outside the root element");
      return;
    }
    this.deliver(textOf(buf.slice(from, to)));
  }

  private deliver(text: string): void {
    const cell = this.cell;
    switch (this.capture) {
      case Capture.Value:
        cell.text = cell.text === undefined ? text : cell.text + text;
        break;
      case Capture.Formula:
        cell.formula += text;
        break;
      case Capture.Collector:
        this.collector.text?.(text);
        break;
    }
  }

  /**
   * Reads the start tag at `lt` (name and attributes) into nameEnd, selfClosing and attrs; returns the index of its
   * ">", or -1 when the text ends first.
   */
  private startTag(buf: string, lt: number): number {
    const len = buf.length;
    let i = lt + 1;
    while (i < len) {
      const c = buf.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === LT || c === EQUALS || c === QUOTE || c === APOSTROPHE)
        throw new XmlError("a malformed tag");
      i++;
    }
    if (i >= len) return -1;
    if (i === lt + 1) throw new XmlError("a tag without a name");
    this.nameEnd = i;
    this.attrCount = 0;
    const attrs = this.attrs;
    for (;;) {
      let spaced = false;
      while (i < len && isSpace(buf.charCodeAt(i))) {
        i++;
        spaced = true;
      }
      if (i >= len) return -1;
      const c = buf.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        return i;
      }
      if (c === SLASH) {
        if (i + 1 >= len) return -1;
        if (buf.charCodeAt(i + 1) !== GT) throw new XmlError("a malformed tag");
        this.selfClosing = true;
        return i + 1;
      }
      if (!spaced) throw new XmlError("attributes not separated by white space");
      const nameStart = i;
      while (i < len) {
        const n = buf.charCodeAt(i);
        if (n === EQUALS || isSpace(n)) break;
        if (n === GT || n === SLASH || n === LT || n === QUOTE || n === APOSTROPHE)
          throw new XmlError("an attribute without a value");
        i++;
      }
      const nameEnd = i;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      if (buf.charCodeAt(i) !== EQUALS) throw new XmlError("an attribute without a value");
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const quote = buf.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE)
        throw new XmlError("an attribute value unquoted");
      // The value's characters looked at in place: most values are a few characters, shorter than two searches.
      let valueEnd = i + 1;
      for (; valueEnd < len; valueEnd++) {
        const v = buf.charCodeAt(valueEnd);
        if (v === quote) break;
        if (v === LT) throw new XmlError("'<' in an attribute value");
      }
      if (valueEnd >= len) return -1;
      const k = this.attrCount++ * 4;
      attrs[k] = nameStart;
      attrs[k + 1] = nameEnd;
      attrs[k + 2] = i + 1;
      attrs[k + 3] = valueEnd;
      i = valueEnd + 1;
    }
  }

  /** Every attribute of the tag just read. */
  private attributes(buf: string): XmlAttributes {
    const out: XmlAttributes = {};
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4)
      out[buf.slice(a[k], a[k + 1])] = attributeOf(buf.slice(a[k + 2], a[k + 3]));
    return out;
  }

  get(name: string): string | undefined {
    const buf = this.tagText;
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4)
      if (a[k + 1] - a[k] === name.length && buf.startsWith(name, a[k])) return this.value(buf, k);
    return undefined;
  }

  /** The n-th attribute's value when its name is the one character `name` (r, t, s), else -1 (its index). */
  private find(buf: string, name: number): number {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4)
      if (a[k + 1] === a[k] + 1 && buf.charCodeAt(a[k]) === name) return k;
    return -1;
  }

  private value(buf: string, k: number): string {
    return attributeOf(buf.slice(this.attrs[k + 2], this.attrs[k + 3]));
  }

  /** A cell's `t` (its k-th attribute): the usual types as one string each, instead of a new slice per cell. */
  private cellType(buf: string, k: number): string {
    const from = this.attrs[k + 2];
    const length = this.attrs[k + 3] - from;
    if (length === 1) {
      switch (buf.charCodeAt(from)) {
        case 115:
          return "s";
        case 110:
          return "n";
        case 98:
          return "b";
        case 101:
          return "e";
        case 100:
          return "d";
      }
    } else if (length === 3 && buf.startsWith("str", from)) return "str";
    return this.value(buf, k);
  }

  /** A whole-number attribute written as plain digits (the usual case), else NaN. */
  private digits(buf: string, k: number): number {
    const from = this.attrs[k + 2];
    const to = this.attrs[k + 3];
    if (to === from || to - from > 15) return NaN;
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = buf.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      n = n * 10 + d;
    }
    return n;
  }

  /** The column of a cell's `r` ("AB12" → 28), read in place; 0 when it has no letters. */
  private column(buf: string, k: number): number {
    const from = this.attrs[k + 2];
    const to = this.attrs[k + 3];
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = buf.charCodeAt(i);
      if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
      else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
      else if (c === 38 /* & */) return columnOfRef(this.value(buf, k));
      else break;
    }
    return n;
  }

  private openTag(buf: string, nameStart: number): void {
    const nameEnd = this.nameEnd;
    let colon = -1;
    for (let i = nameStart; i < nameEnd; i++)
      if (buf.charCodeAt(i) === COLON) {
        colon = i;
        break;
      }
    const name =
      (colon < 0 && commonName(buf, nameStart, nameEnd)) || buf.slice(nameStart, nameEnd);
    const local = colon < 0 ? name : buf.slice(colon + 1, nameEnd);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError("a second root element");
      this.rootSeen = true;
    }
    this.stack.push(name);
    this.locals.push(local);
    if (this.inSheetData) this.openInSheetData(buf, local);
    else if (local === "sheetData") {
      this.inSheetData = true;
      this.capture = Capture.None;
    } else {
      const collector = this.collector;
      if (collector.open) collector.open(local, this.attributes(buf));
      if (collector.text) this.capture = Capture.Collector;
    }
    if (this.selfClosing) this.close();
  }

  private openInSheetData(buf: string, local: string): void {
    const cell = this.cell;
    switch (local) {
      case "row": {
        const k = this.find(buf, 114 /* r */);
        let r = k < 0 ? NaN : this.digits(buf, k);
        if (k >= 0 && Number.isNaN(r)) r = Number(this.value(buf, k));
        this.rowNum = Number.isInteger(r) && r > 0 ? r : this.rowNum + 1;
        this.inRow = true;
        cell.col = 0;
        this.tagText = buf;
        this.collector.row?.(this.rowNum, this);
        break;
      }
      case "c": {
        if (!this.inRow) break;
        const r = this.find(buf, 114 /* r */);
        const c = r < 0 ? 0 : this.column(buf, r);
        cell.row = this.rowNum;
        cell.col = c > 0 ? c : cell.col + 1;
        const t = this.find(buf, 116 /* t */);
        cell.type = t < 0 ? undefined : this.cellType(buf, t);
        const s = this.find(buf, 115 /* s */);
        let style = s < 0 ? 0 : this.digits(buf, s);
        if (Number.isNaN(style)) style = Number(this.value(buf, s)) || 0;
        cell.style = style;
        cell.text = undefined;
        cell.hasFormula = false;
        cell.formula = "";
        this.inCell = true;
        break;
      }
      case "v":
        if (this.inCell) {
          cell.text = "";
          this.capture = Capture.Value;
        }
        break;
      case "f":
        if (this.inCell) {
          const a = this.attributes(buf);
          cell.hasFormula = true;
          cell.formula = "";
          cell.formulaType = a.t;
          cell.formulaSi = a.si;
          cell.formulaRef = a.ref;
          this.capture = Capture.Formula;
        }
        break;
      case "is":
        if (this.inCell) {
          cell.text = "";
          this.inInline = true;
        }
        break;
      case "rPh":
        this.inPhonetic = true;
        break;
      case "t":
        if (this.inInline && !this.inPhonetic) this.capture = Capture.Value;
        break;
    }
  }

  private closeTag(buf: string, from: number, gt: number): void {
    const top = this.stack.at(-1);
    if (top === undefined) throw new XmlError("a close tag without an open element");
    let end = from + top.length;
    if (!buf.startsWith(top, from) || end > gt)
      throw new XmlError(`<${top}> closed by another tag`);
    while (end < gt && isSpace(buf.charCodeAt(end))) end++;
    if (end !== gt) throw new XmlError(`<${top}> closed by another tag`);
    this.close();
  }

  /** The element on top of the stack ends. */
  private close(): void {
    this.stack.pop();
    const local = this.locals.pop() as string;
    if (!this.inSheetData) {
      this.collector.close?.(local);
      this.capture =
        this.collector.text && this.stack.length > 0 ? Capture.Collector : Capture.None;
      return;
    }
    switch (local) {
      case "v":
      case "t":
      case "f":
        if (this.capture !== Capture.None) this.capture = Capture.None;
        break;
      case "rPh":
        this.inPhonetic = false;
        break;
      case "is":
        this.inInline = false;
        break;
      case "c":
        if (this.inCell) this.collector.cell(this.cell);
        this.inCell = false;
        this.inInline = false;
        this.capture = Capture.None;
        break;
      case "row":
        this.inRow = false;
        break;
      case "sheetData":
        this.inSheetData = false;
        this.inRow = false;
        if (this.collector.text) this.capture = Capture.Collector;
        break;
    }
  }
}

/** Scans a whole worksheet part held as one text. */
export function scanWorksheet(xml: string, collector: WorksheetCollector): void {
  const scanner = new WorksheetScanner(collector);
  scanner.write(xml);
  scanner.end();
}
