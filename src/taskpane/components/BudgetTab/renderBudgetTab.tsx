import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import type { Objective } from "../../../core/budget";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { BudgetTabState, ChannelView } from "./BudgetTab.types";
import type { BudgetTabClasses } from "./useBudgetTabStyles.styles";

const isObjective = (v: string): v is Objective => v === "orders" || v === "revenue";

function renderChannel(state: BudgetTabState, classes: BudgetTabClasses, ch: ChannelView) {
  const { t } = state;
  return (
    <section key={ch.channel || "total"} className={classes.channel} aria-label={ch.label}>
      <Subtitle2 as="h3" className={classes.heading}>
        {ch.label}
      </Subtitle2>
      {ch.status && <Caption1 className={classes.muted}>{ch.status}</Caption1>}
      <table className={classes.table}>
        <thead>
          <tr>
            <td aria-hidden="true" />
            <th className={classes.num} scope="col">
              {t("budgetNow")}
            </th>
            <th className={classes.num} scope="col">
              {t("budgetProposed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ch.rows.map((r) => (
            <tr key={r.label}>
              <th className={classes.rowHead} scope="row">
                {r.label}
              </th>
              <td className={classes.num}>{r.now}</td>
              <td className={classes.num}>{r.proposed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Caption1>{ch.gain}</Caption1>
    </section>
  );
}

export function renderBudgetTab(state: BudgetTabState, classes: BudgetTabClasses) {
  const { t } = state;
  return (
    <div className={classes.root}>
      <Body1 as="p">{state.intro}</Body1>
      <Field label={t("budgetObjective")}>
        <RadioGroup
          layout="horizontal"
          value={state.objective}
          onChange={(_, data) => {
            if (isObjective(data.value)) state.onObjective(data.value);
          }}
        >
          <Radio value="orders" label={t("objectiveOrders")} />
          <Radio value="revenue" label={t("objectiveRevenue")} />
        </RadioGroup>
      </Field>
      <div className={classes.actions}>
        <Button
          className={classes.button}
          appearance="primary"
          disabled={state.busy || state.changes.length === 0}
          onClick={state.openConfirm}
        >
          {t("applyAllocation")}
        </Button>
        {state.budget && state.changes.length === 0 && (
          <Caption1 className={classes.muted}>{t("applyNothing")}</Caption1>
        )}
        {state.canUndo && (
          <Button className={classes.button} disabled={state.busy} onClick={state.undo}>
            {t("undoAllocation")}
          </Button>
        )}
        <Button className={classes.button} disabled={state.busy} onClick={state.recalculate}>
          {t("budgetRecalculate")}
        </Button>
      </div>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && !state.confirmOpen && <Spinner size="tiny" label={t("budgetReading")} />}
        {state.status && <Body1 as="p">{state.status}</Body1>}
      </div>
      {state.loaded && !state.budget && <Body1 as="p">{t("budgetEmpty")}</Body1>}
      {state.total && renderChannel(state, classes, state.total)}
      {state.channels.map((ch) => renderChannel(state, classes, ch))}
      {state.notes.length > 0 && (
        <section aria-label={t("budgetNotes")}>
          <Subtitle2 as="h3" className={classes.heading}>
            {t("budgetNotes")}
          </Subtitle2>
          <ul className={classes.list}>
            {state.notes.map((n) => (
              <li key={n}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.advice.length > 0 && (
        <section aria-label={t("budgetAdviceTitle")}>
          <Subtitle2 as="h3" className={classes.heading}>
            {t("budgetAdviceTitle")}
          </Subtitle2>
          <ul className={classes.list}>
            {state.advice.map((a) => (
              <li key={a}>
                <Caption1>{a}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Dialog
        open={state.confirmOpen}
        modalType="modal"
        onOpenChange={(_, data) => {
          if (!data.open) state.closeConfirm();
        }}
      >
        <DialogSurface className={classes.surface}>
          <DialogBody>
            <DialogTitle>{t("applyTitle")}</DialogTitle>
            <DialogContent>
              <Body1 as="p">{t("applyIntro")}</Body1>
              <ul className={classes.list}>
                {state.changes.map((c) => (
                  <li key={c.address}>
                    <Body1>{state.formatChange(c)}</Body1>
                  </li>
                ))}
              </ul>
              {state.busy && <Spinner size="tiny" label={t("applying")} />}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={state.busy} onClick={state.apply}>
                {t("applyConfirm")}
              </Button>
              <Button disabled={state.busy} onClick={state.closeConfirm}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
