import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
} from "@fluentui/react-components";
import { FindingActionsContext } from "../../hooks/findingActions";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FindingFilters } from "../FindingFilters/FindingFilters";
import { FindingGroups } from "../FindingGroups/FindingGroups";
import { FindingList } from "../FindingList/FindingList";
import { WaiverDialog } from "../WaiverDialog/WaiverDialog";
import type { ValidateTabState } from "./ValidateTab.types";
import type { ValidateTabClasses } from "./useValidateTabStyles.styles";

/** What the validation found, in short: announced by the status region. */
function renderOutcome(state: ValidateTabState, classes: ValidateTabClasses) {
  const { t, counts } = state;
  if (!state.hasPlan) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("noPlanTitle")}</MessageBarTitle>
          {t("noPlanBody")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <div className={classes.counts} aria-label={t("countsLabel", { ...counts })} role="group">
        <Badge appearance="filled" color="danger">{`${t("countErrors")} ${counts.error}`}</Badge>
        <Badge
          appearance="filled"
          color="warning"
          className={classes.badge.warning}
        >{`${t("countWarnings")} ${counts.warning}`}</Badge>
        <Badge
          appearance="tint"
          color="informative"
        >{`${t("countWaived")} ${counts.waived}`}</Badge>
      </div>
      {state.allClear && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("allClear")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The actions on the findings, the filters, the groups and the waived findings. */
function renderFindings(state: ValidateTabState, classes: ValidateTabClasses) {
  const { t } = state;
  const busy = state.acting || state.validating;
  return (
    <>
      <div className={classes.row}>
        <Button size="small" disabled={busy || state.allClear} onClick={state.highlight}>
          {t("highlight")}
        </Button>
        <Button size="small" disabled={busy} onClick={state.clearHighlights}>
          {t("clearHighlights")}
        </Button>
        <Button size="small" disabled={busy} onClick={state.writeFindings}>
          {t("writeFindings")}
        </Button>
      </div>
      {state.total > 0 && (
        <>
          <FindingFilters filter={state.filter} sheets={state.sheets} onChange={state.setFilter} />
          <Caption1 className={classes.muted} aria-live="polite">
            {state.shown === 0
              ? t("noMatch")
              : t("showing", { shown: state.shown, total: state.total })}
          </Caption1>
          {state.groups.length > 0 && (
            <section className={classes.section} aria-label={t("findingsByRule")}>
              <FindingGroups groups={state.groups} expandAll={state.expandAll} />
            </section>
          )}
          {state.waived.length > 0 && (
            <section className={classes.section} aria-labelledby={state.waivedHeadingId}>
              <h2
                id={state.waivedHeadingId}
                ref={state.waivedHeadingRef}
                tabIndex={-1}
                className={classes.heading}
              >
                {`${t("waivedTitle")} (${state.waived.length})`}
              </h2>
              <FindingList findings={state.waived} label={t("waivedTitle")} showRule />
            </section>
          )}
        </>
      )}
    </>
  );
}

export function renderValidateTab(state: ValidateTabState, classes: ValidateTabClasses) {
  const { t } = state;
  return (
    <FindingActionsContext.Provider value={state.actions}>
      <div className={classes.root}>
        <Body1 as="p">{t("validateIntro")}</Body1>
        <Button
          className={classes.wideButton}
          appearance="primary"
          disabled={state.validating}
          onClick={state.validate}
        >
          {t("validate")}
        </Button>
        <Switch
          checked={state.live}
          label={t("autoValidate")}
          onChange={(_, data) => state.setLive(data.checked)}
        />
        <ErrorBar message={state.error} onDismiss={state.dismissError} />
        <div
          role="status"
          aria-live="polite"
          aria-busy={state.validating}
          className={classes.results}
        >
          {state.validating && <Spinner size="tiny" label={t("validating")} />}
          {state.notice !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{state.notice}</MessageBarBody>
            </MessageBar>
          )}
          {state.findings !== null && renderOutcome(state, classes)}
        </div>
        {state.findings !== null && state.hasPlan && renderFindings(state, classes)}
        <WaiverDialog
          finding={state.waiveTarget}
          onDismiss={state.closeWaiver}
          onSubmit={state.submitWaiver}
        />
      </div>
    </FindingActionsContext.Provider>
  );
}
