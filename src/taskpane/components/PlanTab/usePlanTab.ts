import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApplySummary } from "../../../core/port";
import { readPlan } from "../../../core/read/readPlan";
import { defaultSettings } from "../../../core/settings";
import { templateSheetNames } from "../../../core/write/layout";
import { seedsPlatformFigures, workbookLayout } from "../../../core/write/workbookLayout";
import { platformFigureFill } from "../../../core/platformFigures";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import { isPlanYear, PLAN_YEAR_RANGE, sampleYearKnown } from "../../model/planYear";
import { outputSheetConflict } from "../../model/portError";
import type { PlanTabProps, PlanTabState } from "./PlanTab.types";

function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

export function usePlanTab({ port, lang, onLangChange }: PlanTabProps): PlanTabState {
  const t = usePaneT();
  const { run, busy, error, errorNext, setError } = usePortTask();
  const timelineNoteId = useId("timeline-note-");
  const platformNoteId = useId("platforms-note-");
  const [platformResult, setPlatformResult] = useState<string | null>(null);
  const [yearText, setYearText] = useState(() => String(defaultSettings().planYear));
  const [result, setResult] = useState<PlanTabState["result"]>(null);
  const [timelineResult, setTimelineResult] = useState<string | null>(null);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [progress, setProgress] = useState<PlanTabState["progress"]>(null);
  const edited = useRef(false);

  // The workbook's own Plan year (Settings), unless the planner typed one first. A failed read only keeps the default.
  useEffect(() => {
    let cancelled = false;
    port.readSheets().then(
      (sheets) => {
        if (cancelled || edited.current) return;
        const plan = readPlan({ sheets });
        if (plan.sheetNames.settings !== undefined) setYearText(String(plan.settings.planYear));
      },
      () => undefined
    );
    return () => {
      cancelled = true;
    };
  }, [port]);

  const year = parseYear(yearText);
  const validYear = isPlanYear(year) ? year : null;
  const yearError = validYear === null ? t("badYear", PLAN_YEAR_RANGE) : sampleError;

  const onYearText = useCallback((text: string) => {
    edited.current = true;
    setSampleError(null);
    setYearText(text);
  }, []);

  const apply = useCallback(
    (sample: boolean) => {
      if (validYear === null) return;
      if (sample && !sampleYearKnown(validYear)) {
        setSampleError(t("sampleYear", { year: validYear }));
        return;
      }
      setResult(null);
      const onProgress = (fraction: number) => setProgress({ label: t("writing"), fraction });
      void run<ApplySummary>(async () => {
        // The sample's rows load when asked for: they are not in the bundle the pane starts with.
        const sampleRows = sample
          ? (await import("../../../core/sample/samplePlan")).samplePlan
          : undefined;
        // An existing plan gets the Platforms sheet with blank figures: its findings do not change until the
        // planner fills them (Fill platform figures); a new workbook gets them as the template; the sample its own.
        const recipe = {
          lang,
          year: validYear,
          sample,
          formulas: true,
          platformFigures: seedsPlatformFigures(
            port.sheetNames
              ? (await port.sheetNames()).map((name) => ({ name }))
              : await port.readSheets()
          ),
        };
        // The recipe lets the preview plan off the pane's thread; the sample's rows are a function it cannot send.
        return port.applyPlanLayout(workbookLayout(recipe, sampleRows), {
          sample,
          onProgress,
          ...(sample ? {} : { recipe }),
        });
      }).then((summary) => {
        setProgress(null);
        if (summary) setResult({ summary, sample });
      });
    },
    [validYear, lang, port, run, t]
  );

  const writeTimeline = useCallback(() => {
    if (validYear === null) return;
    setTimelineResult(null);
    let sheet = "";
    const onProgress = (fraction: number) => setProgress({ label: t("writingTimeline"), fraction });
    void run(
      async () => {
        // The preview makes the layout in its plan worker (seconds of the page's thread on a big plan).
        const { layout, products } = port.timelineOf
          ? await port.timelineOf(lang, validYear)
          : (await import("../../../core/timeline/workbookTimeline")).sheetsTimeline(
              await port.readSheets(),
              lang,
              validYear
            );
        sheet = layout.name;
        await port.writeTimeline(layout, lang, onProgress);
        const written = t("timelineWritten", {
          products,
          weeks: layout.weeks.length,
          year: validYear,
        });
        if (layout.missing.length === 0) return written;
        const names = templateSheetNames(lang);
        const sheets = layout.missing.map(names).join(lang === "zh-CN" ? "”、“" : ", ");
        return `${written} ${t("timelineMissing", { sheets })}`;
      },
      (err) => outputSheetConflict(err, t, "timelineConflictNext", sheet)
    ).then((text) => {
      setProgress(null);
      if (text) setTimelineResult(text);
    });
  }, [validYear, port, lang, run, t]);

  const fillPlatformFigures = useCallback(() => {
    setPlatformResult(null);
    void run(async () => {
      const f = platformFigureFill(await port.readSheets());
      if (f.sheet === null) return t("platformFiguresNoSheet");
      if (f.cells.length > 0) await port.writeCells(f.cells);
      const sep = t("listSeparator");
      const parts = [
        f.cells.length > 0
          ? t("platformFiguresFilled", { cells: f.cells.length, sheet: f.sheet })
          : t("platformFiguresNothing", { sheet: f.sheet }),
      ];
      if (f.kept.length > 0)
        parts.push(t("platformFiguresKept", { kept: f.kept.length, list: f.kept.join(sep) }));
      if (f.missing.length > 0)
        parts.push(t("platformFiguresMissing", { platforms: f.missing.join(sep) }));
      return parts.join(" ");
    }).then((text) => {
      if (text) setPlatformResult(text);
    });
  }, [port, run, t]);

  return {
    t,
    port,
    yearText,
    year: validYear,
    yearError,
    onYearText,
    onYearStep: (y) => onYearText(String(y)),
    lang,
    langOptions: [
      { value: "en", label: t("langEn") },
      { value: "zh-CN", label: t("langZh") },
    ],
    onLangChange,
    busy,
    progress: busy ? progress : null,
    error,
    errorNext,
    dismissError: () => setError(null),
    result,
    create: () => apply(false),
    addSample: () => apply(true),
    writeTimeline,
    timelineNoteId,
    timelineResult,
    fillPlatformFigures,
    platformNoteId,
    platformResult,
  };
}
