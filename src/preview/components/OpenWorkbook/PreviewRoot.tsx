/**
 * The preview page with opening and keeping workbooks: the page (PreviewApp) over the workbook open now, an "Open
 * .xlsx" button in its toolbar, the whole page a drop target for a file, and the banner under the toolbar
 * (progress, refusals, what was dropped, the kept workbooks). A workbook opened replaces the page's workbook, and
 * the task pane starts over on it.
 */
import { useMemo } from "react";
import type { MemoryWorkbook } from "../../memoryWorkbook";
import type { ReadBytes } from "../../open/readInWorker";
import type { WorkbookStore } from "../../persist/workbookStore";
import { createPreviewI18n, previewT } from "../../texts";
import { usePaneLanguage } from "../../usePaneLanguage";
import { PreviewApp } from "../PreviewApp";
import { OpenBanner } from "./OpenBanner";
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

export function PreviewRoot(props: PreviewRootProps) {
  const classes = useOpenWorkbookStyles();
  const lang = usePaneLanguage();
  const t = useMemo(() => previewT(createPreviewI18n(lang)), [lang]);
  const state = usePreviewRoot({ ...props, notRecomputedNote: t("notRecomputed") });
  const { current } = state;
  return (
    <div className={classes.dropArea} data-testid="drop-area" {...state.dropHandlers}>
      <PreviewApp
        key={current.id}
        workbook={current.workbook}
        download={state.download}
        actions={
          <OpenButton
            disabled={state.busy}
            onFile={(f) => void state.openFile(f)}
            t={t}
            classes={classes}
          />
        }
        banner={
          <>
            <OpenBanner state={state} t={t} lang={lang} classes={classes} />
            {state.dragging && (
              <div className={classes.overlay} data-testid="drop-overlay">
                {t("dropHere")}
              </div>
            )}
          </>
        }
      />
    </div>
  );
}
