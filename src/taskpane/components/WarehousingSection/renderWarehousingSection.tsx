import { Body1, Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { WarehousingSectionState } from "./WarehousingSection.types";
import type { WarehousingSectionClasses } from "./useWarehousingSectionStyles.styles";

export function renderWarehousingSection(
  state: WarehousingSectionState,
  classes: WarehousingSectionClasses
) {
  const { t } = state;
  return (
    <section className={classes.root} aria-label={t("warehousingTitle")}>
      <Subtitle2 as="h3" className={classes.heading}>
        {t("warehousingTitle")}
      </Subtitle2>
      {state.message === null ? (
        <Body1 as="p">{state.empty}</Body1>
      ) : (
        <>
          <Body1 as="p">{state.message}</Body1>
          <table className={classes.table}>
            <thead>
              <tr>
                <th className={`${classes.rowHead} ${classes.regionCol}`} scope="col">
                  {t("warehousingRegion")}
                </th>
                <th className={classes.num} scope="col">
                  {t("warehousingShare")}
                </th>
                <th className={classes.num} scope="col">
                  {t("warehousingSaved")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r) => (
                <tr key={r.region}>
                  <th className={classes.rowHead} scope="row">
                    {r.region}
                    {r.tag && (
                      <Caption1 className={r.suggested ? classes.suggested : classes.tag}>
                        {r.tag}
                      </Caption1>
                    )}
                  </th>
                  <td className={classes.num}>{r.share}</td>
                  <td className={classes.num}>{r.daysSaved}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.details.length > 0 && (
            <ul className={classes.list}>
              {state.details.map((d) => (
                <li key={d}>
                  <Caption1>{d}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className={classes.actions}>
        <Button
          className={classes.button}
          // Focusable while disabled: keyboard and screen reader users still reach the note saying why.
          disabledFocusable={!state.canFill}
          aria-describedby={state.fillNoteId}
          onClick={state.fill}
        >
          {t("fillSuggestions")}
        </Button>
        <Caption1 id={state.fillNoteId} className={classes.note}>
          {state.fillNote}
        </Caption1>
      </div>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && <Spinner size="tiny" label={t("fillingSuggestions")} />}
        {state.status && <Body1 as="p">{state.status}</Body1>}
      </div>
    </section>
  );
}
