import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { columnLetter } from "../../../core/cells";
import { cellKey } from "../../memorySheet";
import {
  cellView,
  isEmptyCell,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  rowColourOf,
  spillWidth,
} from "../../sheetModel";
import type { SheetGridState } from "./SheetGrid.types";
import { CELL_PADDING_X, type SheetGridClasses } from "./useSheetGridStyles.styles";

export const cellTestId = (address: string): string => `cell-${address}`;

/**
 * How far back (in shown columns) a text left of the drawn columns is looked for, to run over empty cells into them:
 * a longer run would be a text several screens long.
 */
const SPILL_LOOKBACK = 32;

/** The number of shown columns a cell spans: 1, a merge's shown columns, or 0 under a merge. */
function spanAt(s: SheetGridState, row: number, col: number): number {
  const at = cellKey(row, col);
  if (s.merges.covered.has(at)) return 0;
  const span = s.merges.spans.get(at);
  return span ? s.cols.filter((c) => c >= span.fromCol && c <= span.toCol).length : 1;
}

const isEmpty = (s: SheetGridState, row: number, col: number): boolean =>
  isEmptyCell(s.sheet.cellAt(row, col));

/**
 * The first scrolled column a row draws (an index into `cols`): `firstCol`, or further left when a merge that starts
 * there, or a text running over the empty cells between, reaches into the drawn columns.
 */
function drawnFrom(s: SheetGridState, row: number): number {
  const { cols, frozenCount, firstCol, merges } = s;
  let i = firstCol;
  while (i > frozenCount && merges.covered.has(cellKey(row, cols[i]))) i--;
  if (i !== firstCol || i <= frozenCount || !isEmpty(s, row, cols[i])) return i;
  const stop = Math.max(frozenCount, firstCol - SPILL_LOOKBACK);
  for (let j = i - 1; j >= stop; j--) {
    const col = cols[j];
    if (merges.covered.has(cellKey(row, col))) return i;
    if (isEmpty(s, row, col)) continue;
    if (spanAt(s, row, col) !== 1) return i;
    const v = cellView(s.workbook, s.sheet, s.rules, row, col);
    return v.align === "left" && v.text !== "" ? j : i;
  }
  return i;
}

/** Stands for `span` shown columns not drawn: keeps the row's cells under their column letters. */
const gap = (key: string, span: number, classes: SheetGridClasses): ReactNode => (
  <td key={key} aria-hidden="true" className={classes.spacer} colSpan={span} />
);

/** `index`: the column's place among the shown columns (`cols`, `widths`); `colSpan`: spanAt's. */
function renderCell(
  s: SheetGridState,
  classes: SheetGridClasses,
  row: number,
  index: number,
  colSpan: number,
  frozenTop?: number
): ReactNode {
  const { sheet, merges, cols, widths, editing } = s;
  const col = cols[index];
  const v = cellView(s.workbook, sheet, s.rules, row, col);
  const isSelected = row === s.selection.row && col === s.selection.col;
  const isEditing = editing !== null && editing.row === row && editing.col === col;
  const left = s.stickyLeft.get(col);
  const spill =
    !isEditing && colSpan === 1 && v.align === "left" && v.text !== ""
      ? spillWidth(sheet, row, index, cols, widths, merges.covered)
      : 0;
  return (
    <td
      key={col}
      colSpan={colSpan > 1 ? colSpan : undefined}
      id={s.cellId(row, col)}
      role="gridcell"
      aria-colindex={col + 1}
      aria-selected={isSelected}
      data-testid={cellTestId(v.address)}
      data-address={v.address}
      data-highlight={v.highlight}
      data-rule-coloured={v.ruleColoured}
      title={v.title}
      className={mergeClasses(
        classes.cell,
        spill > 0 && classes.spilling,
        v.link !== undefined && classes.link,
        isSelected && classes.selected,
        // After `selected`: a frozen cell keeps its place in the stacking when selected.
        frozenTop !== undefined && classes.frozen,
        left !== undefined && classes.frozenColumn,
        left !== undefined && frozenTop !== undefined && classes.frozenCorner,
        spill > 0 && frozenTop !== undefined && left === undefined && classes.spillingFrozenRow
      )}
      style={{
        textAlign: v.align,
        fontWeight: v.bold ? 600 : undefined,
        background: v.background,
        color: v.color,
        textDecoration: v.link ? "underline" : undefined,
        top: frozenTop,
        left,
      }}
      onMouseDown={() => s.onSelect({ row, col })}
      onClick={v.link === undefined ? undefined : () => s.followLink(v.link)}
      onDoubleClick={() => s.startEdit()}
    >
      {isEditing ? (
        <input
          className={classes.editor}
          aria-label={s.t("editCell", { address: v.address })}
          data-testid="cell-editor"
          autoFocus
          value={editing.text}
          onChange={(e) => s.setText(e.target.value)}
          onKeyDown={s.onEditorKey}
          onBlur={() => s.finishEdit(true)}
        />
      ) : spill > 0 ? (
        <span className={classes.spill} style={{ width: widths[index] + spill - CELL_PADDING_X }}>
          {v.text}
        </span>
      ) : (
        v.text
      )}
    </td>
  );
}

