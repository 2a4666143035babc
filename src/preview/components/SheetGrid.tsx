/**
 * The grid of one sheet, Excel-like: column letters and row numbers, the sheet's frozen rows and columns kept in view,
 * hidden rows and columns left out, merged cells within a row drawn as one, values through their number formats,
 * highlights, flagged rows and the cell-value rules coloured, one selected cell. Rows are virtualised (fixed height,
 * only the visible ones and a margin are in the DOM), so a 2,000-row sheet scrolls smoothly.
 *
 * Keyboard: arrows move; Enter, F2 or typing edits; in the editor Enter commits and moves down, Tab commits and moves
 * right, Escape cancels; Delete clears. Double-click edits too; a click on a link cell (the Findings sheet's Cell)
 * goes to the linked cell. A commit is `MemoryWorkbook.setCell`: the formula
 * engine recomputes the dependents and the task pane hears of the change.
 */
import { mergeClasses } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { columnLetter } from "../../core/cells";
import type { MemorySheet, MemoryWorkbook } from "../memoryWorkbook";
import { cellKey } from "../memorySheet";
import { editText, parseInput } from "../numberFormat";
import {
  cellView,
  colourRules,
  columnWidthPx,
  drawnExtent,
  mergedCells,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  rowColourOf,
  shownColumns,
  shownRows,
  spillWidth,
} from "../sheetModel";
import type { PreviewT } from "../texts";
import { CELL_PADDING_X, type PreviewClasses } from "./previewStyles";

export interface GridSelection {
  /** 1-based. */
  row: number;
  col: number;
}

export interface SheetGridProps {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  /** The workbook's version: the grid redraws when it changes. */
  version: number;
  selection: GridSelection;
  onSelect(selection: GridSelection): void;
  t: PreviewT;
  classes: PreviewClasses;
}

/** Excel's sheet size. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 12;
/** The viewport height assumed before the browser has laid the grid out (and in jsdom). */
const FALLBACK_HEIGHT = 720;

interface Editing {
  row: number;
  col: number;
  initial: string;
  text: string;
}

export const cellTestId = (address: string): string => `cell-${address}`;

