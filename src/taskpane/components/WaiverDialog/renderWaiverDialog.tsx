import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { WaiverDialogState } from "./WaiverDialog.types";
import type { WaiverDialogClasses } from "./useWaiverDialogStyles.styles";

export function renderWaiverDialog(state: WaiverDialogState, classes: WaiverDialogClasses) {
  const { t, finding, form } = state;
  return (
    <Dialog
      open={state.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) state.onDismiss();
      }}
    >
      <DialogSurface className={classes.surface}>
        <form onSubmit={state.onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{t("waiveTitle")}</DialogTitle>
            <DialogContent className={classes.content}>
              <Body1 as="p" className={classes.intro}>
                {t("waiveIntro", { rule: state.ruleTitle, address: finding?.address ?? "" })}
              </Body1>
              <Field
                label={t("waiveReason")}
                required
                validationState={state.reasonError ? "error" : "none"}
                validationMessage={state.reasonError ?? undefined}
              >
                <Textarea
                  className={classes.control}
                  value={form.reason}
                  resize="vertical"
                  onChange={(_, data) => state.setReason(data.value)}
                />
              </Field>
              <Field label={t("waiveUntil")} hint={t("waiveUntilHint")}>
                <Input
                  className={classes.control}
                  type="date"
                  value={form.until}
                  onChange={(_, data) => state.setUntil(data.value)}
                />
              </Field>
              <Field label={t("waiveOwner")}>
                <Input
                  className={classes.control}
                  value={form.owner}
                  onChange={(_, data) => state.setOwner(data.value)}
                />
              </Field>
              <ErrorBar message={state.error} onDismiss={state.dismissError} />
              {state.saving && <Spinner size="tiny" label={t("waiving")} />}
            </DialogContent>
            <DialogActions className={classes.actions}>
              <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
                {t("waiveConfirm")}
              </Button>
              <Button onClick={state.onDismiss} disabledFocusable={state.saving}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