/** A row's cells: the frozen ones, then the drawn scrolled ones, with gaps for the columns not drawn. */
function rowCells(
  s: SheetGridState,
  classes: SheetGridClasses,
  row: number,
  frozenTop?: number
): ReactNode[] {
  const { cols, frozenCount, lastCol } = s;
  const cells: ReactNode[] = [];
  // The first column neither drawn nor under a cell drawn (a merge spans several).
  let next = 0;
  const draw = (i: number) => {
    const span = spanAt(s, row, cols[i]);
    if (span === 0) return;
    cells.push(renderCell(s, classes, row, i, span, frozenTop));
    next = i + span;
  };
  for (let i = 0; i < frozenCount; i++) if (i >= next) draw(i);
  const from = Math.max(next, drawnFrom(s, row));
  if (from > next) cells.push(gap("before", from - next, classes));
  next = from;
  for (let i = from; i < lastCol; i++) if (i >= next) draw(i);
  if (next < cols.length) cells.push(gap("after", cols.length - next, classes));
  return cells;
}

function renderRow(
  s: SheetGridState,
  classes: SheetGridClasses,
  row: number,
  frozenTop?: number
): ReactNode {
  const colour = rowColourOf(s.sheet, s.rules, row)?.kind;
  return (
    <tr key={row} aria-rowindex={row + 1} data-row={row} data-row-colour={colour}>
      <th
        scope="row"
        role="rowheader"
        className={mergeClasses(
          classes.rowHeader,
          frozenTop !== undefined && classes.frozenRowHeader
        )}
        style={{ top: frozenTop }}
      >
        {row}
      </th>
      {rowCells(s, classes, row, frozenTop)}
    </tr>
  );
}

/** The column letters of `cols[from]` to `cols[to - 1]`. */
function headerCells(
  s: SheetGridState,
  classes: SheetGridClasses,
  from: number,
  to: number
): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = from; i < to; i++) {
    const col = s.cols[i];
    out.push(
      <th
        key={col}
        scope="col"
        role="columnheader"
        aria-colindex={col + 1}
        className={mergeClasses(
          classes.colHeader,
          s.stickyLeft.has(col) && classes.frozenColHeader
        )}
        style={{ left: s.stickyLeft.get(col) }}
      >
        {columnLetter(col)}
      </th>
    );
  }
  return out;
}

export function renderSheetGrid(s: SheetGridState, classes: SheetGridClasses) {
  const { cols, widths, body, first, last, firstCol, lastCol, frozenCount, extent, selection } = s;
  const bodyRows = body.length;
  const bodyRowsShown: ReactNode[] = [];
  for (let i = first; i < last; i++) bodyRowsShown.push(renderRow(s, classes, body[i]));

  return (
    <div
      ref={s.scroller}
      className={classes.scroller}
      onScroll={s.measure}
      data-testid="grid-scroller"
    >
      <table
        ref={s.table}
        role="grid"
        aria-label={s.t("gridLabel", { sheet: s.sheet.name })}
        aria-rowcount={extent.rows + 1}
        aria-colcount={extent.cols + 1}
        aria-activedescendant={
          s.selectedRendered && !s.editing ? s.cellId(selection.row, selection.col) : undefined
        }
        tabIndex={0}
        className={classes.grid}
        data-testid="sheet-grid"
        data-sheet={s.sheet.name}
        onKeyDown={s.onGridKey}
        style={{ width: ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={mergeClasses(classes.colHeader, classes.corner)} aria-hidden="true" />
            {headerCells(s, classes, 0, frozenCount)}
            {firstCol > frozenCount && gap("before", firstCol - frozenCount, classes)}
            {headerCells(s, classes, firstCol, lastCol)}
            {lastCol < cols.length && gap("after", cols.length - lastCol, classes)}
          </tr>
          {s.frozenShown.map((row, i) => renderRow(s, classes, row, (i + 1) * ROW_HEIGHT))}
        </thead>
        <tbody>
          {first > 0 && (
            <tr aria-hidden="true">
              <td
                className={classes.spacer}
                style={{ height: first * ROW_HEIGHT }}
                colSpan={cols.length + 1}
              />
            </tr>
          )}
          {bodyRowsShown}
          {last < bodyRows && (
            <tr aria-hidden="true">
              <td
                className={classes.spacer}
                style={{ height: (bodyRows - last) * ROW_HEIGHT }}
                colSpan={cols.length + 1}
              />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
