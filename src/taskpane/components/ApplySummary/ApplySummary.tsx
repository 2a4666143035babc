/** What "Create / update plan workbook" did: created, added, repaired, left alone — and the sheets it refused. */
import type { ApplySummaryProps } from "./ApplySummary.types";
import { renderApplySummary } from "./renderApplySummary";
import { useApplySummary } from "./useApplySummary";
import { useApplySummaryStyles } from "./useApplySummaryStyles.styles";

export function ApplySummaryView(props: ApplySummaryProps) {
  const state = useApplySummary(props);
  return renderApplySummary(state, useApplySummaryStyles());
}
