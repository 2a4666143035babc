import { useCallback, useEffect, useState } from "react";
import type { WorkbookInput } from "../../../core/read/input";
import { readPlan } from "../../../core/read/readPlan";
import { changesReport } from "../../../core/versions/changesReport";
import { comparePlans, type Comparison } from "../../../core/versions/compare/compare";
import { restorePlan } from "../../../core/versions/restore";
import { takeSnapshot } from "../../../core/versions/snapshot";
import {
  snapshotParts,
  VersionDataError,
  type VersionInfo,
} from "../../../core/versions/versionsSheet";
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

  const load = useCallback(
    async (side: Side): Promise<WorkbookInput> =>
      side === "plan"
        ? { sheets: await port.readSheets() }
        : (await port.readVersion(Number(side))).snapshot,
    [port]
  );

  const save = useCallback(() => {
    const typed = name.trim();
    if (typed === "") {
      setError(t("versionNameMissing"));
      return;
    }
    setStatus(null);
    void run(async () => {
      const parts = snapshotParts(takeSnapshot(await port.readSheets()));
      const info = await port.saveVersion({
        name: typed,
        note: note.trim(),
        saved: new Date().toISOString(),
        baseline,
        parts,
      });
      await port.setSetting(VERSION_NAME_SETTING, typed);
      return info;
    }).then(async (info) => {
      if (!info) return;
      setNote("");
      setBaseline(false);
      setStatus(t("versionSaved", { name: info.name }));
      await refresh();
    });
  }, [baseline, name, note, port, refresh, run, setError, t]);

  const compareSides = useCallback(
    (a: Side, b: Side) => {
      setStatus(null);
      void run(async () => {
        const [before, after] = [await load(a), await load(b)];
        return comparePlans(before, after, { lang });
      }, damaged).then((raw) => {
        if (raw) setComparison({ raw, from: nameOf(a), to: nameOf(b) });
      });
    },
    [damaged, lang, load, nameOf, run]
  );

  const askRestore = useCallback(
    (v: VersionInfo) => {
      setStatus(null);
      void run(async () => {
        const version = await port.readVersion(v.id);
        const c = comparePlans({ sheets: await port.readSheets() }, version.snapshot, { lang });
        return c;
      }, damaged).then((c) => {
        if (!c) return;
        setRestoreDialog({
          version: v,
          backup: t("restoreBackupName", { name: v.name }),
          changes: c.equal ? undefined : comparisonView(c, t, lang),
        });
      });
    },
    [damaged, lang, port, run, t]
  );

  const restore = useCallback(() => {
    const dialog = restoreDialog;
    if (!dialog) return;
    void run(async () => {
      const sheets = await port.readSheets();
      await port.saveVersion({
        name: dialog.backup,
        note: "",
        saved: new Date().toISOString(),
        baseline: false,
        parts: snapshotParts(takeSnapshot(sheets)),
      });
      const version = await port.readVersion(dialog.version.id);
      const plan = restorePlan(version.snapshot, sheets);
      await port.restoreVersion(plan);
      // Restored rows below a sheet's table get the table, formats and computed columns' formulas of Create / update.
      if (plan.grows.length > 0) {
        const year = readPlan({ sheets: await port.readSheets() }).settings.planYear;
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
  }, [damaged, lang, port, refresh, restoreDialog, run, t]);

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
