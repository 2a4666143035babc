import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { ReviewChart } from "../ReviewChart/ReviewChart";
import type { ReviewTabState } from "./ReviewTab.types";
import type { ReviewTabClasses } from "./useReviewTabStyles.styles";

export function renderReviewTab(state: ReviewTabState, classes: ReviewTabClasses) {
  const { t, view } = state;
  return (
    <div className={classes.root}>
      <Body1 as="p">{state.intro}</Body1>
      <div className={classes.actions}>
        <Button
          className={classes.button}
          appearance="primary"
          disabledFocusable={!state.canWrite}
          aria-describedby={state.writeNoteId}
          onClick={state.write}
        >
          {t("reviewWrite")}
        </Button>
        <Caption1 id={state.writeNoteId} className={classes.note}>
          {state.writeNote}
        </Caption1>
      </div>
      <ErrorBar message={state.error} next={state.errorNext} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && <Spinner size="tiny" label={state.busyLabel} />}
        {state.status && <Body1 as="p">{state.status}</Body1>}
      </div>
      {state.empty && <Body1 as="p">{state.empty}</Body1>}
      {view && (
        <>
          <section className={classes.section} aria-label={t("reviewPromotions")}>
            <Subtitle2 as="h3" className={classes.heading}>
              {t("reviewPromotions")}
            </Subtitle2>
            {view.asOf && (
              <Caption1 className={classes.muted}>{t("reviewAsOf", { date: view.asOf })}</Caption1>
            )}
            {view.notReviewed && <Caption1 className={classes.muted}>{view.notReviewed}</Caption1>}
            <Accordion multiple collapsible>
              {view.promotions.map((p) => (
                <AccordionItem key={p.key} value={p.key}>
                  <AccordionHeader className={classes.header}>
                    <span className={classes.headerText}>
                      <Body1Strong>{p.title}</Body1Strong>
                      <Caption1 className={classes.muted}>{p.summary}</Caption1>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel className={classes.panel}>
                    {p.noSales ? (
                      <Body1 as="p">{t("reviewNoSalesLong")}</Body1>
                    ) : (
                      <>
                        <table className={classes.table}>
                          <tbody>
                            {p.facts.map((f) => (
                              <tr key={f.label}>
                                <th className={classes.rowHead} scope="row">
                                  {f.label}
                                </th>
                                <td className={classes.num}>{f.value}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                        <table className={classes.table}>
                          <thead>
                            <tr>
                              <td aria-hidden="true" />
                              <th className={classes.num} scope="col">
                                {t("reviewDuring")}
                              </th>
                              <th className={classes.num} scope="col">
                                {t("reviewBefore")}
                              </th>
                              <th className={classes.num} scope="col">
                                {t("reviewChange")}
                              </th>
                              <th className={classes.num} scope="col">
                                {t("reviewLastYear")}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {p.metrics.map((m) => (
                              <tr key={m.label}>
                                <th className={classes.rowHead} scope="row">
                                  {m.label}
                                </th>
                                <td className={classes.num}>{m.during}</td>
                                <td className={classes.num}>{m.before}</td>
                                <td className={classes.num}>{m.change}</td>
                                <td className={classes.num}>{m.lastYear}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                        <ReviewChart days={p.chart} label={p.chartLabel} />
                        <Caption1 className={classes.muted}>{t("reviewChartLegend")}</Caption1>
                      </>
                    )}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
          <section className={classes.section} aria-label={t("reviewStockTitle")}>
            <Subtitle2 as="h3" className={classes.heading}>
              {t("reviewStockTitle")}
            </Subtitle2>
            {view.stock.map((s) => (
              <section key={s.key} className={classes.card} aria-label={s.sku}>
                <Body1Strong as="h4" className={classes.heading}>
                  {s.sku}
                </Body1Strong>
                <table className={classes.table}>
                  <tbody>
                    {s.facts.map((f) => (
                      <tr key={f.label}>
                        <th className={classes.rowHead} scope="row">
                          {f.label}
                        </th>
                        <td className={classes.num}>{f.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {s.warning && <Caption1 className={classes.warning}>{s.warning}</Caption1>}
              </section>
            ))}
          </section>
          {view.budget.length > 0 && (
            <section className={classes.section} aria-label={t("reviewBudgetTitle")}>
              <Subtitle2 as="h3" className={classes.heading}>
                {t("reviewBudgetTitle")}
              </Subtitle2>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <td aria-hidden="true" />
                    <th className={classes.num} scope="col">
                      {t("reviewMonthAtPace")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("reviewOverAmount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.budget.map((b) => (
                    <tr key={b.key}>
                      <th className={classes.rowHead} scope="row">
                        {b.channel}
                      </th>
                      <td className={classes.num}>{b.projected}</td>
                      <td className={b.breach ? `${classes.num} ${classes.warning}` : classes.num}>
                        {b.over}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </div>
  );
}
