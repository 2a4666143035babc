/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PaneI18nContext, createPaneI18n, paneLanguage, paneTexts } from "../../src/taskpane/i18n";

describe("paneLanguage", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["ZH-tw", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%s → %s", (tag, lang) => {
    expect(paneLanguage(tag)).toBe(lang);
  });
});

describe("the task pane", () => {
  it.each(["en", "zh-CN"] as const)("shows its title and texts in %s", (lang) => {
    render(
      <PaneI18nContext.Provider value={createPaneI18n(lang)}>
        <App />
      </PaneI18nContext.Provider>
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(paneTexts[lang].title);
    expect(screen.getByText(paneTexts[lang].intro)).toBeTruthy();
  });

  it("has Chinese texts that differ from the English ones", () => {
    expect(paneTexts["zh-CN"].intro).not.toBe(paneTexts.en.intro);
    expect(paneTexts["zh-CN"].intro).toMatch(/[\u4e00-\u9fff]/);
  });
});
