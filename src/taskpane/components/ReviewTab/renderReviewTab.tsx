import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Body1Strong,
  Caption1,
  Subtitle2,
} from "@fluentui/react-components";
import { OutputSheetAction } from "../OutputSheetAction/OutputSheetAction";
import { ReviewChart } from "../ReviewChart/ReviewChart";
import { ColumnHeads, FactsTable } from "./FactsTable";
import type { ReviewTabState } from "./ReviewTab.types";
import type { ReviewTabClasses } from "./useReviewTabStyles.styles";

export function renderReviewTab(state: ReviewTabState, classes: ReviewTabClasses) {
  const { t, view } = state;
  return (
    <div className={classes.root}>
      <Body1 as="p">{state.intro}</Body1>
      <OutputSheetAction {...state.action} />
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
                        <FactsTable facts={p.facts} classes={classes} />
                        <table className={classes.table}>
                          <ColumnHeads
                            labels={[
                              t("reviewDuring"),
                              t("reviewBefore"),
                              t("reviewChange"),
                              t("reviewLastYear"),
                            ]}
                            classes={classes}
                          />
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
                <FactsTable facts={s.facts} classes={classes} />
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
                <ColumnHeads
                  labels={[t("reviewMonthAtPace"), t("reviewOverAmount")]}
                  classes={classes}
                />
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
