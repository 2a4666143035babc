/**
 * Whether a formula laid out for one row (`row`, a number no sheet has) is, at every other row, the formula of the
 * row above pasted down: a paste of formulas shifts the relative row of every A1 reference and nothing else. So the
 * row's number must stand only as the relative row of references (`D7`, `$D7`, `Promotions!D7`), never in text
 * ("…"), a quoted sheet name ('…'), brackets ([…]), an absolute row (`D$7`) or a plain number; and no other
 * reference may have a relative row (`D2` would move with the paste, not with the row).
 */
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
/** A cell reference at the scan's position: `$`, column letters, `$`, row digits. */
const CELL_REF = /(\$?)[A-Za-z]{1,3}(\$?)(\d+)(?![\p{L}\p{N}_.\\(!$])/uy;
/** Whole rows (`3:5`, `$3:$5`). */
const ROWS_REF = /(\$?)\d+:(\$?)\d+(?![\p{L}\p{N}_.\\(!$])/uy;
const NUMBER = /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/y;

export function pastedDownAsRow(formula: string, row: string): boolean {
  let ownRows = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === close && close !== "]" && formula[j + 1] === close) j += 2;
        else if (formula[j] === close) break;
        else j++;
      }
      if (formula.slice(i, j + 1).includes(row)) return false;
      i = j + 1;
      continue;
    }
    if (i > 0 && NAME_CHAR.test(formula[i - 1])) {
      i++;
      continue;
    }
    ROWS_REF.lastIndex = CELL_REF.lastIndex = NUMBER.lastIndex = i;
    let m: RegExpExecArray | null;
    if ((m = ROWS_REF.exec(formula))) {
      if (m[1] !== "$" || m[2] !== "$") return false;
    } else if ((m = CELL_REF.exec(formula))) {
      if (m[3] === row) {
        if (m[2] === "$") return false;
        ownRows++;
      } else if (m[2] !== "$") return false;
    } else if ((m = NUMBER.exec(formula))) {
      if (m[0].includes(row)) return false;
    } else {
      i++;
      continue;
    }
    i += m[0].length;
  }
  return ownRows === formula.split(row).length - 1;
}
