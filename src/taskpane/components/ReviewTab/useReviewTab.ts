import { useMemo } from "react";
import { buildIndex } from "../../../core/planIndex";
import { reviewInputsOf, reviewLayout } from "../../../core/review";
import { useLivePlanRead } from "../../hooks/useLivePlanRead";
import { useOutputSheetWrite } from "../../hooks/useOutputSheetWrite";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import { reviewViewModel } from "../../model/reviewView";
import type { ReviewTabProps, ReviewTabState } from "./ReviewTab.types";

export function useReviewTab({ port, lang }: ReviewTabProps): ReviewTabState {
  const t = usePaneT();
  const task = usePortTask();
  const { read, load } = useLivePlanRead(port, task.run);
  const output = useOutputSheetWrite(task, t, "reviewConflictNext");

  const plan = read?.plan ?? null;
  const reviewSheet = plan?.sheetNames.review;
  const inputs = useMemo(
    () => (plan ? reviewInputsOf(plan, buildIndex(plan), lang, reviewSheet) : null),
    [plan, lang, reviewSheet]
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

  const write = () =>
    output.start(async (named) => {
      const fresh = (await load()).plan;
      const layout = reviewLayout(
        reviewInputsOf(fresh, buildIndex(fresh), lang, fresh.sheetNames.review)
      );
      named(layout.name);
      await port.writeReview(layout);
      return t("reviewWritten", { sheet: layout.name });
    });

  const names = plan ?? { sheetNames: {} };
  const sales = workbookSheetName(names, "sales", lang);
  const hasSales = plan !== null && plan.sales.length > 0;
  return {
    t,
    intro: t("reviewIntro", { sales }),
    action: output.action({
      label: t("reviewWrite"),
      writingLabel: t("reviewWriting"),
      enabled: !task.busy && plan !== null,
      note: t("reviewWriteNote", { sheet: reviewSheet ?? (lang === "zh-CN" ? "复盘" : "Review") }),
      onClick: write,
    }),
    view: hasSales ? view : null,
    empty: plan !== null && !hasSales ? t("reviewEmpty", { sales }) : null,
  };
}
