import { createRoot } from "react-dom/client";
import { officeDisplayLanguage } from "../excel/officeLanguage";
import { officeReady } from "../excel/officeReady";
import { App } from "./App";
import { PaneI18nContext, createPaneI18n, paneLanguage } from "./i18n";

async function render(): Promise<void> {
  await officeReady();
  const lang = paneLanguage(officeDisplayLanguage() ?? navigator.language);
  const i18n = createPaneI18n(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t("title");
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <PaneI18nContext.Provider value={i18n}>
      <App />
    </PaneI18nContext.Provider>
  );
}

void render();
