/**
 * `validate --json`'s text, written a finding at a time as the findings are built: the same bytes as
 * `JSON.stringify({ findings, counts }, null, 2)`, without the whole text (or every finding) in memory at once.
 */
import type { Finding } from "../core/finding";
import type { OrderedFindings } from "../core/validate";

/** One finding as JSON.stringify(…, null, 2) writes it inside the findings array (4 spaces in), key by key. */
function anyFindingJson(f: Finding): string {
  let out = "    {";
  let first = true;
  for (const key of Object.keys(f) as (keyof Finding)[]) {
    const v = f[key];
    if (v === undefined) continue;
    out += `${first ? "" : ","}\n      ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(v)) {
      out +=
        v.length === 0
          ? "[]"
          : `[\n${v.map((x) => `        ${JSON.stringify(x)}`).join(",\n")}\n      ]`;
    } else out += JSON.stringify(v);
  }
  return `${out}${first ? "" : "\n    "}}`;
}

/**
 * JSON.stringify of a string, the string quoted as it is when no character of it needs an escape (most messages and
 * addresses), which a loop over its characters tells faster than JSON.stringify's own walk; a control character, a
 * quote, a backslash or any surrogate (JSON.stringify escapes a lone one) leaves it to JSON.stringify.
 */
function jsonString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff))
      return JSON.stringify(s);
  }
  return `"${s}"`;
}

/** The keys of a finding as validate builds it, in its order: such a finding takes the fast path below. */
const USUAL_KEYS = ["rule", "severity", "sheet", "row", "column", "address", "message", "related"];
const WAIVED_KEYS = [...USUAL_KEYS, "waived", "reason"];

function usual(f: Finding): boolean {
  const keys = Object.keys(f);
  const want = keys.length === USUAL_KEYS.length ? USUAL_KEYS : WAIVED_KEYS;
  if (keys.length !== want.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== want[i]) return false;
  return (
    typeof f.rule === "string" &&
    typeof f.sheet === "string" &&
    Number.isInteger(f.row) &&
    typeof f.column === "string" &&
    typeof f.address === "string" &&
    typeof f.message === "string" &&
    Array.isArray(f.related) &&
    f.related.every((r) => typeof r === "string") &&
    (keys.length === USUAL_KEYS.length || (f.waived === true && typeof f.reason === "string"))
  );
}

/**
 * Writes findings' JSON with the texts that repeat (rule, severity, sheet, column) quoted once each: the same bytes
 * as anyFindingJson, which a finding of another shape (a key missing or added) still takes.
 */
class FindingJsonWriter {
  private readonly quoted = new Map<string, string>();

  private quote(s: string): string {
    let q = this.quoted.get(s);
    if (q === undefined) {
      q = JSON.stringify(s);
      this.quoted.set(s, q);
    }
    return q;
  }

  json(f: Finding): string {
    if (!usual(f)) return anyFindingJson(f);
    const related = f.related;
    let rel = "[]";
    if (related.length > 0) {
      rel = `[\n        ${jsonString(related[0])}`;
      for (let r = 1; r < related.length; r++) rel += `,\n        ${jsonString(related[r])}`;
      rel += "\n      ]";
    }
    const waived =
      f.waived === true
        ? `,\n      "waived": true,\n      "reason": ${jsonString(f.reason as string)}`
        : "";
    // A concatenation, not a joined array: the output encodes it to bytes as it is (outputPieces.ts).
    return (
      `    {\n      "rule": ${this.quote(f.rule)},\n      "severity": ${this.quote(f.severity)},` +
      `\n      "sheet": ${this.quote(f.sheet)},\n      "row": ${f.row},` +
      `\n      "column": ${this.quote(f.column)},\n      "address": ${jsonString(f.address)},` +
      `\n      "message": ${jsonString(f.message)},\n      "related": ${rel}${waived}\n    }`
    );
  }
}

/**
 * Writes the JSON through `write`, a finding at a time: every piece but the last ends with a line end, the last with
 * "}" (the process's stdout adds the final line end, as it did to the whole text).
 */
export function writeFindingsJson(found: OrderedFindings, write: (piece: string) => void): void {
  const writer = new FindingJsonWriter();
  const { error, warning, waived } = found.counts;
  const counts = `,\n  "counts": {\n    "error": ${error},\n    "warning": ${warning},\n    "waived": ${waived}\n  }\n}`;
  const last = found.length - 1;
  if (last < 0) {
    write(`{\n  "findings": []${counts}`);
    return;
  }
  write(`{\n  "findings": [\n`);
  for (let i = 0; i < last; i++) write(`${writer.json(found.finding(i))},\n`);
  write(`${writer.json(found.finding(last))}\n  ]${counts}`);
}
