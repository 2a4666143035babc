/**
 * The charts of the fake Excel (fakeExcel.ts): Worksheet.charts and what hangs off a chart, as far as the adapter uses
 * them — its name, title, position, series (values and x values as the ranges they read), axes (titles, number
 * formats, category type) and legend. Same rules as fakeExcel.ts: every object is a strict proxy (a member Excel
 * lacks throws; CHART_CLASSES are checked against @types/office-js by fakeExcel.test.ts), properties are read after
 * load and sync, every command's payload counts. Members above ExcelApi 1.1 throw ApiNotFound when the installed
 * Office says that set is not supported (`fake.install(lang, "1.6")`), as an older Excel would.
 *
 * Charts.add guesses series from its source range as Excel does in the cases that matter here: a first row of text
 * names the series (the rest are values), an XY scatter's first column is the x values of the others, and a range
 * whose every cell is blank makes no series at all (series.getItemAt(0) then fails with ItemNotFound — Excel says so
 * at the sync, the fake at the call, which leaves the workbook as Excel's batch does: what came before done, nothing
 * after).
 *
 * Every chart type but the XY (scatter) ones has one category axis shared by all its series: x values set on any
 * series of a line chart are the chart's categories, every series' x values (as Excel shows them), so a test cannot
 * pass with per-series dates that Excel would draw against one axis.
 *
 * fakeExcel.ts imports this module at its end (it registers itself there as Worksheet.charts).
 */
import { quoteSheetName } from "../../src/core/cells";
import {
  a1Of,
  FakeLoadable,
  rectOf,
  strict,
  unwrap,
  worksheetCharts,
  type Rect,
  type SheetState,
} from "./fakeExcel";

type FakeContext = ConstructorParameters<typeof FakeLoadable>[1];

/** A range a chart reads: its sheet (a rename follows) and cells. */
export interface RangeRef {
  sheet: SheetState;
  rect: Rect;
}

export interface ChartSeriesState {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
}

export interface ChartAxisState {
  title?: string;
  titleVisible?: boolean;
  numberFormat?: string;
  categoryType?: string;
}

export interface ChartState {
  name: string;
  type: string;
  source: RangeRef;
  seriesBy: string;
  title?: string;
  /** setPosition's cells (A1, sheet-local). */
  from?: string;
  to?: string;
  legend: { position?: string; visible?: boolean };
  axes: { category: ChartAxisState; value: ChartAxisState };
  series: ChartSeriesState[];
  /** A category chart's (all but XY) x values: one axis for every series. */
  categories?: RangeRef;
}

/** Whether a chart type has one category axis for all series (every type but the XY scatters). */
const sharesCategories = (type: string): boolean => !type.startsWith("XY");

const chartStates = new WeakMap<SheetState, ChartState[]>();
const chartIds = new WeakMap<ChartState, string>();
let nextChartId = 1;

/** A chart's id, as Excel gives one to each chart ({…}), stable for the chart's life. */
function chartId(c: ChartState): string {
  let id = chartIds.get(c);
  if (!id) chartIds.set(c, (id = `{chart-${nextChartId++}}`));
  return id;
}

/** The charts of a sheet of the fake workbook, in the order they were added. */
export function chartsOf(sheet: SheetState | undefined): ChartState[] {
  if (!sheet) return [];
  let list = chartStates.get(sheet);
  if (!list) {
    list = [];
    chartStates.set(sheet, list);
  }
  return list;
}

/** "Dashboard!B44:B120" (the sheet's current name). */
export function refText(ref: RangeRef | undefined): string | undefined {
  return ref && `${quoteSheetName(ref.sheet.name)}!${a1Of(ref.rect)}`;
}

/** The chart types this fake draws (others throw: not that Excel lacks them, the fake does not model them). */
const CHART_TYPES = new Set([
  "Line",
  "LineMarkers",
  "XYScatter",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "ColumnClustered",
  "BarClustered",
  "Area",
  "Pie",
]);

function requireApi(version: string, member: string): void {
  const office = (
    globalThis as {
      Office?: {
        context?: { requirements?: { isSetSupported(name: string, v?: string): boolean } };
      };
    }
  ).Office;
  const req = office?.context?.requirements;
  if (req && !req.isSetSupported("ExcelApi", version))
    throw new Error(`ApiNotFound: Excel.${member} needs ExcelApi ${version}`);
}

