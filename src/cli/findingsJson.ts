/**
 * `validate --json`'s text, written a finding at a time as the findings are built: the same bytes as
 * `JSON.stringify({ findings, counts }, null, 2)`, without the whole text (or every finding) in memory at once.
 */
import type { Finding } from "../core/finding";
import type { OrderedFindings } from "../core/validate";

/** Text is handed on in pieces of about this many characters, each ending at a line end. */
const PIECE = 1 << 16;

/** One finding as JSON.stringify(…, null, 2) writes it inside the findings array (4 spaces in). */
function findingJson(f: Finding): string {
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
 * Writes the JSON through `write`: every piece but the last ends with a line end, the last with "}" (the
 * process's stdout adds the final line end, as it did to the whole text).
 */
export function writeFindingsJson(found: OrderedFindings, write: (piece: string) => void): void {
  let piece = `{\n  "findings": [`;
  for (let i = 0; i < found.length; i++) {
    piece += `${i === 0 ? "\n" : ""}${findingJson(found.finding(i))}`;
    if (i + 1 < found.length) {
      piece += ",\n";
      if (piece.length >= PIECE) {
        write(piece);
        piece = "";
      }
    }
  }
  piece += found.length === 0 ? "]" : "\n  ]";
  const { error, warning, waived } = found.counts;
  piece += `,\n  "counts": {\n    "error": ${error},\n    "warning": ${warning},\n    "waived": ${waived}\n  }\n}`;
  write(piece);
}
