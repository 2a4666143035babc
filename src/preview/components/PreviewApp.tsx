/**
 * The preview page: a toolbar, the real task pane (App, unchanged) in a 320 px column, and beside it the workbook
 * the pane works on — formula bar, the sheet's charts (the Dashboard's), grid and sheet tabs. The page follows the
 * pane's language. When the pane selects a cell (a finding's click), the page activates its sheet and selects and
 * reveals the cell.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { columnLetter } from "../../core/cells";
import { rangePos } from "../../core/write/addresses";
import { App } from "../../taskpane/App";
import type { MemoryWorkbook, Selection } from "../memoryWorkbook";
import { editText } from "../numberFormat";
import { createPreviewI18n, previewT } from "../texts";
import { usePaneLanguage } from "../usePaneLanguage";
import { downloadXlsx } from "../xlsxDownload";
import { FormulaBar } from "./FormulaBar";
import { usePreviewStyles } from "./previewStyles";
import { SheetGrid, type GridSelection } from "./SheetGrid/SheetGrid";
import { SheetTabs } from "./SheetTabs";

export interface PreviewAppProps {
  workbook: MemoryWorkbook;
  /** Saves the workbook as .xlsx (tests replace the browser download). */
  download?: (workbook: MemoryWorkbook, lang: "en" | "zh-CN") => Promise<void>;
  /** More toolbar buttons, before Download (Open .xlsx). */
  actions?: ReactNode;
  /** Shown under the toolbar (opening a file: progress, messages, the kept workbooks). */
  banner?: ReactNode;
}

const TOP_LEFT: GridSelection = { row: 1, col: 1 };

/** The chart library is loaded when a sheet with charts is first shown: the page starts without it. */
const DashboardCharts = lazy(() =>
  import(/* webpackChunkName: "charts" */ "./DashboardCharts/DashboardCharts").then((m) => ({
    default: m.DashboardCharts,
  }))
);

function selectionOf(s: Selection): GridSelection {
  const r = rangePos(s.address);
  return r ? { row: r.from.row, col: r.from.col } : TOP_LEFT;
}

export function PreviewApp({
  workbook,
  download = downloadXlsx,
  actions,
  banner,
}: PreviewAppProps) {
  const classes = usePreviewStyles();
  const subscribe = useCallback((cb: () => void) => workbook.onUpdate(cb), [workbook]);
  const version = useSyncExternalStore(subscribe, () => workbook.version);
  const lang = usePaneLanguage();
  const t = useMemo(() => previewT(createPreviewI18n(lang)), [lang]);

  // A very hidden sheet (the versions) has no tab, as in Excel.
  const names = workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const namesKey = names.join("\u0000");
  const [active, setActive] = useState<string | undefined>(names[0]);
  const [selection, setSelection] = useState<GridSelection>(TOP_LEFT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const known = useRef<string[]>(names);

  // The pane's select(): activate the sheet, select and reveal the cell. Not a transition: while the pane renders a
  // big validation in slices, a transition kept being put off, and the selection never showed
  // (test/e2e/paneFindings.test.ts).
  useEffect(
    () =>
      workbook.onSelect((s) => {
        setActive(s.sheet);
        setSelection(selectionOf(s));
      }),
    [workbook]
  );

  // New sheets (Create / update, Findings, Waivers): show the first new one when the active sheet is blank or gone.
  useEffect(() => {
    const added = names.filter((n) => !known.current.includes(n));
    known.current = names;
    const current = active === undefined ? undefined : workbook.sheet(active);
    if (!current || (added.length > 0 && current.cellCount === 0)) {
      setActive(added[0] ?? names[0]);
      setSelection(TOP_LEFT);
    }
  }, [namesKey]); // the names, not the array: it is new on every render

  // The pane follows the workbook through the port (its change events), as in Excel: a change of the workbook (an
  // edit, the engine's results) redraws the grid, not the pane.
  const pane = useMemo(() => <App port={workbook} />, [workbook]);

  const sheet = active === undefined ? undefined : workbook.sheet(active);
  const address = `${columnLetter(selection.col)}${selection.row}`;
  const cell = sheet?.cellAt(selection.row, selection.col);
  const content = sheet
    ? editText(cell?.value, cell?.formula, workbook.numFmtOf(sheet.name, address))
    : "";

  const onDownload = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await download(workbook, lang);
    } catch (e) {
      setError(t("downloadFailed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={classes.provider} data-version={version}>
      <div className={classes.page}>
        <header className={classes.toolbar}>
          <div className={classes.titles}>
            <span className={classes.title}>{t("title")}</span>
            <span className={classes.subtitle}>{t("subtitle")}</span>
          </div>
          <div role="toolbar" aria-label={t("toolbarLabel")} className={classes.actions}>
            <span role="status" className={classes.subtitle} data-testid="calc-status">
              {workbook.calculation.pending && (
                <span title={t("calculatingHint")}>
                  <Spinner size="extra-tiny" label={t("calculating")} labelPosition="after" />
                </span>
              )}
            </span>
            {actions}
            <Button
              appearance="secondary"
              data-testid="download-xlsx"
              disabled={busy || workbook.sheets.length === 0}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={() => void onDownload()}
            >
              {busy ? t("downloading") : t("download")}
            </Button>
          </div>
        </header>
        {banner}
        {workbook.calculation.error !== undefined && (
          <MessageBar intent="error" data-testid="engine-error">
            <MessageBarBody>
              {t("engineFailed", { message: workbook.calculation.error })}
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" data-testid="preview-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={classes.body}>
          <div className={classes.pane} data-testid="task-pane">
            {pane}
          </div>
          <section className={classes.book} aria-label={t("workbookLabel")} data-testid="workbook">
            {sheet ? (
              <>
                <FormulaBar
                  address={address}
                  content={content}
                  note={cell?.notRecomputed ? t("notRecomputed") : cell?.message}
                  t={t}
                  classes={classes}
                />
                {sheet.charts.length > 0 && (
                  <Suspense fallback={null}>
                    <DashboardCharts workbook={workbook} sheet={sheet} version={version} t={t} />
                  </Suspense>
                )}
                <SheetGrid
                  key={sheet.name}
                  workbook={workbook}
                  sheet={sheet}
                  version={version}
                  selection={selection}
                  onSelect={setSelection}
                  t={t}
                />
              </>
            ) : (
              <p className={classes.empty}>{t("noSheet")}</p>
            )}
            <SheetTabs
              sheets={names}
              active={sheet?.name}
              onActivate={(name) => {
                setActive(name);
                setSelection(TOP_LEFT);
              }}
              t={t}
              classes={classes}
            />
          </section>
        </div>
      </div>
    </FluentProvider>
  );
}
