import { useCallback, useState } from "react";
import type { DiagnosticCheckId, DiagnosticsReport } from "../../../core/port";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT, type PaneT } from "../../i18n";
import type { DiagnosticsLine, DiagnosticsProps, DiagnosticsState } from "./Diagnostics.types";

const checkName = (t: PaneT, id: DiagnosticCheckId): string => t(`diagnostics_${id}`);

function supportedText(t: PaneT, s: boolean | undefined): string {
  return s === undefined ? t("diagnosticsUnknown") : s ? t("diagnosticsYes") : t("diagnosticsNo");
}

/** The report as a planner sends it: each check's id (stable), its name in the pane's language, what was seen. */
export function reportText(t: PaneT, r: DiagnosticsReport, at: Date): string {
  const lines = [`Ops Planner — ${t("diagnostics")} (${at.toISOString()})`];
  lines.push(
    `Excel: ${r.host.application ?? "?"} ${r.host.version ?? "?"}, ${t("diagnosticsPlatform")} ${r.host.platform ?? "?"}`
  );
  for (const c of r.checks)
    lines.push(`${c.ok ? "PASS" : "FAIL"} ${c.id} (${checkName(t, c.id)}): ${c.seen}`);
  for (const s of r.sets) lines.push(`${s.name} ${s.version}: ${supportedText(t, s.supported)}`);
  return lines.join("\n");
}

export function useDiagnostics({ port }: DiagnosticsProps): DiagnosticsState {
  const t = usePaneT();
  const { run: runTask, busy, error, setError } = usePortTask();
  const [result, setResult] = useState<{ report: DiagnosticsReport; at: Date } | null>(null);
  const [copied, setCopied] = useState<DiagnosticsState["copied"]>(null);
  const available = typeof port.runDiagnostics === "function";

  const run = useCallback(() => {
    const diagnose = port.runDiagnostics;
    if (!diagnose) return;
    setCopied(null);
    void runTask(() => diagnose.call(port)).then((report) => {
      if (report) setResult({ report, at: new Date() });
    });
  }, [port, runTask]);

  const report = result ? reportText(t, result.report, result.at) : null;

  const copy = useCallback(() => {
    if (report === null) return;
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) {
      setCopied("failed");
      return;
    }
    clipboard.writeText(report).then(
      () => setCopied("done"),
      () => setCopied("failed")
    );
  }, [report]);

  const r = result?.report;
  const host: DiagnosticsLine[] = r
    ? [
        {
          label: t("diagnosticsApplication"),
          value: r.host.application ?? t("diagnosticsUnknown"),
        },
        { label: t("diagnosticsBuild"), value: r.host.version ?? t("diagnosticsUnknown") },
        { label: t("diagnosticsPlatform"), value: r.host.platform ?? t("diagnosticsUnknown") },
      ]
    : [];
  return {
    t,
    available,
    running: busy,
    error,
    rows: r
      ? r.checks.map((c) => ({
          id: c.id,
          name: checkName(t, c.id),
          ok: c.ok,
          status: c.ok ? t("diagnosticsPass") : t("diagnosticsFail"),
          seen: c.seen,
        }))
      : null,
    host,
    sets: r
      ? r.sets.map((s) => ({
          label: `${s.name} ${s.version}`,
          value: supportedText(t, s.supported),
        }))
      : [],
    report,
    copied,
    run,
    copy,
    dismissError: () => setError(null),
  };
}