/** The index of the first item ≥ n in a sorted list (its length when none). */
function lowerBound(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From `at`, the nearest row or column that is shown, going `step` first (Excel's arrows skip hidden ones). */
function nearestShown(at: number, step: number, max: number, hidden: (n: number) => boolean) {
  const dir = step < 0 ? -1 : 1;
  for (const d of [dir, -dir]) {
    let n = at;
    while (hidden(n) && n + d >= 1 && n + d <= max) n += d;
    if (!hidden(n)) return n;
  }
  return at;
}

export function SheetGrid(props: SheetGridProps) {
  const { workbook, sheet, version, selection, onSelect, t, classes } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const done = useRef(false);

  // The sheet mutates in place: `version` says when it changed.
  const drawn = useMemo(() => drawnExtent(sheet), [sheet, version]);
  // The selection may lie beyond the used range (Excel's sheet has no end): draw up to it and one more.
  const extent = {
    rows: Math.max(drawn.rows, selection.row + 1),
    cols: Math.max(drawn.cols, selection.col + 1),
  };
  const rules = useMemo(() => colourRules(sheet), [sheet, version]);
  const merges = useMemo(() => mergedCells(sheet), [sheet, version]);
  const cols = useMemo(() => shownColumns(sheet, extent.cols), [sheet, version, extent.cols]);
  const widths = useMemo(() => cols.map((c) => columnWidthPx(sheet, c)), [cols, sheet, version]);
  // Frozen columns stick at these offsets from the left edge.
  const frozenCols = Math.min(sheet.frozenColumns, extent.cols);
  const { stickyLeft, frozenWidth } = useMemo(() => {
    const at = new Map<number, number>();
    let left = ROW_HEADER_WIDTH;
    cols.forEach((c, i) => {
      if (c > frozenCols) return;
      at.set(c, left);
      left += widths[i];
    });
    return { stickyLeft: at, frozenWidth: left - ROW_HEADER_WIDTH };
  }, [cols, widths, frozenCols]);
  const frozen = Math.min(sheet.frozenRows, extent.rows);
  const frozenShown = useMemo(() => shownRows(sheet, 1, frozen), [sheet, version, frozen]);
  // The body's shown rows: virtualisation counts these, not sheet rows.
  const body = useMemo(
    () => shownRows(sheet, frozen + 1, extent.rows),
    [sheet, version, frozen, extent.rows]
  );
  const headHeight = (1 + frozenShown.length) * ROW_HEIGHT;
  const bodyRows = body.length;

  const height = view.height > 0 ? view.height : FALLBACK_HEIGHT;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    bodyRows,
    Math.ceil((view.top + height - headHeight) / ROW_HEIGHT) + OVERSCAN
  );

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);

  // Keep the selected cell in view (a finding's click, the keyboard).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const h = el.clientHeight || FALLBACK_HEIGHT;
    if (selection.row > frozen) {
      const top = headHeight + lowerBound(body, selection.row) * ROW_HEIGHT;
      let next = el.scrollTop;
      if (top < el.scrollTop + headHeight) next = top - headHeight - ROW_HEIGHT;
      else if (top + ROW_HEIGHT > el.scrollTop + h) next = top + ROW_HEIGHT - h + 2 * ROW_HEIGHT;
      next = Math.max(0, next);
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setView({ top: next, height: el.clientHeight });
      }
    }
    if (selection.col > frozenCols) {
      const index = lowerBound(cols, selection.col);
      let left = ROW_HEADER_WIDTH;
      for (let i = 0; i < index && i < widths.length; i++) left += widths[i];
      const w = widths[index] ?? 64;
      // Scrolled columns pass under the frozen ones: the selected one is in view right of them.
      const x = left - ROW_HEADER_WIDTH - frozenWidth;
      if (x < el.scrollLeft) el.scrollLeft = x;
      else if (el.clientWidth > 0 && left + w > el.scrollLeft + el.clientWidth)
        el.scrollLeft = left + w - el.clientWidth;
    }
  }, [
    selection.row,
    selection.col,
    frozen,
    frozenCols,
    frozenWidth,
    headHeight,
    widths,
    cols,
    body,
    sheet,
  ]);

  const move = (dRow: number, dCol: number) =>
    onSelect({
      row: nearestShown(
        Math.min(MAX_ROWS, Math.max(1, selection.row + dRow)),
        dRow,
        MAX_ROWS,
        (r) => sheet.hiddenRows.has(r)
      ),
      col: nearestShown(
        Math.min(MAX_COLS, Math.max(1, selection.col + dCol)),
        dCol,
        MAX_COLS,
        (c) => sheet.hiddenColumns.has(columnLetter(c))
      ),
    });

  const address = (row: number, col: number): string => `${columnLetter(col)}${row}`;

  const startEdit = (text?: string) => {
    const a = address(selection.row, selection.col);
    const c = sheet.cellAt(selection.row, selection.col);
    const initial = editText(c?.value, c?.formula, workbook.numFmtOf(sheet.name, a));
    done.current = false;
    setEditing({ row: selection.row, col: selection.col, initial, text: text ?? initial });
  };

  const finishEdit = (commit: boolean, dRow = 0, dCol = 0) => {
    if (!editing || done.current) return;
    done.current = true;
    setEditing(null);
    if (commit && editing.text !== editing.initial)
      workbook.setCell(sheet.name, address(editing.row, editing.col), parseInput(editing.text));
    if (dRow !== 0 || dCol !== 0) move(dRow, dCol);
    table.current?.focus({ preventScroll: true });
  };

  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-Math.max(1, Math.floor(height / ROW_HEIGHT) - 1), 0],
      PageDown: [Math.max(1, Math.floor(height / ROW_HEIGHT) - 1), 0],
    };
    const step = arrows[e.key];
    if (step) {
      e.preventDefault();
      move(step[0], step[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const c = sheet.cellAt(selection.row, selection.col);
      if (c && (c.formula !== undefined || (c.value !== null && c.value !== undefined)))
        workbook.setCell(sheet.name, address(selection.row, selection.col), null);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(e.key);
    }
  };

  /** A link cell (the Findings sheet's Cell) goes to its cell on a click, as an Excel hyperlink does. */
  const followLink = (link: string | undefined) => {
    if (link !== undefined) workbook.select(link).catch(() => undefined);
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      finishEdit(true, e.shiftKey ? -1 : 1, 0);
    } else if (e.key === "Tab") {
      e.preventDefault();
      finishEdit(true, 0, e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      finishEdit(false);
    }
  };

  const gridId = `grid-${sheet.name.replace(/[^A-Za-z0-9]/g, (ch) => ch.charCodeAt(0).toString(36))}`;
  const cellId = (row: number, col: number) => `${gridId}-${address(row, col)}`;

  /** `index`: the column's place among the shown columns (`cols`, `widths`). */
  const renderCell = (row: number, col: number, index: number, frozenTop?: number): ReactNode => {
    const at = cellKey(row, col);
    if (merges.covered.has(at)) return null;
    const span = merges.spans.get(at);
    const colSpan = span ? cols.filter((c) => c >= span.fromCol && c <= span.toCol).length : 1;
    const v = cellView(workbook, sheet, rules, row, col);
    const isSelected = row === selection.row && col === selection.col;
    const isEditing = editing !== null && editing.row === row && editing.col === col;
    const left = stickyLeft.get(col);
    const spill =
      !isEditing && colSpan === 1 && v.align === "left" && v.text !== ""
        ? spillWidth(sheet, row, index, cols, widths, merges.covered)
        : 0;
    return (
      <td
        key={col}
        colSpan={colSpan > 1 ? colSpan : undefined}
        id={cellId(row, col)}
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
        onMouseDown={() => onSelect({ row, col })}
        onClick={v.link === undefined ? undefined : () => followLink(v.link)}
        onDoubleClick={() => startEdit()}
      >
        {isEditing ? (
          <input
            className={classes.editor}
            aria-label={t("editCell", { address: v.address })}
            data-testid="cell-editor"
            autoFocus
            value={editing.text}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            onKeyDown={onEditorKey}
            onBlur={() => finishEdit(true)}
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
  };

  const renderRow = (row: number, frozenTop?: number): ReactNode => {
    const colour = rowColourOf(sheet, rules, row)?.kind;
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
        {cols.map((col, index) => renderCell(row, col, index, frozenTop))}
      </tr>
    );
  };

  const bodyRowsShown: ReactNode[] = [];
  for (let i = first; i < last; i++) bodyRowsShown.push(renderRow(body[i]));

  const selectedIndex = lowerBound(body, selection.row);
  const selectedRendered =
    !merges.covered.has(cellKey(selection.row, selection.col)) &&
    (selection.row <= frozen
      ? frozenShown.includes(selection.row)
      : body[selectedIndex] === selection.row && selectedIndex >= first && selectedIndex < last) &&
    cols.includes(selection.col);

  return (
    <div ref={scroller} className={classes.scroller} onScroll={measure} data-testid="grid-scroller">
      <table
        ref={table}
        role="grid"
        aria-label={t("gridLabel", { sheet: sheet.name })}
        aria-rowcount={extent.rows + 1}
        aria-colcount={extent.cols + 1}
        aria-activedescendant={
          selectedRendered && !editing ? cellId(selection.row, selection.col) : undefined
        }
        tabIndex={0}
        className={classes.grid}
        data-testid="sheet-grid"
        data-sheet={sheet.name}
        onKeyDown={onGridKey}
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
                  stickyLeft.has(col) && classes.frozenColHeader
                )}
                style={{ left: stickyLeft.get(col) }}
              >
                {columnLetter(col)}
              </th>
            ))}
          </tr>
          {frozenShown.map((row, i) => renderRow(row, (i + 1) * ROW_HEIGHT))}
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
