/**
 * The language the task pane renders in, for the page around it: the pane sets `<html lang>` whenever its language
 * changes (useApp), so the page follows that attribute instead of reaching into the pane.
 */
import { useSyncExternalStore } from "react";
import type { Lang } from "../core/schema/types";
import { paneLanguage } from "../taskpane/i18n";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  return () => observer.disconnect();
}

const snapshot = (): Lang => paneLanguage(document.documentElement.lang);

export function usePaneLanguage(): Lang {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
