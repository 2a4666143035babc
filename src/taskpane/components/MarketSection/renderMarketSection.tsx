import { Body1, Body1Strong, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import type { MarketSectionState } from "./MarketSection.types";
import type { MarketSectionClasses } from "./useMarketSectionStyles.styles";

export function renderMarketSection(state: MarketSectionState, classes: MarketSectionClasses) {
  const { t } = state;
  return (
    <>
      <section className={classes.root} aria-label={t("marketTitle")}>
        <Subtitle2 as="h3" className={classes.heading}>
          {t("marketTitle")}
        </Subtitle2>
        {state.headline === null ? (
          <Body1 as="p">{state.empty}</Body1>
        ) : (
          <>
            {state.categories.length > 1 && (
              <Field label={t("marketCategory")}>
                <Select
                  value={state.category}
                  onChange={(_, data) => state.selectCategory(data.value)}
                >
                  {state.categories.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Body1 as="p">{state.headline}</Body1>
            <table className={classes.table}>
              <thead>
                <tr>
                  <th className={`${classes.rowHead} ${classes.firstCol}`} scope="col">
                    {t("marketBand")}
                  </th>
                  <th className={classes.num} scope="col">
                    {t("marketUnits")}
                  </th>
                  <th className={classes.num} scope="col">
                    {t("marketRevenue")}
                  </th>
                  <th className={classes.num} scope="col">
                    {t("marketShare")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.bands.map((b) => (
                  <tr key={b.label}>
                    <th className={classes.rowHead} scope="row">
                      {b.label}
                      {b.topUnits && (
                        <Caption1 className={classes.top}>{t("marketTopUnits")}</Caption1>
                      )}
                      {b.topRevenue && (
                        <Caption1 className={classes.top}>{t("marketTopRevenue")}</Caption1>
                      )}
                      {b.fromSales && <Caption1 className={classes.top}>{b.fromSales}</Caption1>}
                    </th>
                    <td className={classes.num}>{b.unitsPart}</td>
                    <td className={classes.num}>{b.revenuePart}</td>
                    <td className={classes.num}>{b.share}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Caption1 className={classes.muted}>{state.shareNote}</Caption1>
            <div className={classes.card}>
              <Body1Strong as="h4" className={classes.heading}>
                {t("marketSeason")}
              </Body1Strong>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th className={`${classes.rowHead} ${classes.firstCol}`} scope="col">
                      {t("marketMonth")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("marketUnits")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("marketIndex")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {state.months.map((m) => (
                    <tr key={m.month}>
                      <th className={classes.rowHead} scope="row">
                        {m.month}
                        <span aria-hidden="true" className={classes.track}>
                          <span className={classes.bar} style={{ width: `${m.bar}%` }} />
                        </span>
                      </th>
                      <td className={classes.num}>{m.units}</td>
                      <td className={classes.num}>{m.index}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {state.products.length > 0 && (
              <div className={classes.card}>
                <Body1Strong as="h4" className={classes.heading}>
                  {t("marketProducts")}
                </Body1Strong>
                <ul className={classes.list}>
                  {state.products.map((p) => (
                    <li key={p.sku}>
                      <Body1>{p.title}</Body1>
                      <Caption1 className={classes.block}>{p.prices.join(" · ")}</Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </section>
      <section className={classes.root} aria-label={t("competitorsTitle")}>
        <Subtitle2 as="h3" className={classes.heading}>
          {t("competitorsTitle")}
        </Subtitle2>
        {state.competitors.length === 0 ? (
          <Body1 as="p">{state.competitorsEmpty}</Body1>
        ) : (
          state.competitors.map((c) => (
            <div key={c.sku} className={classes.card}>
              <Body1Strong as="h4" className={classes.heading}>
                {c.title}
              </Body1Strong>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th className={`${classes.rowHead} ${classes.firstCol}`} scope="col">
                      {t("competitorsName")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("competitorsPrice")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("competitorsVs")}
                    </th>
                    <th className={classes.num} scope="col">
                      {t("competitorsSales")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.rows.map((r) => (
                    <tr key={r.key}>
                      <th className={classes.rowHead} scope="row">
                        {r.name}
                        {r.detail && <Caption1 className={classes.block}>{r.detail}</Caption1>}
                      </th>
                      <td className={classes.num}>{r.price}</td>
                      <td className={classes.num}>{r.vs}</td>
                      <td className={classes.num}>{r.sales}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        )}
      </section>
    </>
  );
}
