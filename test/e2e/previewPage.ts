/**
 * The browser preview as the end-to-end tests and the bench see it: the task pane's controls found by their role and
 * their text in the pane's language (the pane's own texts and i18next instance, never copied strings), the grid's
 * cells by the preview's data-testids.
 */
import { rmSync, statSync } from "fs";
import type { Locator, Page } from "playwright-core";
import type { Lang, SheetId } from "../../src/core/schema/types";
import { sheetSpec } from "../../src/core/schema/sheets";
import { createPaneI18n, type PaneKey, type PaneParams } from "../../src/taskpane/i18n";

/** The task pane's width in Excel, which the preview gives it. */
export const PANE_WIDTH = 320;

/**
 * Fluent's error MessageBar background (webLightTheme colorStatusDangerBackground1, #fdf3f4): the DOM does not carry
 * a MessageBar's intent. screenshots.test.ts checks that an error bar the pane shows is seen by this.
 */
const ERROR_BAR_BACKGROUND = "rgb(253, 243, 244)";

export class PreviewPage {
  readonly pane: Locator;
  private readonly paneI18n;

  constructor(
    readonly page: Page,
    readonly lang: Lang
  ) {
    this.pane = page.getByTestId("task-pane");
    this.paneI18n = createPaneI18n(lang);
  }

  /** A task pane text in the page's language. */
  t(key: PaneKey, params?: PaneParams): string {
    return String(this.paneI18n.t(key, params as never));
  }

  /**
   * A pane text as a RegExp matching the whole text, each of `params` a named group of digits: `pattern("highlighted",
   * ["count"])` matches "Highlighted 12 cells in the sheets." with groups.count "12".
   */
  pattern(key: PaneKey, params: readonly string[]): RegExp {
    const marked = this.t(
      key,
      Object.fromEntries(params.map((name) => [name, `\uE000${name}\uE000`]))
    );
    const source = escapeRegExp(marked).replace(/\uE000(\w+)\uE000/g, "(?<$1>\\d+)");
    return new RegExp(`^${source}$`);
  }

  /** The counts the Validate tab shows (its counts group's label). */
  async counts(): Promise<{ error: number; warning: number; waived: number }> {
    const re = this.pattern("countsLabel", ["error", "warning", "waived"]);
    const label = await this.pane.getByRole("group", { name: re }).getAttribute("aria-label");
    const groups = re.exec(label ?? "")?.groups;
    if (!groups) throw new Error(`no counts in ${JSON.stringify(label)}`);
    return {
      error: Number(groups.error),
      warning: Number(groups.warning),
      waived: Number(groups.waived),
    };
  }

  /** The names of the sheet tabs under the grid, in order. */
  async sheetTabs(): Promise<string[]> {
    return this.page
      .getByTestId("sheet-tabs")
      .getByRole("tab")
      .evaluateAll((tabs) =>
        tabs.map((t) => (t.getAttribute("data-testid") ?? "").replace(/^sheet-tab-/, ""))
      );
  }

  /** A rule's title as the Validate tab shows it. */
  ruleTitle(rule: string): string {
    return String(this.paneI18n.t(`ruleTitles:${rule}`));
  }

  /** A sheet's name in the page's language (as the template writes it). */
  sheetName(id: SheetId): string {
    const names = sheetSpec(id).names;
    return this.lang === "en" ? names.en : names.zh;
  }

  /** Opens the preview and waits until the pane is interactive (the Create button enabled). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.button("createWorkbook").waitFor();
    await this.page.waitForFunction(
      (label) =>
        [...document.querySelectorAll("button")].some(
          (b) => b.textContent === label && !b.disabled
        ),
      this.t("createWorkbook")
    );
  }

  /** A button of the pane by its text key (exact name). */
  button(key: PaneKey, params?: PaneParams): Locator {
    return this.pane.getByRole("button", { name: this.t(key, params), exact: true });
  }

