import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Plan } from "../../../core/plan";
import { buildIndex } from "../../../core/planIndex";
import { readPlan } from "../../../core/read/readPlan";
import { reviewInputsOf, reviewLayout } from "../../../core/review";
import { useLiveValidation } from "../../hooks/useLiveValidation";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import { outputSheetConflict } from "../../model/portError";
import { reviewViewModel } from "../../model/reviewView";
import type { ReviewTabProps, ReviewTabState } from "./ReviewTab.types";

export function useReviewTab({ port, lang }: ReviewTabProps): ReviewTabState {
  const t = usePaneT();
  const { run, busy, error, errorNext, setError } = usePortTask();
  const [read, setRead] = useState<{ plan: Plan; reviewSheet?: string } | null>(null);
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const writeNoteId = useId("review-note-");
  const lastRead = useRef(0);

  // The read started last is the one shown: a slow earlier read never replaces it.
  const load = useCallback(async () => {
    const seq = ++lastRead.current;
    const sheets = await port.readSheets();
    const plan = readPlan({ sheets });
    const fresh = { plan, reviewSheet: plan.sheetNames.review };
    if (seq === lastRead.current) setRead(fresh);
    return fresh;
  }, [port]);

  useEffect(() => {
    void run(load);
  }, [run, load]);

  // Sales rows typed with the tab open show at once (debounced as live validation is).
  useLiveValidation(port, true, () => {
    load().catch(() => undefined);
  });

  const plan = read?.plan ?? null;
  const inputs = useMemo(
    () => (plan ? reviewInputsOf(plan, buildIndex(plan), lang, read?.reviewSheet) : null),
    [plan, lang, read?.reviewSheet]
  );
  const view = useMemo(
    () =>
      inputs && plan
        ? reviewViewModel(inputs.review, inputs.stock, inputs.budget, {
            t,
            lang,
            currency: plan.settings.currency,
            paceShare: plan.settings.budgetPaceShare,
          })
        : null,
    [inputs, plan, t, lang]
  );

  const write = () => {
    setStatus(null);
    setWriting(true);
    let sheet = "";
    void run(
      async () => {
        const fresh = await load();
        const layout = reviewLayout(
          reviewInputsOf(fresh.plan, buildIndex(fresh.plan), lang, fresh.reviewSheet)
        );
        sheet = layout.name;
        await port.writeReview(layout);
        return t("reviewWritten", { sheet: layout.name });
      },
      (err) => outputSheetConflict(err, t, "reviewConflictNext", sheet)
    ).then((text) => {
      setWriting(false);
      if (text) setStatus(text);
    });
  };

  const names = plan ?? { sheetNames: {} };
  const sales = workbookSheetName(names, "sales", lang);
  const hasSales = plan !== null && plan.sales.length > 0;
  return {
    t,
    intro: t("reviewIntro", { sales }),
    busy,
    busyLabel: writing ? t("reviewWriting") : t("budgetReading"),
    error,
    errorNext,
    dismissError: () => setError(null),
    view: hasSales ? view : null,
    empty: plan !== null && !hasSales ? t("reviewEmpty", { sales }) : null,
    canWrite: !busy && plan !== null,
    writeNote: t("reviewWriteNote", {
      sheet: read?.reviewSheet ?? (lang === "zh-CN" ? "复盘" : "Review"),
    }),
    writeNoteId,
    write,
    status,
  };
}
