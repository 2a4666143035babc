import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { TrendsSection } from "../TrendsSection/TrendsSection";
import { WarehousingSection } from "../WarehousingSection/WarehousingSection";
import type { TrendsTabState } from "./TrendsTab.types";
import type { TrendsTabClasses } from "./useTrendsTabStyles.styles";

export function renderTrendsTab(state: TrendsTabState, classes: TrendsTabClasses) {
  const { t } = state;
  return (
    <div className={classes.root}>
      <Body1 as="p">{state.intro}</Body1>
      <div className={classes.actions}>
        <Button
          className={classes.button}
          appearance="primary"
          // Focusable while disabled: keyboard and screen reader users still reach the note saying why.
          disabledFocusable={!state.canRefresh}
          aria-describedby={state.refreshNoteId}
          onClick={state.refresh}
        >
          {t("refreshDashboard")}
        </Button>
        <Caption1 id={state.refreshNoteId} className={classes.note}>
          {state.refreshNote}
        </Caption1>
      </div>
      <ErrorBar message={state.error} next={state.errorNext} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && <Spinner size="tiny" label={state.busyLabel} />}
        {state.status && <Body1 as="p">{state.status}</Body1>}
      </div>
      {state.plan && <TrendsSection plan={state.plan} lang={state.lang} />}
      {state.plan && state.sheets && (
        <WarehousingSection
          plan={state.plan}
          sheets={state.sheets}
          lang={state.lang}
          port={state.port}
          reload={state.reload}
        />
      )}
    </div>
  );
}
