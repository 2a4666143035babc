/**
 * The preview page with opening and keeping workbooks: the page (PreviewApp) over the workbook open now, an "Open
 * .xlsx" button in its toolbar, the whole page a drop target for a file, and the banner under the toolbar
 * (progress, refusals, what was dropped, the kept workbooks). A workbook opened replaces the page's workbook, and
 * the task pane starts over on it. The banner reads its state from a context: a progress tick while a file is read
 * re-renders the banner alone, not the page and the pane under it.
 */
import { createContext, memo, useContext, useMemo } from "react";
import type { MemoryWorkbook } from "../../memoryWorkbook";
import type { ReadBytes } from "../../open/readInWorker";
import type { WorkbookStore } from "../../persist/workbookStore";
import { createPreviewI18n, previewT } from "../../texts";
import { usePaneLanguage } from "../../usePaneLanguage";
import { PreviewApp } from "../PreviewApp";
import { OpenBanner, type OpenBannerProps } from "./OpenBanner";
import { OpenButton } from "./OpenButton";
import { usePreviewRoot, type PreviewRootOptions } from "./usePreviewRoot";
import { useOpenWorkbookStyles } from "./useOpenWorkbookStyles.styles";

export interface PreviewRootProps {
  initial: MemoryWorkbook;
  language: string | undefined;
  read: ReadBytes;
  store: WorkbookStore;
  download?: PreviewRootOptions["download"];
  engine?: PreviewRootOptions["engine"];
}

/** The page re-renders when its own props change only (the banner comes from BannerState). */
const Page = memo(PreviewApp);

const BannerState = createContext<OpenBannerProps | undefined>(undefined);

function RootBanner() {
  const props = useContext(BannerState);
  if (!props) return null;
  return (
    <>
      <OpenBanner {...props} />
      {props.state.dragging && (
        <div className={props.classes.overlay} data-testid="drop-overlay">
          {props.t("dropHere")}
        </div>
      )}
    </>
  );
}

const BANNER = <RootBanner />;

export function PreviewRoot(props: PreviewRootProps) {
  const classes = useOpenWorkbookStyles();
  const lang = usePaneLanguage();
  const t = useMemo(() => previewT(createPreviewI18n(lang)), [lang]);
  const state = usePreviewRoot({ ...props, notRecomputedNote: t("notRecomputed") });
  const { current, busy, openFile } = state;
  const actions = useMemo(
    () => <OpenButton disabled={busy} onFile={(f) => void openFile(f)} t={t} classes={classes} />,
    [busy, openFile, t, classes]
  );
  return (
    <div className={classes.dropArea} data-testid="drop-area" {...state.dropHandlers}>
      <BannerState.Provider value={{ state, t, lang, classes }}>
        <Page
          key={current.id}
          workbook={current.workbook}
          download={state.download}
          actions={actions}
          banner={BANNER}
        />
      </BannerState.Provider>
    </div>
  );
}
