/** The human output of `validate`: aligned columns Severity | Rule | Cell | Message, waived findings apart, a summary line. */
import type { Finding } from "../core/finding";
import type { Counts } from "../core/validate";
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
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

const pad = (s: string, width: number): string =>
  s + " ".repeat(Math.max(0, width - displayWidth(s)));

/** Rows of cells, every column but the last padded to its widest cell, two spaces apart. */
function renderTable(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i])))
      .join("  ")
      .trimEnd()
  );
}

export function summaryLine(counts: Counts, t: CliText): string {
  return t("summary", {
    errors: t("errors", { count: counts.error }),
    warnings: t("warnings", { count: counts.warning }),
    waived: t("waived", { count: counts.waived }),
  });
}

export function findingsTable(findings: readonly Finding[], counts: Counts, t: CliText): string {
  const header = [t("colSeverity"), t("colRule"), t("colCell"), t("colMessage")];
  const row = (f: Finding, message: string): string[] => [
    t(f.severity),
    f.rule,
    f.address,
    message,
  ];
  const open = findings.filter((f) => !f.waived);
  const waived = findings.filter((f) => f.waived);
  const lines: string[] = [];
  if (findings.length === 0) lines.push(t("noFindings"));
  if (open.length > 0) lines.push(...renderTable([header, ...open.map((f) => row(f, f.message))]));
  if (waived.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(t("waivedHeading"));
    lines.push(
      ...renderTable([
        header,
        ...waived.map((f) =>
          row(f, `${f.message} (${t("waivedReason", { reason: f.reason ?? "" })})`)
        ),
      ])
    );
  }
  lines.push("", summaryLine(counts, t));
  return lines.join("\n");
}
