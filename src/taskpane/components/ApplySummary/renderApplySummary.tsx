import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ApplySummaryState } from "./ApplySummary.types";
import type { ApplySummaryClasses } from "./useApplySummaryStyles.styles";

export function renderApplySummary(state: ApplySummaryState, classes: ApplySummaryClasses) {
  const { t } = state;
  return (
    <div className={classes.root}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("summaryTitle")}</MessageBarTitle>
          <dl className={classes.list}>
            {state.lines.map((line) => (
              <div key={line.label} className={classes.pair}>
                <dt className={classes.label}>{line.label}</dt>
                <dd className={classes.value}>{line.value}</dd>
              </div>
            ))}
          </dl>
        </MessageBarBody>
      </MessageBar>
      {state.conflicts.map((sheet) => (
        <MessageBar key={sheet} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("conflictTitle", { sheet })}</MessageBarTitle>
            {t("conflictBody")}
          </MessageBarBody>
        </MessageBar>
      ))}
      {state.sampleNote !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.sampleNote}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
