import type { i18n } from "i18next";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface AppProps {
  /** The workbook: Excel (Office.js) in the add-in, an in-memory workbook in the browser preview. */
  port: WorkbookPort;
  /** Office's theme (src/excel/officeTheme.ts); light when unknown, as in the browser preview. */
  theme?: "light" | "dark";
}

export type TabId = "plan" | "validate" | "budget" | "trends" | "review" | "market" | "versions";

export interface AppState {
  port: WorkbookPort;
  theme: "light" | "dark";
  i18n: i18n;
  t: PaneT;
  lang: Lang;
  setLang(lang: Lang): void;
  tab: TabId;
  tabs: { id: TabId; label: string }[];
  onTab(tab: unknown): void;
  tabId(tab: TabId): string;
  panelId(tab: TabId): string;
}
