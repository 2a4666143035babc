import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { columnLetter } from "../../../core/cells";
import { cellKey } from "../../memorySheet";
import { cellView, ROW_HEADER_WIDTH, ROW_HEIGHT, rowColourOf, spillWidth } from "../../sheetModel";
import type { SheetGridState } from "./SheetGrid.types";
import { CELL_PADDING_X, type SheetGridClasses } from "./useSheetGridStyles.styles";

export const cellTestId = (address: string): string => `cell-${address}`;

/** `index`: the column's place among the shown columns (`cols`, `widths`). */
function renderCell(
  s: SheetGridState,
  classes: SheetGridClasses,
  row: number,
  col: number,
  index: number,
  frozenTop?: number
): ReactNode {
  const { sheet, merges, cols, widths, editing } = s;
  const at = cellKey(row, col);
  if (merges.covered.has(at)) return null;
  const span = merges.spans.get(at);
  const colSpan = span ? cols.filter((c) => c >= span.fromCol && c <= span.toCol).length : 1;
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
      {s.cols.map((col, index) => renderCell(s, classes, row, col, index, frozenTop))}
    </tr>
  );
}

export function renderSheetGrid(s: SheetGridState, classes: SheetGridClasses) {
  const { cols, widths, body, first, last, extent, selection } = s;
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
            {cols.map((col) => (
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
            ))}
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
