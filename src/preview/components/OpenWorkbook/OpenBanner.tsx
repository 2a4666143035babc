/**
 * Under the toolbar: the progress of a file being read and computed, why a file was refused, what an opened file
 * holds that the preview drops, the workbooks kept in this browser (offered back when the page opens), and a failure
 * to keep the workbook.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { MAX_OPEN_MB } from "../../open/openProblem";
import { droppedLine, failureText } from "./openTexts";
import type { PreviewT } from "../../texts";
import type { PreviewRootState } from "./usePreviewRoot";
import type { OpenWorkbookClasses } from "./useOpenWorkbookStyles.styles";

export interface OpenBannerProps {
  state: PreviewRootState;
  t: PreviewT;
  lang: string;
  classes: OpenWorkbookClasses;
}

export function OpenBanner({ state, t, lang, classes }: OpenBannerProps) {
  const { phase, failure, opened, kept, keepError } = state;
  const dropped = opened ? droppedLine(opened.dropped, t) : undefined;
  const dismiss = (onClick: () => void) => (
    <MessageBarActions>
      <Button appearance="transparent" size="small" onClick={onClick}>
        {t("dismiss")}
      </Button>
    </MessageBarActions>
  );
  const time = (ms: number) =>
    new Date(ms).toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
  if (phase.kind === "idle" && !failure && !opened && kept.length === 0 && !keepError) return null;
  return (
    <div className={classes.banner}>
      {phase.kind !== "idle" && (
        <Field
          className={classes.progress}
          label={t(phase.kind === "reading" ? "reading" : "computing", { file: phase.file })}
          data-testid="open-progress"
        >
          <ProgressBar
            aria-label={t("readingProgress")}
            value={phase.kind === "reading" ? phase.share : undefined}
            thickness="large"
          />
        </Field>
      )}
      {failure && (
        <MessageBar intent="error" data-testid="open-error">
          <MessageBarBody>
            {t("openFailed", { file: failure.file, reason: failureText(failure, MAX_OPEN_MB, t) })}
          </MessageBarBody>
          {dismiss(state.dismissFailure)}
        </MessageBar>
      )}
      {opened && (
        <MessageBar intent={dropped ? "warning" : "success"} data-testid="open-notice">
          <MessageBarBody>
            {t("opened", { file: opened.file })}
            {dropped && ` ${dropped}`}
          </MessageBarBody>
          {dismiss(state.dismissOpened)}
        </MessageBar>
      )}
      {keepError && (
        <MessageBar intent="warning" data-testid="keep-error">
          <MessageBarBody>{t("keepFailed", { message: keepError })}</MessageBarBody>
        </MessageBar>
      )}
      {kept.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="kept-workbooks">
          <MessageBarBody>
            <MessageBarTitle>{t("keptTitle")}</MessageBarTitle>
            <ul className={classes.keptList} aria-label={t("keptTitle")}>
              {kept.map((k) => {
                const name = k.name || t("untitled");
                return (
                  <li key={k.id} className={classes.keptItem} data-testid={`kept-${k.id}`}>
                    <span className={classes.keptName}>{name}</span>
                    <span>
                      {t("keptSaved", { time: time(k.savedAt) })}
                      {k.notDownloaded && ` · ${t("keptNotDownloaded")}`}
                    </span>
                    <Button
                      size="small"
                      appearance="primary"
                      aria-label={t("keptOpenLabel", { name })}
                      onClick={() => void state.openKept(k.id)}
                    >
                      {t("keptOpen")}
                    </Button>
                    <Button
                      size="small"
                      aria-label={t("keptDiscardLabel", { name })}
                      onClick={() => void state.discard(k.id)}
                    >
                      {t("keptDiscard")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
          {dismiss(state.dismissKept)}
        </MessageBar>
      )}
    </div>
  );
}
