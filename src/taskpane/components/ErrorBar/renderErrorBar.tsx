import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ErrorBarState } from "./ErrorBar.types";
import type { ErrorBarClasses } from "./useErrorBarStyles.styles";

/** The alert region stays in the page so that screen readers announce the bar when it appears. */
export function renderErrorBar(state: ErrorBarState, classes: ErrorBarClasses) {
  const { t, message } = state;
  return (
    <div role="alert">
      {message !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            <span className={classes.text}>{message}</span>
            <span className={classes.text}>{state.next}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={state.onDismiss}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
