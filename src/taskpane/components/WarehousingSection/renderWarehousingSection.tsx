import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
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
        <Body1 as="p">{t("warehousingEmpty")}</Body1>
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
    </section>
  );
}