  tab(
    key:
      | "tabPlan"
      | "tabValidate"
      | "tabBudget"
      | "tabTrends"
      | "tabReview"
      | "tabMarket"
      | "tabVersions"
  ): Locator {
    return this.pane.getByRole("tab", { name: this.t(key), exact: true });
  }

  /** The pane's success notice (a MessageBar) saying `text`. */
  notice(text: string): Locator {
    return this.pane.getByText(text, { exact: true });
  }

  /** Plan tab: Create / update, then Add sample plan; resolves when the sample's summary shows. */
  async createWithSample(): Promise<void> {
    await this.tab("tabPlan").click();
    await this.button("createWorkbook").click();
    await this.pane.getByText(this.t("summaryTitle"), { exact: true }).waitFor();
    await this.button("addSample").click();
    await this.pane.getByText(this.t("summarySample"), { exact: true }).waitFor();
    await this.pane.getByText(this.t("sampleNote"), { exact: true }).waitFor();
  }

  /** Plan tab: Add sample plan straight away (it creates the sheets too); resolves when its summary shows. */
  async addSample(): Promise<void> {
    await this.tab("tabPlan").click();
    await this.button("addSample").click();
    await this.pane.getByText(this.t("summarySample"), { exact: true }).waitFor();
    await this.pane.getByText(this.t("sampleNote"), { exact: true }).waitFor();
  }

  /**
   * Adds sheets of plain values (a big plan's grids, bench/planGrids.ts) to the preview's workbook, as a planner's
   * pasted data: served to the page as JSON (a route of the page, no file) and added with MemoryWorkbook.addSheet.
   */
  async loadSheets(sheets: readonly { name: string; rows: unknown[][] }[]): Promise<void> {
    const url = new URL("/__e2e/sheets.json", this.page.url()).href;
    const body = JSON.stringify(sheets);
    await this.page.route(url, (route) => route.fulfill({ body, contentType: "application/json" }));
    try {
      await this.page.evaluate(async (from) => {
        const grids = (await (await fetch(from)).json()) as { name: string; rows: unknown[][] }[];
        const wb = (window as unknown as { opsPlannerWorkbook: PreviewWorkbook })
          .opsPlannerWorkbook;
        for (const g of grids) wb.addSheet(g.name, g.rows);
      }, url);
    } finally {
      await this.page.unroute(url);
    }
  }

  /** Validate tab: Validate plan; resolves when the findings by rule show. */
  async validate(): Promise<void> {
    await this.tab("tabValidate").click();
    await this.button("validate").click();
    await this.findingsByRule().waitFor();
  }

  findingsByRule(): Locator {
    return this.pane.getByRole("region", { name: this.t("findingsByRule"), exact: true });
  }

  waivedSection(): Locator {
    return this.pane.getByRole("region", {
      name: new RegExp(`^${escapeRegExp(this.t("waivedTitle"))}`),
    });
  }

  /** The accordion header button of a rule's group. */
  groupHeader(rule: string): Locator {
    return this.findingsByRule().getByRole("button", {
      name: new RegExp(escapeRegExp(this.ruleTitle(rule))),
    });
  }

  /** Expands a rule's group (when collapsed) and returns the finding at `address` in it, once shown. */
  async showFinding(rule: string, address: string): Promise<Locator> {
    const header = this.groupHeader(rule);
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const item = this.finding(this.groupList(rule), address);
    await item.waitFor();
    return item;
  }

  /** Expands the first rule's group and returns its first finding. */
  async firstFinding(): Promise<Locator> {
    const header = this.findingsByRule().locator(".fui-AccordionHeader button").first();
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const item = this.findingsByRule().getByRole("listitem").first().getByRole("button").first();
    await item.waitFor();
    return item;
  }

  /** The list of findings of a rule's expanded group. */
  groupList(rule: string): Locator {
    return this.findingsByRule().getByRole("list", { name: this.ruleTitle(rule), exact: true });
  }

