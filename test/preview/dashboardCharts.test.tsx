/**
 * @jest-environment jsdom
 */
// The Dashboard's charts in the preview page (recharts in jsdom): one figure per chart, named by its title, with its
// axis titles, formatted ticks and a legend by platform; drawn from the sheet's cells, so editing a data cell redraws
// the chart; nothing when the sheet has no charts; shown above the grid only while the Dashboard tab is active.
// jsdom lays nothing out: the charts get their fixed fallback size (the hook measures the panel only in a browser).
import "@testing-library/jest-dom";
import "../taskpane/jsdomLayout";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { dashboardLayout, type DashboardLayout } from "../../src/core/dashboard";
import { readPlan } from "../../src/core/read/readPlan";
import { rangePos } from "../../src/core/write/addresses";
import { dailyTrends } from "../../src/core/trends";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { DashboardCharts } from "../../src/preview/components/DashboardCharts/DashboardCharts";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { createPreviewI18n, previewT, previewTexts } from "../../src/preview/texts";
import "../taskpane/lazyModules";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

async function withDashboard(
  lang: "en" | "zh-CN" = "en"
): Promise<{ wb: MemoryWorkbook; layout: DashboardLayout }> {
  const wb = newPreviewWorkbook(lang);
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang, year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  const layout = dashboardLayout(dailyTrends(plan, { lang }), { lang });
  await wb.writeDashboard(layout);
  return { wb, layout };
}

function renderCharts(wb: MemoryWorkbook, name: string, lang: "en" | "zh-CN" = "en") {
  const t = previewT(createPreviewI18n(lang));
  const sheet = wb.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const ui = () => (
    <FluentProvider theme={webLightTheme}>
      <DashboardCharts workbook={wb} sheet={sheet} version={wb.version} t={t} />
    </FluentProvider>
  );
  const r = render(ui());
  return { ...r, rerenderNow: () => r.rerender(ui()) };
}

/** The chart figure (role img) named by its title. */
const chartImg = (title: string): HTMLElement => screen.getByRole("img", { name: title });

/** The `d` of each line of a chart, in series order. */
const linePaths = (img: HTMLElement): string[] =>
  [...img.querySelectorAll(".recharts-line-curve")].map((p) => p.getAttribute("d") ?? "");

function nth(range: string, n: number): string {
  const r = rangePos(range);
  if (!r) throw new Error(range);
  return `${range.replace(/\d+.*$/, "")}${r.from.row + n}`;
}

