/**
 * @jest-environment jsdom
 */
/**
 * The Validate tab on 200,000 findings (issue 13): the whole pane over a fake port whose validation gives the made-up
 * findings of syntheticFindings.ts (validatePlan is replaced; everything else is the pane's own code). Nothing is
 * dropped: every group counts its findings, and the last finding of the 40,000 group is reached by keyboard, by
 * scrolling, by search and by filter, while only the rows in view are rendered. (Speed is the bench's: bench/preview.)
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/core/finding";
import { paneTexts, ruleTitles } from "../../src/taskpane/i18n";
import { ROW_ESTIMATE } from "../../src/taskpane/components/FindingList/useFindingList";
import { groupByRule } from "../../src/taskpane/model/findingGroups";
import { cleanSheets, fakePort, type FakePort } from "./fakePort";
import { button } from "./queries";
import { renderPane } from "./render";
import { BIG_GROUP, BIG_RULE, syntheticFindings } from "./syntheticFindings";

jest.mock("../../src/core/validate", () => {
  const actual = jest.requireActual("../../src/core/validate");
  return { ...actual, validatePlan: jest.fn(() => mockFindings) };
});

let mockFindings: Finding[] = [];
const en = paneTexts.en;
const title = (rule: string): string => ruleTitles.en[rule as keyof (typeof ruleTitles)["en"]];

jest.setTimeout(120_000);

/** At most this many rows of a list are in the DOM: a viewport (480 px) of rows, the overscan, the focused row. */
const MAX_RENDERED = Math.ceil(480 / ROW_ESTIMATE) + 2 * 6 + 2;

async function validate(port: FakePort): Promise<void> {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
  fireEvent.click(button(en.validate));
  await screen.findByText(new RegExp(`^${en.countErrors} \\d+$`));
}

const region = (): HTMLElement => screen.getByRole("region", { name: en.findingsByRule });
const headers = (): HTMLElement[] => [
  ...region().querySelectorAll<HTMLElement>("button[aria-expanded]"),
];
const header = (rule: string): HTMLElement =>
  headers().find((h) => h.textContent?.includes(title(rule)))!;
const listOf = (rule: string): HTMLElement =>
  region().querySelector<HTMLElement>(`ul[aria-label="${title(rule)}"]`)!;
const rowsOf = (list: HTMLElement): HTMLElement[] => [
  ...list.querySelectorAll<HTMLElement>("li > [data-finding-row]"),
];
const rowOf = (list: HTMLElement, position: number): HTMLElement | undefined =>
  list.querySelector<HTMLElement>(`li[aria-posinset="${position}"] > [data-finding-row]`) ??
  undefined;
const positionOf = (row: Element | null): number =>
  Number(row?.closest("li")?.getAttribute("aria-posinset"));

