import { Body1, Body1Strong, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ServiceSectionState } from "./ServiceSection.types";
import type { ServiceSectionClasses } from "./useServiceSectionStyles.styles";

export function renderServiceSection(state: ServiceSectionState, classes: ServiceSectionClasses) {
  const { t } = state;
  return (
    <section className={classes.root} aria-label={t("serviceTitle")}>
      <Subtitle2 as="h3" className={classes.heading}>
        {t("serviceTitle")}
      </Subtitle2>
      {state.summary === null ? (
        <Body1 as="p">{state.empty}</Body1>
      ) : (
        <>
          <Body1 as="p">{state.summary}</Body1>
          {state.tables.map((table) => (
            <div key={table.title} className={classes.card}>
              <Body1Strong as="h4" className={classes.heading}>
                {t(table.title)}
              </Body1Strong>
              {table.empty !== null ? (
                <Caption1 className={classes.muted}>{table.empty}</Caption1>
              ) : (
                <table className={classes.table}>
                  <thead>
                    <tr>
                      <th className={`${classes.rowHead} ${classes.groupCol}`} scope="col">
                        {t("serviceGroup")}
                      </th>
                      <th className={classes.num} scope="col">
                        {t("serviceInquiries")}
                      </th>
                      <th className={classes.num} scope="col">
                        {t("serviceRate")}
                      </th>
                      <th className={classes.num} scope="col">
                        {t("serviceVsExpected")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((r) => (
                      <tr key={r.key}>
                        <th className={classes.rowHead} scope="row">
                          {r.label}
                          {r.expected && <Caption1 className={classes.note}>{r.expected}</Caption1>}
                          {r.note && (
                            <Caption1 className={r.low ? classes.low : classes.note}>
                              {r.note}
                            </Caption1>
                          )}
                        </th>
                        <td className={classes.num}>{r.inquiries}</td>
                        <td className={classes.num}>{r.rate}</td>
                        <td className={classes.num}>{r.gap}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {table.spread && <Caption1 className={classes.muted}>{table.spread}</Caption1>}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
