/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen } from "@testing-library/react";
import { RULE_IDS } from "../../src/core/rules/ruleIds";
import { ALL_RULES } from "../../src/core/rules";
import { paneLanguage, paneTexts, ruleTitles } from "../../src/taskpane/i18n";
import { fakePort } from "./fakePort";
import { renderPane } from "./render";

jest.setTimeout(30_000);

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
  it.each([
    ["en-US", "en"],
    ["zh-CN", "zh-CN"],
    [undefined, "en"],
  ] as const)("follows the host's display language %s", (display, lang) => {
    renderPane(fakePort({ displayLanguage: display }));
    const texts = paneTexts[lang];
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(texts.title);
    expect(screen.getByRole("tablist", { name: texts.tabsLabel })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: texts.tabPlan })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(screen.getByRole("button", { name: texts.createWorkbook })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe(texts.title);
  });

  it("switches between the Plan and Validate tabs, keeping one panel visible", () => {
    renderPane(fakePort());
    const en = paneTexts.en;
    const validateTab = screen.getByRole("tab", { name: en.tabValidate });
    fireEvent.click(validateTab);
    expect(validateTab).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: en.validate })).toBeVisible();
    expect(screen.queryByRole("button", { name: en.createWorkbook })).toBeNull(); // hidden panel
    const panel = screen.getByRole("tabpanel");
    expect(panel).toHaveAttribute("aria-labelledby", validateTab.id);
    expect(validateTab).toHaveAttribute("aria-controls", panel.id);
    fireEvent.click(screen.getByRole("tab", { name: en.tabPlan }));
    expect(screen.getByRole("button", { name: en.createWorkbook })).toBeVisible();
  });

  it.each(["en", "zh-CN"] as const)(
    "has seven tabs in %s — Plan, Validate, Budget, Trends, Review, Market, Versions — each showing its own panel",
    async (lang) => {
      const texts = paneTexts[lang];
      renderPane(fakePort({ displayLanguage: lang }));
      const names = [
        texts.tabPlan,
        texts.tabValidate,
        texts.tabBudget,
        texts.tabTrends,
        texts.tabReview,
        texts.tabMarket,
        texts.tabVersions,
      ];
      const tabs = screen.getAllByRole("tab");
      expect(tabs).toHaveLength(names.length);
      tabs.forEach((tab, i) => expect(tab).toHaveAccessibleName(names[i]));
      // What each panel shows first once it is open (Budget, Trends, Review and Market read the plan when they open).
      const marks: [role: "button" | "region", name: string][] = [
        ["button", texts.createWorkbook],
        ["button", texts.validate],
        ["button", texts.budgetRecalculate],
        ["button", texts.refreshDashboard],
        ["button", texts.reviewWrite],
        ["region", texts.serviceTitle],
        ["button", texts.saveVersion],
      ];
      for (const [i, tab] of tabs.entries()) {
        fireEvent.click(tab);
        expect(tab).toHaveAttribute("aria-selected", "true");
        const panel = screen.getByRole("tabpanel");
        expect(panel).toHaveAttribute("aria-labelledby", tab.id);
        const [role, name] = marks[i];
        expect(await screen.findByRole(role, { name })).toBeVisible();
        for (const [otherRole, other] of marks.filter((_, j) => j !== i))
          expect(screen.queryByRole(otherRole, { name: other })).toBeNull();
      }
    }
  );
});

describe("the pane's texts", () => {
  const keys = Object.keys(paneTexts.en) as (keyof typeof paneTexts.en)[];

  it("has every key in both languages, none blank, and the same {{params}}", () => {
    expect(Object.keys(paneTexts["zh-CN"]).sort()).toEqual([...keys].sort());
    const params = (s: string): string[] =>
      [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(paneTexts.en[k].trim()).not.toBe("");
      expect(paneTexts["zh-CN"][k].trim()).not.toBe("");
      expect({ k, params: params(paneTexts["zh-CN"][k]) }).toEqual({
        k,
        params: params(paneTexts.en[k]),
      });
    }
  });

  it("is translated: Chinese texts are Chinese (apart from names that stay as they are)", () => {
    const same = keys.filter((k) => paneTexts["zh-CN"][k] === paneTexts.en[k]);
    expect(same.sort()).toEqual(["langEn", "langZh"]);
    expect(paneTexts["zh-CN"].allClear).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names every rule of the registry in both languages", () => {
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      expect(ruleTitles.en[id].trim()).not.toBe("");
      expect(ruleTitles["zh-CN"][id]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