describe("the Validate tab on 200,000 findings", () => {
  const findings = syntheticFindings();
  const groups = groupByRule(findings.filter((f) => !f.waived));
  const big = groups.find((g) => g.rule === BIG_RULE)!;
  const last = big.findings[BIG_GROUP - 1];
  let port: FakePort;

  beforeAll(() => {
    mockFindings = findings;
  });
  beforeEach(async () => {
    port = fakePort({ sheets: cleanSheets() });
    await validate(port);
  });

  it("counts every group's findings and renders no finding before a group opens", () => {
    expect(big.findings).toHaveLength(BIG_GROUP);
    expect(screen.getByText(`Showing 200000 of 200000 findings.`)).toBeInTheDocument();
    expect(headers()).toHaveLength(groups.length);
    headers().forEach((h, i) => {
      expect(h).toHaveTextContent(title(groups[i].rule));
      expect(within(h).getByText(String(groups[i].findings.length))).toBeInTheDocument();
    });
    expect(region().querySelectorAll("li")).toHaveLength(0);
    expect(screen.getByRole("heading", { name: `${en.waivedTitle} (1000)` })).toBeInTheDocument();
  });

  it("opens the 40,000 group with only the rows in view rendered, each telling its position", () => {
    fireEvent.click(header(BIG_RULE));
    const list = listOf(BIG_RULE);
    const rows = rowsOf(list);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThanOrEqual(MAX_RENDERED);
    const items = [...list.querySelectorAll("li")];
    for (const li of items) expect(li).toHaveAttribute("aria-setsize", String(BIG_GROUP));
    expect(items[0]).toHaveAttribute("aria-posinset", "1");
    expect(rows[0]).toHaveTextContent(big.findings[0].address);
    // One tab stop for the whole list.
    expect(rows.filter((r) => r.tabIndex === 0)).toEqual([rows[0]]);
    expect(list.style.height).toBe(`${BIG_GROUP * (ROW_ESTIMATE + 2) - 2}px`);
  });

  it("reaches the last finding by keyboard (End, Home, arrows, Page Down) and selects its cell with Enter", async () => {
    fireEvent.click(header(BIG_RULE));
    const list = listOf(BIG_RULE);
    const first = rowOf(list, 1)!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(positionOf(document.activeElement)).toBe(2);
    fireEvent.keyDown(document.activeElement!, { key: "PageDown" });
    expect(positionOf(document.activeElement)).toBeGreaterThan(4);

    fireEvent.keyDown(document.activeElement!, { key: "End" });
    const end = document.activeElement as HTMLElement;
    expect(positionOf(end)).toBe(BIG_GROUP);
    expect(end).toHaveTextContent(last.address);
    expect(end).toHaveTextContent(last.message);
    expect(end.tabIndex).toBe(0);
    expect(rowsOf(list).length).toBeLessThanOrEqual(MAX_RENDERED);
    fireEvent.keyDown(end, { key: "ArrowDown" }); // the end stays the end
    expect(positionOf(document.activeElement)).toBe(BIG_GROUP);

    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    await waitFor(() => expect(port.select).toHaveBeenLastCalledWith(last.address));
    expect(document.activeElement).toHaveAttribute("aria-expanded", "true");

    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(positionOf(document.activeElement)).toBe(BIG_GROUP - 1);
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(positionOf(document.activeElement)).toBe(1);
    expect(document.activeElement).toHaveTextContent(big.findings[0].address);
  });

  it("reaches the last finding by scrolling, keeping the focused row rendered", async () => {
    fireEvent.click(header(BIG_RULE));
    const list = listOf(BIG_RULE);
    const viewport = list.parentElement!;
    const first = rowOf(list, 1)!;
    act(() => first.focus());
    act(() => {
      viewport.scrollTop = BIG_GROUP * (ROW_ESTIMATE + 2);
      fireEvent.scroll(viewport);
    });
    const lastRow = rowOf(list, BIG_GROUP);
    expect(lastRow).toHaveTextContent(last.address);
    expect(rowsOf(list).length).toBeLessThanOrEqual(MAX_RENDERED);
    // The row with the focus stays in the DOM (and focused) while the list is scrolled away from it.
    expect(document.activeElement).toBe(rowOf(list, 1));
    fireEvent.click(lastRow!);
    await waitFor(() => expect(port.select).toHaveBeenLastCalledWith(last.address));
  });

  it("reaches the last finding by search and by filter", async () => {
    fireEvent.change(screen.getByRole("searchbox", { name: en.search }), {
      target: { value: last.address.toUpperCase() },
    });
    await screen.findByText(`Showing 1 of 200000 findings.`);
    const rows = rowsOf(region());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(last.message);

    fireEvent.change(screen.getByRole("searchbox", { name: en.search }), {
      target: { value: "" },
    });
    fireEvent.click(screen.getByRole("combobox", { name: en.filterSheet }));
    fireEvent.click(screen.getByRole("option", { name: "Promotions" }));
    const onPromotions = findings.filter((f) => f.sheet === "Promotions");
    await screen.findByText(`Showing ${onPromotions.length} of 200000 findings.`);
    const promoGroups = groupByRule(onPromotions.filter((f) => !f.waived));
    expect(headers().map((h) => within(h).getByText(/^\d+$/).textContent)).toEqual(
      promoGroups.map((g) => String(g.findings.length))
    );
    fireEvent.click(header(BIG_RULE));
    const list = listOf(BIG_RULE);
    fireEvent.keyDown(rowOf(list, 1)!, { key: "End" });
    expect(document.activeElement).toHaveTextContent(last.address);
  });
});
