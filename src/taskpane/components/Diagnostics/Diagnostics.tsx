/**
 * The Diagnostics self-check, a disclosure at the bottom of the Plan tab: runs the port's checks (Excel only), shows
 * each check's pass or fail with what was seen, the Excel build, platform and requirement sets, and copies the report.
 */
import type { DiagnosticsProps } from "./Diagnostics.types";
import { renderDiagnostics } from "./renderDiagnostics";
import { useDiagnostics } from "./useDiagnostics";
import { useDiagnosticsStyles } from "./useDiagnosticsStyles.styles";

export function Diagnostics(props: DiagnosticsProps) {
  const state = useDiagnostics(props);
  return renderDiagnostics(state, useDiagnosticsStyles());
}
