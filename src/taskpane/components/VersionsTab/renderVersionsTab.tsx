import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { renderComparison, renderComparisonBody } from "./renderComparison";
import type { VersionsTabState, VersionView } from "./VersionsTab.types";
import type { VersionsTabClasses } from "./useVersionsTabStyles.styles";

function renderVersion(state: VersionsTabState, classes: VersionsTabClasses, v: VersionView) {
  const { t } = state;
  const { info } = v;
  return (
    <li key={info.id} className={classes.version} aria-label={info.name}>
      <div className={classes.name}>
        <Subtitle2 as="h4" className={classes.heading}>
          {info.name}
        </Subtitle2>
        {info.baseline && (
          <Badge appearance="tint" color="brand">
            {t("baselineBadge")}
          </Badge>
        )}
      </div>
      <Caption1 className={classes.muted}>{v.savedAt}</Caption1>
      {info.note !== "" && <Caption1>{info.note}</Caption1>}
      <div className={classes.row}>
        <Button size="small" disabled={state.busy} onClick={() => state.compareWithPlan(info.id)}>
          {t("compareWithPlan")}
        </Button>
        {!info.baseline && (
          <Button size="small" disabled={state.busy} onClick={() => state.markBaseline(info.id)}>
            {t("markBaseline")}
          </Button>
        )}
        <Button size="small" disabled={state.busy} onClick={() => state.askRestore(info)}>
          {t("restoreVersion")}
        </Button>
      </div>
    </li>
  );
}

export function renderVersionsTab(state: VersionsTabState, classes: VersionsTabClasses) {
  const { t } = state;
  const dialog = state.restoreDialog;
  return (
    <div className={classes.root}>
      <Body1 as="p">{t("versionsIntro")}</Body1>
      <Field label={t("versionName")} hint={t("versionNameHint")} required>
        <Input
          className={classes.control}
          value={state.name}
          onChange={(_, d) => state.setName(d.value)}
        />
      </Field>
      <Field label={t("versionNote")}>
        <Textarea
          className={classes.control}
          value={state.note}
          onChange={(_, d) => state.setNote(d.value)}
        />
      </Field>
      <Checkbox
        label={t("versionMarkBaseline")}
        checked={state.baseline}
        onChange={(_, d) => state.setBaseline(d.checked === true)}
      />
      <Button
        className={classes.button}
        appearance="primary"
        disabled={state.busy}
        onClick={state.save}
      >
        {t("saveVersion")}
      </Button>
      <ErrorBar message={state.error} next={state.errorNext} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && !dialog && <Spinner size="tiny" label={t("versionsLoading")} />}
        {state.status && <Body1 as="p">{state.status}</Body1>}
      </div>
      <section aria-label={t("versionsList")} className={classes.root}>
        <Subtitle2 as="h3" className={classes.heading}>
          {t("versionsList")}
        </Subtitle2>
        {state.loaded && state.versions.length === 0 && <Body1 as="p">{t("versionsEmpty")}</Body1>}
        {state.versions.length > 0 && (
          <ul className={classes.versions}>
            {state.versions.map((v) => renderVersion(state, classes, v))}
          </ul>
        )}
      </section>
      {state.versions.length > 0 && (
        <section aria-label={t("compareTitle")} className={classes.root}>
          <Subtitle2 as="h3" className={classes.heading}>
            {t("compareTitle")}
          </Subtitle2>
          <Field label={t("compareFrom")}>
            <Select value={state.from} onChange={(_, d) => state.setFrom(d.value)}>
              {state.sides.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("compareTo")}>
            <Select value={state.to} onChange={(_, d) => state.setTo(d.value)}>
              {state.sides.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button className={classes.button} disabled={state.busy} onClick={state.compare}>
            {t("compareButton")}
          </Button>
        </section>
      )}
      {state.comparison &&
        renderComparison(state.comparison, t, classes, state.writeChanges, state.busy)}
      <Dialog
        open={dialog !== null}
        modalType="modal"
        onOpenChange={(_, data) => {
          if (!data.open) state.closeRestore();
        }}
      >
        <DialogSurface className={classes.surface}>
          {dialog && (
            <DialogBody>
              <DialogTitle>{t("restoreTitle", { name: dialog.version.name })}</DialogTitle>
              <DialogContent className={classes.root}>
                <Body1 as="p">{t("restoreIntro", { backup: dialog.backup })}</Body1>
                {dialog.changes ? (
                  <>
                    <Body1 as="p">{t("restoreChanges")}</Body1>
                    {renderComparisonBody(dialog.changes, t, classes)}
                  </>
                ) : (
                  <Body1 as="p">{t("restoreNothing")}</Body1>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" disabled={state.busy} onClick={state.restore}>
                  {t("restoreConfirm")}
                </Button>
                <Button disabled={state.busy} onClick={state.closeRestore}>
                  {t("cancel")}
                </Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
    </div>
  );
}