  /** A finding's row (the button that selects its cell) in `within`, by its address. */
  finding(within: Locator, address: string): Locator {
    return within
      .getByRole("button")
      .filter({ has: this.page.getByText(address, { exact: true }) });
  }

  /** Shows a sheet of the workbook. */
  async openSheet(name: string): Promise<void> {
    await this.page.getByTestId(`sheet-tab-${name}`).click();
    await this.page.locator(`[data-testid="sheet-grid"][data-sheet="${name}"]`).waitFor();
  }

  grid(): Locator {
    return this.page.getByTestId("sheet-grid");
  }

  cell(address: string): Locator {
    return this.grid().getByTestId(`cell-${address}`);
  }

  nameBox(): Locator {
    return this.page.getByTestId("name-box");
  }

  formulaBar(): Locator {
    return this.page.getByTestId("formula-bar");
  }

  /** Types `text` into a cell of the shown sheet, as a user does: double-click it, type, Enter. */
  async editCell(address: string, text: string): Promise<void> {
    await this.cell(address).dblclick();
    const editor = this.page.getByTestId("cell-editor");
    await editor.fill(text);
    await editor.press("Enter");
    await editor.waitFor({ state: "detached" });
    await this.calculated();
  }

  /**
   * Waits until the formula engine (a worker) has answered every edit and write so far and the page shows it: the
   * workbook's `calculated()` resolved and the toolbar's "Calculating…" gone.
   */
  async calculated(): Promise<void> {
    await this.page.evaluate(() =>
      (window as unknown as { opsPlannerWorkbook: PreviewWorkbook }).opsPlannerWorkbook.calculated()
    );
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="calc-status"]')?.childElementCount === 0
    );
  }

  /**
   * The README screenshots' checks (as screenshots.test.ts): refuses — throws, and leaves no file — when the page shows
   * an error bar or logged a problem (`problems`: page errors, console errors, failed requests); else waits for the
   * animations to settle, saves the page (or `target` alone) to `file` and checks its size is within [minBytes, maxBytes]. Its size.
   */
  async checkedScreenshot(
    file: string,
    problems: readonly string[],
    {
      minBytes = 10_000,
      maxBytes = 400_000,
      target,
    }: { minBytes?: number; maxBytes?: number; target?: Locator } = {}
  ): Promise<number> {
    const bars = await this.visibleErrorBars();
    if (bars.length > 0 || problems.length > 0)
      throw new Error(`screenshot refused: ${[...bars, ...problems].join("; ")}`);
    // Settle: no pending animation (Fluent's accordion and message bars, the charts animate in). A cancelled
    // animation (a re-render replacing the element) rejects `finished` with AbortError: it is settled too.
    await this.page.evaluate(() =>
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
    );
    const options = { path: file, animations: "disabled", caret: "hide" } as const;
    await (target ? target.screenshot(options) : this.page.screenshot(options));
    const size = statSync(file).size;
    if (size < minBytes || size > maxBytes) {
      rmSync(file, { force: true });
      throw new Error(`screenshot ${file} is ${size} bytes, outside [${minBytes}, ${maxBytes}]`);
    }
    return size;
  }

  /** Whatever error MessageBars (Fluent's intent="error") are visible on the page: their text. */
  async visibleErrorBars(): Promise<string[]> {
    return this.page.evaluate((background) => {
      return [...document.querySelectorAll<HTMLElement>(".fui-MessageBar")]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return (
            box.width > 0 &&
            box.height > 0 &&
            style.visibility !== "hidden" &&
            style.backgroundColor === background
          );
        })
        .map((el) => (el.textContent ?? "").trim());
    }, ERROR_BAR_BACKGROUND);
  }
}

/** What loadSheets and calculated use of the page's MemoryWorkbook (window.opsPlannerWorkbook). */
interface PreviewWorkbook {
  addSheet(name: string, rows: unknown[][]): unknown;
  calculated(): Promise<void>;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