/** The sheet and cells of a fake Range passed to a chart method. */
function refOf(range: unknown): RangeRef {
  const target = unwrap(range as object) as unknown as {
    s?: SheetState;
    rect?: Rect;
    apiName?: string;
  };
  if (target.apiName !== "Range" || !target.s || !target.rect)
    throw new Error("InvalidArgument: a chart's source must be a Range");
  return { sheet: target.s, rect: { ...target.rect } };
}

const cellText = (s: SheetState, r: number, c: number): boolean =>
  typeof s.cells.get(`${r}:${c}`)?.value === "string" && s.cells.get(`${r}:${c}`)?.value !== "";

/** Series as Excel guesses them from a source range (see the header comment). */
function guessSeries(type: string, src: RangeRef, seriesBy: string): ChartSeriesState[] {
  const { rect, sheet } = src;
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && cols > rows);
  const lines = byRows ? rows : cols;
  const length = byRows ? cols : rows;
  const line = (i: number, skip: number): Rect =>
    byRows
      ? { r1: rect.r1 + i, c1: rect.c1 + skip, r2: rect.r1 + i, c2: rect.c2 }
      : { r1: rect.r1 + skip, c1: rect.c1 + i, r2: rect.r2, c2: rect.c1 + i };
  const headAt = (i: number): [number, number] =>
    byRows ? [rect.r1 + i, rect.c1] : [rect.r1, rect.c1 + i];
  let any = false;
  for (let r = rect.r1; r <= rect.r2 && !any; r++)
    for (let c = rect.c1; c <= rect.c2 && !any; c++) {
      const cell = sheet.cells.get(`${r}:${c}`);
      any = cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
    }
  if (!any) return [];
  const xFirst = type.startsWith("XY") && lines > 1;
  const first = xFirst ? 1 : 0;
  let named = length > 1;
  for (let i = first; i < lines && named; i++) named = cellText(sheet, ...headAt(i));
  const skip = named ? 1 : 0;
  const out: ChartSeriesState[] = [];
  for (let i = first; i < lines; i++) {
    const [hr, hc] = headAt(i);
    out.push({
      name: named ? String(sheet.cells.get(`${hr}:${hc}`)?.value) : `Series${out.length + 1}`,
      values: { sheet, rect: line(i, skip) },
      ...(xFirst ? { xValues: { sheet, rect: line(0, skip) } } : {}),
    });
  }
  return out;
}

class FakeChartCollection extends FakeLoadable {
  /** `state` undefined: the charts of a null worksheet, a null object (fakeExcel.ts, nullWorksheetChildren). */
  constructor(
    ctx: FakeContext,
    private readonly state: SheetState | undefined
  ) {
    super("ChartCollection", ctx);
    this.nullObject = state === undefined;
  }
  private get _sheet(): SheetState {
    if (!this.state) throw new Error("InvalidObjectPath: the worksheet does not exist");
    return this.state;
  }
  protected _snapshot(name: string): unknown {
    if (name === "count") return chartsOf(this._sheet).length;
    if (name === "items") return this._current();
    throw new Error(`Property ${name} is not loadable on ChartCollection in this fake`);
  }
  protected override _queueLoad(name: string): void {
    if (!name.startsWith("items")) return super._queueLoad(name);
    // load("items/name") (or "items"): the charts (their names, about 40 bytes each, come with them).
    const items = this.nullObject ? null : this._snapshot("items");
    const n = Array.isArray(items) ? items.length : 0;
    this.ctx.pending.loads.push({
      apply: () => this.loaded.set("items", items),
      bytes: 40 * n + 2,
    });
  }
  /** The charts as they are now (what `items` loads; the Office.js host of test/excel/office lists them too). */
  protected _current(): FakeChart[] {
    return chartsOf(this._sheet).map((c) => strict(new FakeChart(this.ctx, this._sheet, c)));
  }
  get count(): number {
    return this._read<number>("count");
  }
  get items(): FakeChart[] {
    return this._read<FakeChart[]>("items");
  }
  getItemAt(index: number): FakeChart {
    this.ctx.path(index);
    const c = chartsOf(this._sheet)[index];
    if (!c) throw new Error(`ItemNotFound: the sheet has no chart ${index}`);
    return strict(new FakeChart(this.ctx, this._sheet, c));
  }
  add(type: string, sourceData: unknown, seriesBy?: string): FakeChart {
    const source = refOf(sourceData);
    this.ctx.path([type, a1Of(source.rect), seriesBy ?? "Auto"]);
    if (!CHART_TYPES.has(type)) throw new Error(`fake: chart type ${type} is not modelled`);
    if (source.sheet !== this._sheet)
      throw new Error("fake: a chart reading another sheet's cells is not modelled");
    const list = chartsOf(this._sheet);
    const state: ChartState = {
      name: `Chart ${list.length + 1}`,
      type,
      source,
      seriesBy: seriesBy ?? "Auto",
      legend: {},
      axes: { category: {}, value: {} },
      series: guessSeries(type, source, seriesBy ?? "Auto"),
    };
    list.push(state);
    return strict(new FakeChart(this.ctx, this._sheet, state));
  }
}

