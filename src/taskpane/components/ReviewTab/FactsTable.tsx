/** A two-column table of labelled figures: a header cell per row, the figure right-aligned. */
import type { ReviewTabClasses } from "./useReviewTabStyles.styles";

export interface Fact {
  label: string;
  value: string;
}

export function FactsTable({
  facts,
  classes,
}: {
  facts: readonly Fact[];
  classes: ReviewTabClasses;
}) {
  return (
    <table className={classes.table}>
      <tbody>
        {facts.map((f) => (
          <tr key={f.label}>
            <th className={classes.rowHead} scope="row">
              {f.label}
            </th>
            <td className={classes.num}>{f.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A table's head row: an empty corner above the row headers, then one right-aligned column header per label. */
export function ColumnHeads({
  labels,
  classes,
}: {
  labels: readonly string[];
  classes: ReviewTabClasses;
}) {
  return (
    <thead>
      <tr>
        <td aria-hidden="true" />
        {labels.map((label) => (
          <th key={label} className={classes.num} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
