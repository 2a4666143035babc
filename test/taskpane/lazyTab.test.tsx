/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { ComponentType } from "react";
import { LazyTab, type TabProps } from "../../src/taskpane/components/LazyTab/LazyTab";
import { createPaneI18n, PaneI18nContext, paneTexts } from "../../src/taskpane/i18n";
import { fakePort } from "./fakePort";

jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

const Shown = ({ lang }: TabProps) => <p>the tab in {lang}</p>;

function renderTab(load: () => Promise<ComponentType<TabProps>>, lang: "en" | "zh-CN" = "en") {
  return render(
    <PaneI18nContext.Provider value={createPaneI18n(lang)}>
      <FluentProvider theme={webLightTheme}>
        <LazyTab load={load} port={fakePort({ sheets: [] })} lang={lang} />
      </FluentProvider>
    </PaneI18nContext.Provider>
  );
}

describe("a tab loaded on its first opening", () => {
  it("shows the tab once its code has loaded", async () => {
    renderTab(() => Promise.resolve(Shown));
    expect(await screen.findByText("the tab in en")).toBeInTheDocument();
  });

  it.each(["en", "zh-CN"] as const)(
    "a failed load shows why and Retry (%s), which loads it again",
    async (lang) => {
      const texts = paneTexts[lang];
      const load = jest
        .fn<Promise<ComponentType<TabProps>>, []>()
        .mockRejectedValueOnce(new Error("Loading chunk 572 failed."))
        .mockResolvedValue(Shown);
      jest.spyOn(console, "error").mockImplementation(() => undefined); // React logs the caught error
      renderTab(load, lang);
      expect(
        await screen.findByText(texts.tabFailed.replace("{{message}}", "Loading chunk 572 failed."))
      ).toBeInTheDocument();
      fireEvent.click(screen.getByRole("button", { name: texts.tabRetry }));
      expect(await screen.findByText(`the tab in ${lang}`)).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(2);
    }
  );

  it("a tab that crashes while it renders stays in its panel, with Retry", async () => {
    const Crashing = () => {
      throw new Error("boom");
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderTab(() => Promise.resolve(Crashing));
    expect(
      await screen.findByText(paneTexts.en.tabFailed.replace("{{message}}", "boom"))
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: paneTexts.en.tabRetry })).toBeInTheDocument();
  });
});