class FakeChart extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly s: SheetState,
    private readonly c: ChartState
  ) {
    super("Chart", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "name") return this.c.name;
    if (name === "id") return chartId(this.c);
    throw new Error(`Property ${name} is not loadable on Chart in this fake`);
  }
  get id(): string {
    requireApi("1.7", "Chart.id");
    return this._read<string>("id");
  }
  get name(): string {
    return this._read<string>("name");
  }
  set name(v: string) {
    this.ctx.send(v);
    this.c.name = v;
  }
  delete(): void {
    this.ctx.send(undefined);
    const list = chartsOf(this.s);
    const i = list.indexOf(this.c);
    if (i < 0) throw new Error("ItemNotFound: the chart is gone");
    list.splice(i, 1);
  }
  get title(): FakeChartTitle {
    return this._nav("title", () => strict(new FakeChartTitle(this.ctx, this.c)));
  }
  get legend(): FakeChartLegend {
    return this._nav("legend", () => strict(new FakeChartLegend(this.ctx, this.c)));
  }
  get axes(): FakeChartAxes {
    return this._nav("axes", () => strict(new FakeChartAxes(this.ctx, this.c)));
  }
  get series(): FakeChartSeriesCollection {
    return this._nav("series", () => strict(new FakeChartSeriesCollection(this.ctx, this.c)));
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    const cellOf = (x: unknown): string => {
      if (typeof x === "string") return a1Of(rectOf(x));
      const ref = refOf(x);
      if (ref.sheet !== this.s) throw new Error("InvalidArgument: a cell of another sheet");
      return a1Of(ref.rect);
    };
    const from = cellOf(startCell);
    const to = endCell === undefined ? undefined : cellOf(endCell);
    this.ctx.send([from, to ?? null]);
    this.c.from = from;
    this.c.to = to;
  }
}

class FakeChartTitle extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly c: ChartState
  ) {
    super("ChartTitle", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "text") return this.c.title ?? "";
    throw new Error(`Property ${name} is not loadable on ChartTitle in this fake`);
  }
  get text(): string {
    return this._read<string>("text");
  }
  set text(v: string) {
    this.ctx.send(v);
    this.c.title = v;
  }
}

class FakeChartLegend extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly c: ChartState
  ) {
    super("ChartLegend", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "position") return this.c.legend.position ?? "Right";
    if (name === "visible") return this.c.legend.visible ?? true;
    throw new Error(`Property ${name} is not loadable on ChartLegend in this fake`);
  }
  get position(): string {
    return this._read<string>("position");
  }
  set position(v: string) {
    this.ctx.send(v);
    if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(v))
      throw new Error(`InvalidArgument: legend position ${v}`);
    this.c.legend.position = v;
  }
  get visible(): boolean {
    return this._read<boolean>("visible");
  }
  set visible(v: boolean) {
    this.ctx.send(v);
    this.c.legend.visible = v;
  }
}

class FakeChartAxes extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly c: ChartState
  ) {
    super("ChartAxes", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get categoryAxis(): FakeChartAxis {
    return this._nav("category", () => strict(new FakeChartAxis(this.ctx, this.c.axes.category)));
  }
  get valueAxis(): FakeChartAxis {
    return this._nav("value", () => strict(new FakeChartAxis(this.ctx, this.c.axes.value)));
  }
}

class FakeChartAxis extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly a: ChartAxisState
  ) {
    super("ChartAxis", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "numberFormat") return this.a.numberFormat ?? "General";
    if (name === "categoryType") return this.a.categoryType ?? "Automatic";
    throw new Error(`Property ${name} is not loadable on ChartAxis in this fake`);
  }
  get title(): FakeChartAxisTitle {
    return this._nav("title", () => strict(new FakeChartAxisTitle(this.ctx, this.a)));
  }
  get numberFormat(): string {
    return this._read<string>("numberFormat");
  }
  set numberFormat(v: string) {
    requireApi("1.8", "ChartAxis.numberFormat");
    this.ctx.send(v);
    this.a.numberFormat = v;
  }
  get categoryType(): string {
    return this._read<string>("categoryType");
  }
  set categoryType(v: string) {
    requireApi("1.7", "ChartAxis.categoryType");
    this.ctx.send(v);
    if (!["Automatic", "TextAxis", "DateAxis"].includes(v))
      throw new Error(`InvalidArgument: category type ${v}`);
    this.a.categoryType = v;
  }
}

