import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ComparisonView } from "../../model/comparisonView";
import type { PaneT } from "../../i18n";
import type { VersionsTabClasses } from "./useVersionsTabStyles.styles";

/** A comparison's sheets and effects (the Versions tab's result, and the restore dialog's list of changes). */
export function renderComparisonBody(view: ComparisonView, t: PaneT, classes: VersionsTabClasses) {
  if (view.equal) return <Body1 as="p">{t("compareEqual")}</Body1>;
  return (
    <>
      {view.sheets.map((s) => (
        <section key={s.title} className={classes.section} aria-label={s.title}>
          <Subtitle2 as="h4" className={classes.heading}>
            {s.title}
          </Subtitle2>
          <Caption1>{s.counts}</Caption1>
          <ul className={classes.lines}>
            {s.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          {s.more > 0 && (
            <Caption1 className={classes.muted}>{t("compareMore", { count: s.more })}</Caption1>
          )}
        </section>
      ))}
      <section className={classes.section} aria-label={t("compareEffects")}>
        <Subtitle2 as="h4" className={classes.heading}>
          {t("compareEffects")}
        </Subtitle2>
        <Caption1>{view.appear}</Caption1>
        <Caption1>{view.disappear}</Caption1>
        {view.findings.length > 0 && (
          <ul className={classes.lines}>
            {view.findings.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
        <table className={classes.table}>
          <thead>
            <tr>
              <th className={classes.rowHead} scope="col">
                {t("compareTotal")}
              </th>
              <th className={classes.num} scope="col">
                {t("compareBefore")}
              </th>
              <th className={classes.num} scope="col">
                {t("compareAfter")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.totals.map((r) => (
              <tr key={r.label}>
                <th className={classes.rowHead} scope="row">
                  {r.label}
                </th>
                <td className={classes.num}>{r.before}</td>
                <td className={classes.num}>{r.changed ? <strong>{r.after}</strong> : r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.weeks.length > 0 && (
          <>
            <Caption1>{t("compareWeeks")}</Caption1>
            <ul className={classes.lines}>
              {view.weeks.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
            {view.weeksMore > 0 && (
              <Caption1 className={classes.muted}>
                {t("compareMore", { count: view.weeksMore })}
              </Caption1>
            )}
          </>
        )}
      </section>
    </>
  );
}

export function renderComparison(
  comparison: { title: string; view: ComparisonView },
  t: PaneT,
  classes: VersionsTabClasses,
  onWriteChanges: () => void,
  busy: boolean
) {
  return (
    <section className={classes.root} aria-label={comparison.title} data-testid="comparison">
      <Subtitle2 as="h3" className={classes.heading}>
        {comparison.title}
      </Subtitle2>
      {renderComparisonBody(comparison.view, t, classes)}
      {!comparison.view.equal && (
        <Button className={classes.button} disabled={busy} onClick={onWriteChanges}>
          {t("writeChanges")}
        </Button>
      )}
    </section>
  );
}
