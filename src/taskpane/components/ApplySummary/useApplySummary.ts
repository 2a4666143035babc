import { usePaneT } from "../../i18n";
import type { ApplySummaryProps, ApplySummaryState, SummaryLine } from "./ApplySummary.types";

export function useApplySummary({ summary, sample }: ApplySummaryProps): ApplySummaryState {
  const t = usePaneT();
  const sep = t("listSeparator");
  const list = (items: readonly string[]): string =>
    items.length ? items.join(sep) : t("summaryNone");
  const lines: SummaryLine[] = [
    { label: t("summaryCreated"), value: list(summary.created) },
    {
      label: t("summaryColumns"),
      value: list(
        summary.addedColumns.map((c) =>
          t("columnsOf", { sheet: c.sheet, headers: c.headers.join(sep) })
        )
      ),
    },
    { label: t("summaryFormulas"), value: String(summary.formulasEntered) },
  ];
  if (sample) lines.push({ label: t("summarySample"), value: String(summary.sampleRows) });
  lines.push({ label: t("summaryKept"), value: list(summary.keptSheets) });

  let sampleNote: string | null = null;
  if (sample) sampleNote = summary.sampleRows > 0 ? t("sampleNote") : t("sampleSkipped");

  return { t, lines, conflicts: summary.conflicts, sampleNote };
}
