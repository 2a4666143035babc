/** Excel's name box and formula bar: the selected cell's address and what it holds (its formula, or its value). */
import type { PreviewT } from "../texts";
import type { PreviewClasses } from "./previewStyles";

export interface FormulaBarProps {
  address: string;
  content: string;
  /** The formula engine's message for an error result. */
  note?: string;
  t: PreviewT;
  classes: PreviewClasses;
}

export function FormulaBar({ address, content, note, t, classes }: FormulaBarProps) {
  return (
    <div className={classes.formulaBar}>
      <output className={classes.nameBox} aria-label={t("nameBox")} data-testid="name-box">
        {address}
      </output>
      <output
        className={classes.formula}
        aria-label={t("formulaBar")}
        data-testid="formula-bar"
        title={note}
      >
        {content}
      </output>
    </div>
  );
}