class FakeChartAxisTitle extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly a: ChartAxisState
  ) {
    super("ChartAxisTitle", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "text") return this.a.title ?? "";
    if (name === "visible") return this.a.titleVisible ?? false;
    throw new Error(`Property ${name} is not loadable on ChartAxisTitle in this fake`);
  }
  get text(): string {
    return this._read<string>("text");
  }
  set text(v: string) {
    this.ctx.send(v);
    this.a.title = v;
  }
  get visible(): boolean {
    return this._read<boolean>("visible");
  }
  set visible(v: boolean) {
    this.ctx.send(v);
    this.a.titleVisible = v;
  }
}

class FakeChartSeriesCollection extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly c: ChartState
  ) {
    super("ChartSeriesCollection", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "count") return this.c.series.length;
    throw new Error(`Property ${name} is not loadable on ChartSeriesCollection in this fake`);
  }
  get count(): number {
    return this._read<number>("count");
  }
  add(name?: string, index?: number): FakeChartSeries {
    requireApi("1.7", "ChartSeriesCollection.add");
    this.ctx.path([name ?? null, index ?? null]);
    const state: ChartSeriesState = {
      name: name ?? `Series${this.c.series.length + 1}`,
      ...(this.c.categories ? { xValues: this.c.categories } : {}),
    };
    const at = index ?? this.c.series.length;
    if (at < 0 || at > this.c.series.length) throw new Error(`InvalidArgument: index ${at}`);
    this.c.series.splice(at, 0, state);
    return strict(new FakeChartSeries(this.ctx, this.c, state));
  }
  getItemAt(index: number): FakeChartSeries {
    this.ctx.path(index);
    const state = this.c.series[index];
    if (!state) throw new Error(`ItemNotFound: the chart has no series ${index}`);
    return strict(new FakeChartSeries(this.ctx, this.c, state));
  }
}

class FakeChartSeries extends FakeLoadable {
  constructor(
    ctx: FakeContext,
    private readonly chart: ChartState,
    private readonly state: ChartSeriesState
  ) {
    super("ChartSeries", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "name") return this.state.name;
    throw new Error(`Property ${name} is not loadable on ChartSeries in this fake`);
  }
  get name(): string {
    return this._read<string>("name");
  }
  set name(v: string) {
    this.ctx.send(v);
    this.state.name = v;
  }
  setValues(sourceData: unknown): void {
    requireApi("1.7", "ChartSeries.setValues");
    const ref = refOf(sourceData);
    this.ctx.send(a1Of(ref.rect));
    this.state.values = ref;
  }
  setXAxisValues(sourceData: unknown): void {
    requireApi("1.7", "ChartSeries.setXAxisValues");
    const ref = refOf(sourceData);
    this.ctx.send(a1Of(ref.rect));
    if (!sharesCategories(this.chart.type)) {
      this.state.xValues = ref;
      return;
    }
    // The chart's one category axis: every series shows these x values.
    this.chart.categories = ref;
    for (const s of this.chart.series) s.xValues = ref;
  }
}

worksheetCharts.make = (ctx, sheet) => strict(new FakeChartCollection(ctx, sheet));

/** The chart fake's classes by the Excel class each stands for, for fakeExcel.test.ts's API check. */
export const CHART_CLASSES: {
  fake: { prototype: object };
  excel: string;
  namespace: "Excel" | "OfficeExtension";
}[] = [
  { fake: FakeChartCollection, excel: "ChartCollection", namespace: "Excel" },
  { fake: FakeChart, excel: "Chart", namespace: "Excel" },
  { fake: FakeChartTitle, excel: "ChartTitle", namespace: "Excel" },
  { fake: FakeChartLegend, excel: "ChartLegend", namespace: "Excel" },
  { fake: FakeChartAxes, excel: "ChartAxes", namespace: "Excel" },
  { fake: FakeChartAxis, excel: "ChartAxis", namespace: "Excel" },
  { fake: FakeChartAxisTitle, excel: "ChartAxisTitle", namespace: "Excel" },
  { fake: FakeChartSeriesCollection, excel: "ChartSeriesCollection", namespace: "Excel" },
  { fake: FakeChartSeries, excel: "ChartSeries", namespace: "Excel" },
];
