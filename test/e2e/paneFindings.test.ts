/**
 * The Validate tab on a messy plan in Chromium, in English and in 简体中文 (issue 13): bench/generatePlan.ts's
 * generateMessyPreviewPlan (10,000 products, 50,000 promotions, 60,000 prices: ~190,000 findings, BELOW_FLOOR's
 * ~43,000 the largest group) is added to the preview's workbook and validated there. Nothing is dropped: each group
 * counts what the core finds in Node; the largest group's last finding is reached with End (and Enter selects its
 * cell in the grid), by scrolling, by search and through a filter picked with the mouse; only the rows in view are
 * in the DOM; axe finds nothing serious with that group open. (Speed is the bench's: bench/previewFindings.ts.)
 */
import { generateMessyPreviewPlan } from "../../bench/generatePlan";
import { planGrids } from "../../bench/planGrids";
import type { Finding } from "../../src/core/finding";
import { readPlan } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { validatePlan } from "../../src/core/validate";
import { groupByRule, type RuleGroup } from "../../src/taskpane/model/findingGroups";
import { seriousViolations } from "./axe";
import type { BrowserSession } from "./browser";
import { PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

/** A viewport of rows (480 px), the overscan on both sides, the focused row: far below any group's size. */
const MAX_RENDERED = 30;

const server = servePreviewForFile();

const plan = generateMessyPreviewPlan();

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("the Validate tab on ~190,000 findings in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  let findings: Finding[];
  let groups: RuleGroup[];
  let big: RuleGroup;
  let last: Finding;

  beforeAll(async () => {
    const grids = planGrids(plan, lang);
    const read = readPlan({ sheets: grids }, { today: new Date() });
    findings = validatePlan(read, read.settings, { lang });
    groups = groupByRule(findings.filter((f) => !f.waived));
    big = [...groups].sort((a, b) => b.findings.length - a.findings.length)[0];
    last = big.findings[big.findings.length - 1];
    ({ session, p } = await openPreviewPage(server, lang, { locale }));
    await p.loadSheets(grids);
    await p.tab("tabValidate").click();
    await p.button("validate").click();
    await p.findingsByRule().waitFor({ timeout: 300_000 });
  }, 600_000);
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session.problems).toEqual([]);
  });

  /** The largest group's list, its rows (focusable elements) and their positions. */
  const list = () => p.groupList(big.rule);
  const rows = () => list().locator("li > [data-finding-row]");
  const focusedPosition = () =>
    p.page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset"));

  it("counts each rule's findings as the core does, with every group closed", async () => {
    expect(findings.length).toBeGreaterThan(150_000);
    expect(big.findings.length).toBeGreaterThanOrEqual(40_000);
    await p.pane
      .getByText(p.t("showing", { shown: findings.length, total: findings.length }), {
        exact: true,
      })
      .waitFor();
    const shown = await p
      .findingsByRule()
      .locator(".fui-AccordionHeader button")
      .evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ""));
    expect(shown).toHaveLength(groups.length);
    shown.forEach((text, i) => {
      expect(text).toContain(p.ruleTitle(groups[i].rule));
      expect(text).toContain(`${groups[i].findings.length}${groups[i].rule}`);
    });
    await expect(p.findingsByRule().locator("li").count()).resolves.toBe(0);
  });

  it("opens the largest group with only the rows in view rendered; End reaches its last finding, Enter selects the cell", async () => {
    await p.groupHeader(big.rule).click();
    await rows().first().waitFor();
    const count = await rows().count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThanOrEqual(MAX_RENDERED);
    await expect(list().locator("li").first().getAttribute("aria-setsize")).resolves.toBe(
      String(big.findings.length)
    );
    await rows().first().focus();
    await p.page.keyboard.press("End");
    await p.page.waitForFunction(
      (size) =>
        document.activeElement?.closest("li")?.getAttribute("aria-posinset") === String(size),
      big.findings.length
    );
    const focused = p.page.locator(":focus");
    await expect(focused.textContent()).resolves.toBe(`${last.address}${last.message}`);
    // Focus stays visible: the focused row draws its focus outline.
    await expect(focused.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe(
      "solid"
    );
    await p.page.keyboard.press("Enter");
    await expect(focused.getAttribute("aria-expanded")).resolves.toBe("true");
    const cell = last.address.split("!")[1];
    await p.page.waitForFunction(
      (want) =>
        (document.querySelector('[data-testid="name-box"]') as HTMLInputElement | null)?.value ===
        want,
      cell
    );
    await p.page.keyboard.press("Home");
    await expect(focusedPosition()).resolves.toBe("1");
    expect(await rows().count()).toBeLessThanOrEqual(MAX_RENDERED);
  });

  it("shows the last finding when the list is scrolled to its end", async () => {
    const viewport = list().locator("xpath=..");
    for (let i = 0; i < 5; i++) {
      await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
    const lastRow = list().locator(
      `li[aria-posinset="${big.findings.length}"] > [data-finding-row]`
    );
    await lastRow.waitFor();
    await expect(lastRow.textContent()).resolves.toBe(`${last.address}${last.message}`);
    await expect(lastRow.isVisible()).resolves.toBe(true);
    expect(await rows().count()).toBeLessThanOrEqual(MAX_RENDERED);
  });

  it("has no serious accessibility violation with the large group open", async () => {
    expect(await seriousViolations(p, '[data-testid="task-pane"]')).toEqual([]);
  });

  it("finds the last finding by searching its cell, and narrows by a filter picked with the mouse", async () => {
    const search = p.pane.getByRole("searchbox", { name: p.t("search"), exact: true });
    await search.fill(last.address.toLowerCase());
    await p.pane
      .getByText(p.t("showing", { shown: 1, total: findings.length }), { exact: true })
      .waitFor();
    await expect(p.findingsByRule().locator("li > [data-finding-row]").textContent()).resolves.toBe(
      `${last.address}${last.message}`
    );
    await search.fill("");

    await p.pane.getByRole("combobox", { name: p.t("filterSeverity"), exact: true }).click();
    await p.page.getByRole("option", { name: p.t("severityWarnings"), exact: true }).click();
    const warnings = findings.filter((f) => f.severity === "warning");
    await p.pane
      .getByText(p.t("showing", { shown: warnings.length, total: findings.length }), {
        exact: true,
      })
      .waitFor();
    await expect(p.groupHeader(big.rule).count()).resolves.toBe(0);
    await p.pane.getByRole("combobox", { name: p.t("filterSeverity"), exact: true }).click();
    await p.page.getByRole("option", { name: p.t("allSeverities"), exact: true }).click();
    await p.pane
      .getByText(p.t("showing", { shown: findings.length, total: findings.length }), {
        exact: true,
      })
      .waitFor();
    await expect(p.groupHeader(big.rule).count()).resolves.toBe(1);
  });
});
