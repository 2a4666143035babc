import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  ProgressBar,
  SpinButton,
  Spinner,
} from "@fluentui/react-components";
import { isLang } from "../../../core/i18n";
import { PLAN_YEAR_RANGE } from "../../model/planYear";
import { ApplySummaryView } from "../ApplySummary/ApplySummary";
import { Diagnostics } from "../Diagnostics/Diagnostics";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { PlanTabState } from "./PlanTab.types";
import type { PlanTabClasses } from "./usePlanTabStyles.styles";

export function renderPlanTab(state: PlanTabState, classes: PlanTabClasses) {
  const { t } = state;
  const langLabel = state.langOptions.find((o) => o.value === state.lang)?.label ?? "";
  return (
    <div className={classes.root}>
      <Body1 as="p">{t("intro")}</Body1>
      <Field
        label={t("planYear")}
        hint={t("planYearHint")}
        validationState={state.yearError ? "error" : "none"}
        validationMessage={state.yearError ?? undefined}
      >
        <SpinButton
          className={classes.control}
          value={state.year}
          displayValue={state.yearText}
          min={PLAN_YEAR_RANGE.min}
          max={PLAN_YEAR_RANGE.max}
          onChange={(_, data) => {
            if (typeof data.value === "number") state.onYearStep(data.value);
            else if (data.displayValue !== undefined) state.onYearText(data.displayValue);
          }}
        />
      </Field>
      <Field label={t("language")} hint={t("languageHint")}>
        <Dropdown
          className={classes.control}
          value={langLabel}
          selectedOptions={[state.lang]}
          onOptionSelect={(_, data) => {
            if (data.optionValue && isLang(data.optionValue)) state.onLangChange(data.optionValue);
          }}
        >
          {state.langOptions.map((o) => (
            <Option key={o.value} value={o.value} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={classes.actions}>
        <Button
          className={classes.button}
          appearance="primary"
          disabled={state.busy || state.year === null}
          onClick={state.create}
        >
          {t("createWorkbook")}
        </Button>
        <Button
          className={classes.button}
          disabled={state.busy || state.year === null}
          onClick={state.addSample}
        >
          {t("addSample")}
        </Button>
        <Caption1 className={classes.note}>{t("safeNote")}</Caption1>
        <Button
          className={classes.button}
          disabledFocusable={state.busy}
          aria-describedby={state.platformNoteId}
          onClick={state.fillPlatformFigures}
        >
          {t("fillPlatformFigures")}
        </Button>
        <Caption1 id={state.platformNoteId} className={classes.note}>
          {t("platformFiguresNote")}
        </Caption1>
        <Button
          className={classes.button}
          // Focusable while disabled (busy, or no plan year): keyboard users still reach its note.
          disabledFocusable={state.busy || state.year === null}
          aria-describedby={state.timelineNoteId}
          onClick={state.writeTimeline}
        >
          {t("writeTimeline")}
        </Button>
        <Caption1 id={state.timelineNoteId} className={classes.note}>
          {t("timelineNote")}
        </Caption1>
      </div>
      <ErrorBar message={state.error} next={state.errorNext} onDismiss={state.dismissError} />
      {state.progress && (
        // Announced as it changes, in steps of ten percent (the bar itself moves with every percent).
        <div aria-live="polite">
          <Field
            label={state.progress.label}
            hint={t("progressDone", { percent: Math.floor(state.progress.fraction * 10) * 10 })}
          >
            <ProgressBar value={state.progress.fraction} thickness="large" />
          </Field>
        </div>
      )}
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && !state.progress && <Spinner size="tiny" label={t("writing")} />}
        {state.timelineResult && <Body1 as="p">{state.timelineResult}</Body1>}
        {state.platformResult && <Body1 as="p">{state.platformResult}</Body1>}
        {state.result && (
          <ApplySummaryView summary={state.result.summary} sample={state.result.sample} />
        )}
      </div>
      <Diagnostics port={state.port} />
    </div>
  );
}
