/** The human output of `validate`: aligned columns Severity | Rule | Cell | Message, waived findings apart, a summary line. */
import type { Counts, OrderedFindings } from "../core/validate";
import type { CliText } from "./i18n";

/** Terminal columns a character takes: CJK and full-width characters take two. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(s: string): number {
  // Most cells (addresses, rule ids) hold only characters of width 1: counted without walking code points.
  let narrow = true;
  for (let i = 0; i < s.length && narrow; i++) narrow = s.charCodeAt(i) < 0x1100;
  if (narrow) return s.length;
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** Display widths of the texts that repeat down a column (severities, rule ids), each measured once. */
class Widths {
  private readonly known = new Map<string, number>();
  of(s: string): number {
    let w = this.known.get(s);
    if (w === undefined) {
      w = displayWidth(s);
      this.known.set(s, w);
    }
    return w;
  }
}

const SPACES = " ".repeat(64);
/** `s` followed by spaces up to `width` columns, `s` taking `sWidth`. */
function pad(s: string, sWidth: number, width: number): string {
  let n = width - sWidth;
  if (n <= 0) return s;
  let out = s;
  for (; n > SPACES.length; n -= SPACES.length) out += SPACES;
  return out + SPACES.slice(0, n);
}

/** Whether a character is white space to trimEnd (JavaScript's \s): a line ending in one is trimmed. */
function isTrimmedSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

export function summaryLine(counts: Counts, t: CliText): string {
  return t("summary", {
    errors: t("errors", { count: counts.error }),
    warnings: t("warnings", { count: counts.warning }),
    waived: t("waived", { count: counts.waived }),
  });
}

/**
 * Writes the table through `write`, a line at a time, as the findings are built: open findings, then the waived ones under their
 * heading, then the summary. Columns but the last (the message) are padded to their widest cell, which a first pass
 * over the findings' rules and cells measures without rendering a message. Every piece but the last ends with a line
 * end (the process's stdout adds the last one).
 */
export function writeFindingsTable(
  found: OrderedFindings,
  t: CliText,
  write: (piece: string) => void
): void {
  const header = [t("colSeverity"), t("colRule"), t("colCell"), t("colMessage")];
  const severity = { error: t("error"), warning: t("warning") };
  const repeated = new Widths();
  const widths = (waived: boolean): number[] => {
    const w = header.slice(0, 3).map(displayWidth);
    for (let i = 0; i < found.length; i++) {
      if (found.waived(i) !== waived) continue;
      const f = found.head(i);
      w[0] = Math.max(w[0], repeated.of(severity[f.severity]));
      w[1] = Math.max(w[1], repeated.of(f.rule));
      w[2] = Math.max(w[2], displayWidth(f.address));
    }
    return w;
  };
  /** The columns but the last padded, two spaces between, the line's trailing white space trimmed. */
  const line = (
    first: string,
    second: string,
    third: string,
    last: string,
    w: readonly number[]
  ): string => {
    const text =
      `${pad(first, repeated.of(first), w[0])}  ${pad(second, repeated.of(second), w[1])}  ` +
      `${pad(third, displayWidth(third), w[2])}  ${last}`;
    return last === "" || isTrimmedSpace(last.charCodeAt(last.length - 1)) ? text.trimEnd() : text;
  };

  const emit = (text: string): void => write(`${text}\n`);
  const section = (waived: boolean): void => {
    const w = widths(waived);
    emit(line(header[0], header[1], header[2], header[3], w));
    for (let i = 0; i < found.length; i++) {
      if (found.waived(i) !== waived) continue;
      // Its rule, severity, address and message only: the table shows no related cells.
      const f = found.head(i);
      const message = waived
        ? `${found.message(i)} (${t("waivedReason", { reason: found.reason(i) ?? "" })})`
        : found.message(i);
      emit(line(severity[f.severity], f.rule, f.address, message, w));
    }
  };

  const { counts } = found;
  if (found.length === 0) emit(t("noFindings"));
  if (found.length > counts.waived) section(false);
  if (counts.waived > 0) {
    if (found.length > counts.waived) emit("");
    emit(t("waivedHeading"));
    section(true);
  }
  emit("");
  write(summaryLine(counts, t));
}