describe("DashboardCharts", () => {
  test("draws each chart as an image named by its title, with axis titles, legend by platform and formatted ticks", async () => {
    const { wb, layout } = await withDashboard();
    renderCharts(wb, layout.name);
    expect(
      screen.getByRole("region", {
        name: previewTexts.en.chartsLabel.replace("{{sheet}}", layout.name),
      })
    ).toBeInTheDocument();
    expect(screen.getAllByRole("img")).toHaveLength(4);
    for (const chart of layout.charts) {
      const img = chartImg(chart.title);
      expect(img.querySelector("svg")).not.toBeNull();
      // The figure's visible caption is the title too.
      expect(screen.getByRole("figure", { name: chart.title })).toContainElement(img);
      const texts = [...img.querySelectorAll("text")].map((t) => t.textContent ?? "");
      expect(texts).toContain(chart.xTitle);
      expect(texts).toContain(chart.yTitle);
      const legend = [...img.querySelectorAll(".recharts-legend-item-text")].map(
        (e) => e.textContent
      );
      expect(legend).toEqual(chart.series.map((s) => s.name));
    }
    const ticks = (title: string, axis: "x" | "y") =>
      [
        ...chartImg(title).querySelectorAll(
          `.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`
        ),
      ].map((t) => t.textContent ?? "");
    const [visitors, conversion, aov, scatter] = [
      "visitors",
      "conversion",
      "aov",
      "spendVsVisitors",
    ].map((id) => layout.charts.find((c) => c.id === id)?.title ?? id);
    /** Every tick of the axis shows the format (and there are ticks to see). */
    const allShow = (title: string, axis: "x" | "y", format: RegExp) => {
      const shown = ticks(title, axis);
      expect(shown.length).toBeGreaterThan(1);
      for (const text of shown) expect(text).toMatch(format);
    };
    allShow(visitors, "x", /^\d{4}-\d{2}-\d{2}$/);
    allShow(visitors, "y", /^\d{1,3}(,\d{3})*$/);
    allShow(conversion, "y", /^\d+\.\d{2}%$/);
    allShow(aov, "y", /^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    allShow(scatter, "x", /^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    allShow(scatter, "y", /^\d{1,3}(,\d{3})*$/);
  });

  test("one line per platform; one colour per platform in the scatter", async () => {
    const { wb, layout } = await withDashboard();
    renderCharts(wb, layout.name);
    const visitors = layout.charts[0];
    expect(linePaths(chartImg(visitors.title))).toHaveLength(visitors.series.length);
    const scatter = layout.charts.find((c) => c.type === "scatter");
    if (!scatter) throw new Error("no scatter");
    const groups = [...chartImg(scatter.title).querySelectorAll(".recharts-scatter")];
    expect(groups).toHaveLength(scatter.series.length);
    const fills = groups.map((g) => {
      const colours = new Set(
        [...g.querySelectorAll(".recharts-symbols")].map((s) => s.getAttribute("fill"))
      );
      expect(colours.size).toBe(1);
      return [...colours][0];
    });
    expect(new Set(fills).size).toBe(scatter.series.length);
    // The same platform has the same colour in the line charts.
    const strokes = [...chartImg(visitors.title).querySelectorAll(".recharts-line-curve")].map(
      (p) => p.getAttribute("stroke")
    );
    expect(strokes).toEqual(fills);
  });

  test("editing a data cell redraws that line; a cleared cell leaves a gap", async () => {
    const { wb, layout } = await withDashboard();
    const chart = layout.charts[0];
    const { rerenderNow } = renderCharts(wb, layout.name);
    const before = linePaths(chartImg(chart.title));
    expect(before[1].match(/M/g)).toHaveLength(1);

    act(() => wb.setCell(layout.name, nth(chart.series[1].y, 10), 0));
    rerenderNow();
    const edited = linePaths(chartImg(chart.title));
    expect(edited[1]).not.toBe(before[1]);

    act(() => wb.setCell(layout.name, nth(chart.series[1].y, 20), null));
    rerenderNow();
    const gapped = linePaths(chartImg(chart.title));
    expect(gapped[1].match(/M/g)).toHaveLength(2); // the line breaks where the cell is blank
  });

  test("draws nothing when the sheet has no charts", async () => {
    const { wb, layout } = await withDashboard();
    await wb.writeDashboard({
      ...layout,
      rows: [[layout.rows[0][0]]],
      numberFormats: [],
      charts: [],
    });
    const { container } = renderCharts(wb, layout.name);
    expect(container.querySelector('[data-testid="dashboard-charts"]')).toBeNull();
    expect(screen.queryAllByRole("img")).toHaveLength(0);
  });

  test("in 简体中文: the layout's Chinese titles and platform names", async () => {
    const { wb, layout } = await withDashboard("zh-CN");
    renderCharts(wb, layout.name, "zh-CN");
    for (const chart of layout.charts) expect(chartImg(chart.title)).toBeInTheDocument();
    expect(layout.charts[0].series.map((s) => s.name)).toContain("天猫");
    expect(
      screen.getByRole("region", {
        name: previewTexts["zh-CN"].chartsLabel.replace("{{sheet}}", layout.name),
      })
    ).toBeInTheDocument();
  });
});

describe("the preview page shows the charts with the Dashboard tab", () => {
  test("above the grid while the Dashboard is the active sheet, redrawn after an edit in the grid", async () => {
    const { wb, layout } = await withDashboard();
    render(<PreviewApp workbook={wb} />);
    fireEvent.click(screen.getByTestId(`sheet-tab-${layout.name}`));
    expect(screen.getByTestId("sheet-grid")).toHaveAttribute("data-sheet", layout.name);
    // The chart library is loaded on demand: the panel comes once it is there (a cold import under a loaded
    // machine can take longer than findBy's default second).
    const panel = await screen.findByTestId("dashboard-charts", {}, { timeout: 15000 });
    // Above the grid.
    expect(
      panel.compareDocumentPosition(screen.getByTestId("sheet-grid")) &
        Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
    const chart = layout.charts[0];
    const before = linePaths(within(panel).getByRole("img", { name: chart.title }));

    // An edit of a data cell (what the grid's editor commits).
    const address = nth(chart.series[0].y, 2);
    act(() => wb.setCell(layout.name, address, 1));
    const after = linePaths(within(panel).getByRole("img", { name: chart.title }));
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);

    fireEvent.click(screen.getByTestId("sheet-tab-Promotions"));
    expect(screen.queryByTestId("dashboard-charts")).toBeNull();
  }, 30000);
});
