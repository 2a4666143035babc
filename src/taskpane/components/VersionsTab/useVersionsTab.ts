import { useCallback, useEffect, useMemo, useState } from "react";
import { planReadings } from "../../../core/planReadings";
import { changesReport } from "../../../core/versions/changesReport";
import type { Comparison } from "../../../core/versions/compare/compare";
import { restorePlan } from "../../../core/versions/restore";
import {
  compareSides as compareReadSides,
  saveWorkingPlan,
  type PlanSide,
} from "../../../core/versions/session";
import { VersionDataError, type VersionInfo } from "../../../core/versions/versionsSheet";
import { workbookLayout } from "../../../core/write/workbookLayout";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import { comparisonView } from "../../model/comparisonView";
import type { PortFailure } from "../../model/portError";
import type {
  RestoreDialog,
  Side,
  VersionsTabProps,
  VersionsTabState,
  VersionView,
} from "./VersionsTab.types";

/** The document setting that remembers the last version name typed (shared by co-authors, as the pane's settings). */
export const VERSION_NAME_SETTING = "opsPlanner.versionName";

const isSide = (v: string): v is Side => v === "plan" || /^\d+$/.test(v);

export function useVersionsTab({ port, lang }: VersionsTabProps): VersionsTabState {
  const t = usePaneT();
  // What the pane made of the working plan (the Validate tab's validation) and of versions, reused while it holds.
  const readings = useMemo(() => planReadings(port), [port]);
  const { run, busy, error, errorNext, setError } = usePortTask();
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [baseline, setBaseline] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [from, setFrom] = useState<Side>("plan");
  const [to, setTo] = useState<Side>("plan");
  const [comparison, setComparison] = useState<{
    raw: Comparison;
    from: string;
    to: string;
  } | null>(null);
  const [restoreDialog, setRestoreDialog] = useState<RestoreDialog | null>(null);

  const damaged = useCallback(
    (err: unknown): PortFailure | undefined =>
      err instanceof VersionDataError ? { message: t("versionDamaged") } : undefined,
    [t]
  );

  const refresh = useCallback(async () => {
    const list = await run(() => port.listVersions());
    if (!list) return;
    setVersions(list);
    setLoaded(true);
    // By default a comparison goes from the baseline (else the latest version) to the working plan.
    const base = list.find((v) => v.baseline) ?? list[list.length - 1];
    if (base) setFrom((f) => (f === "plan" ? (String(base.id) as Side) : f));
  }, [port, run]);

  useEffect(() => {
    void refresh();
    void run(() => port.getSetting(VERSION_NAME_SETTING)).then((last) => {
      if (last) setName((n) => n || last);
    });
  }, [port, refresh, run]);

  const nameOf = useCallback(
    (side: Side): string =>
      side === "plan"
        ? t("workingPlan")
        : (versions.find((v) => String(v.id) === side)?.name ?? side),
    [t, versions]
  );

  /** A side as the compare takes it (a version the list no longer has: an error, as reading it would be). */
  const planSide = useCallback(
    (side: Side): PlanSide => {
      if (side === "plan") return side;
      const info = versions.find((v) => String(v.id) === side);
      if (!info) throw new Error(`No version ${side} in this workbook`);
      return info;
    },
    [versions]
  );

  const save = useCallback(() => {
    const typed = name.trim();
    if (typed === "") {
      setError(t("versionNameMissing"));
      return;
    }
    setStatus(null);
    void run(async () => {
      const info = await saveWorkingPlan(
        port,
        readings,
        { name: typed, note: note.trim(), saved: new Date().toISOString(), baseline },
        lang
      );
      await port.setSetting(VERSION_NAME_SETTING, typed);
      return info;
    }).then(async (info) => {
      if (!info) return;
      setNote("");
      setBaseline(false);
      setStatus(t("versionSaved", { name: info.name }));
      await refresh();
    });
  }, [baseline, lang, name, note, port, readings, refresh, run, setError, t]);

  const compareSides = useCallback(
    (a: Side, b: Side) => {
      setStatus(null);
      void run(() => compareReadSides(readings, planSide(a), planSide(b), lang), damaged).then(
        (raw) => {
          if (raw) setComparison({ raw, from: nameOf(a), to: nameOf(b) });
        }
      );
    },
    [damaged, lang, nameOf, planSide, readings, run]
  );

  const askRestore = useCallback(
    (v: VersionInfo) => {
      setStatus(null);
      void run(() => compareReadSides(readings, "plan", v, lang), damaged).then((c) => {
        if (!c) return;
        setRestoreDialog({
          version: v,
          backup: t("restoreBackupName", { name: v.name }),
          changes: c.equal ? undefined : comparisonView(c, t, lang),
        });
      });
    },
    [damaged, lang, readings, run, t]
  );

  const restore = useCallback(() => {
    const dialog = restoreDialog;
    if (!dialog) return;
    void run(async () => {
      const working = await readings.workingPlan();
      await saveWorkingPlan(
        port,
        readings,
        { name: dialog.backup, note: "", saved: new Date().toISOString(), baseline: false },
        lang
      );
      const version = await port.readVersion(dialog.version.id);
      const plan = restorePlan(version.snapshot, working.input.sheets);
      await port.restoreVersion(plan);
      // Restored rows below a sheet's table get the table, formats and computed columns' formulas of Create / update.
      if (plan.grows.length > 0) {
        const year = (await readings.workingPlan()).plan.settings.planYear;
        await port.applyPlanLayout(workbookLayout({ lang, year, sample: false, formulas: true }), {
          sample: false,
        });
      }
      return true;
    }, damaged).then(async (done) => {
      setRestoreDialog(null);
      if (!done) return;
      setComparison(null);
      setStatus(t("restored", { name: dialog.version.name, backup: dialog.backup }));
      await refresh();
    });
  }, [damaged, lang, port, readings, refresh, restoreDialog, run, t]);

  const views: VersionView[] = versions.map((info) => {
    const d = new Date(info.saved);
    return {
      info,
      savedAt: t("versionSavedAt", {
        when: Number.isFinite(d.getTime()) ? d.toLocaleString(lang) : info.saved,
      }),
    };
  });

  return {
    t,
    busy,
    error,
    errorNext,
    dismissError: () => setError(null),
    status,
    name,
    setName,
    note,
    setNote,
    baseline,
    setBaseline,
    save,
    loaded,
    versions: views,
    markBaseline: (id) => {
      void run(() => port.setBaseline(id)).then(() => refresh());
    },
    from,
    to,
    setFrom: (v) => {
      if (isSide(v)) setFrom(v);
    },
    setTo: (v) => {
      if (isSide(v)) setTo(v);
    },
    sides: [
      { value: "plan", label: t("workingPlan") },
      ...versions.map((v) => ({ value: String(v.id) as Side, label: v.name })),
    ],
    compare: () => compareSides(from, to),
    compareWithPlan: (id) => {
      const side = String(id) as Side;
      setFrom(side);
      setTo("plan");
      compareSides(side, "plan");
    },
    comparison: comparison && {
      title: t("compareResult", { from: comparison.from, to: comparison.to }),
      view: comparisonView(comparison.raw, t, lang),
    },
    writeChanges: () => {
      if (!comparison) return;
      const report = changesReport(
        comparison.raw,
        { before: comparison.from, after: comparison.to },
        lang
      );
      void run(async () => {
        await port.writeChanges(report, lang);
        return true;
      }).then((done) => {
        if (done) setStatus(t("changesWritten"));
      });
    },
    askRestore,
    restoreDialog,
    closeRestore: () => setRestoreDialog(null),
    restore,
  };
}
