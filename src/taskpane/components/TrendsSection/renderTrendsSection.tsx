import { Body1, Body1Strong, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { TrendsSectionState } from "./TrendsSection.types";
import type { TrendsSectionClasses } from "./useTrendsSectionStyles.styles";

export function renderTrendsSection(state: TrendsSectionState, classes: TrendsSectionClasses) {
  const { t } = state;
  return (
    <section className={classes.root} aria-label={t("trendsTitle")}>
      <Subtitle2 as="h3" className={classes.heading}>
        {t("trendsTitle")}
      </Subtitle2>
      {state.weeks.length === 0 && <Body1 as="p">{state.empty}</Body1>}
      {state.weeks.map((w) => (
        <section key={w.key} className={classes.week} aria-label={w.platform}>
          <Body1Strong as="h4" className={classes.heading}>
            {w.platform}
          </Body1Strong>
          <Caption1 className={classes.muted}>{w.week}</Caption1>
          <table className={classes.table}>
            <thead>
              <tr>
                <td aria-hidden="true" />
                <th className={classes.num} scope="col">
                  {t("trendsThisWeek")}
                </th>
                <th className={classes.num} scope="col">
                  {t("trendsWoW")}
                </th>
              </tr>
            </thead>
            <tbody>
              {w.rows.map((r) => (
                <tr key={r.label}>
                  <th className={classes.rowHead} scope="row">
                    {r.label}
                  </th>
                  <td className={classes.num}>{r.value}</td>
                  <td className={classes.num}>{r.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {state.weekdayMessages.length > 0 && (
        <section className={classes.group} aria-label={t("trendsWeekdays")}>
          <Body1Strong as="h4" className={classes.heading}>
            {t("trendsWeekdays")}
          </Body1Strong>
          <ul className={classes.list}>
            {state.weekdayMessages.map((m) => (
              <li key={m}>
                <Caption1>{m}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
