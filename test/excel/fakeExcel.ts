/**
 * A small, faithful fake of the part of the Excel JavaScript API the adapter uses, for tests. office-addin-mock
 * (which provides the `Office` global here) describes plain object trees; it has no ranges that share cells, no
 * collections that grow, no load/sync semantics. This fake keeps one workbook state (cells, tables, validations,
 * conditional formats, names, widths, frozen rows, selection) and exposes Excel-shaped objects over it:
 *
 * - Only real API members exist: every object is a Proxy that throws on any member its class does not define, and a
 *   test checks every defined member against the Excel classes of @types/office-js. A misspelt method fails.
 * - Properties must be loaded and synced before they are read (PropertyNotLoaded otherwise), as in Office.js.
 * - Writes follow Office.js input rules: 2-D arrays of the range's shape (or one cell for the whole range), `null`
 *   leaves a cell as it is, "" clears, text starting with "=" is a formula, with "'" a text; any other text is parsed
 *   as typed (fakeEntry.ts: "1E5", "Jun 18", "12:30", "$5", "(1)", "TRUE", "#N/A" do not stay text).
 * - `context.sync()` calls are counted with the payload of each batch (JSON bytes of what was set and of what was
 *   loaded); a batch over Excel on the web's 5 MB limit fails.
 * - Formulas are stored, not calculated: a formula cell shows the value it was given when seeded, else "" — but for
 *   `=HYPERLINK("#…","text")`, which shows its text, and `=Sheet!A1`, which shows that cell as it is then. A sheet keeps at most 65,530 hyperlinks, as in Excel.
 * - Request sizes follow Office.js's serializer (SERIALIZED: per object path, per action, per request, besides the
 *   arguments' JSON), checked against Microsoft's client by test/excel/requestCost.test.ts.
 */
import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";
import { columnIndex, columnLetter, quoteSheetName } from "../../src/core/cells";
import { MAX_AREAS_ADDRESS } from "../../src/core/presentation";
import { payloadBytes } from "../../src/excel/chunks";
import { typedEntry } from "./fakeEntry";

export const MAX_ROWS = 1048576;
/** The longest address Worksheet.getRanges takes here: src/core/presentation.ts says why (office-js#5198). */
export { MAX_AREAS_ADDRESS };
export const MAX_COLS = 16384;
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's specifications and limits: hyperlinks in a worksheet. */
export const MAX_HYPERLINKS = 65530;

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface CellState {
  value: string | number | boolean;
  /** Value type "Error" (the value is the error's text). */
  error?: boolean;
  /** With the leading "=". */
  formula?: string;
  numFmt?: string;
  hyperlink?: Excel.RangeHyperlink;
  bold?: boolean;
  fill?: string;
}

export interface ValidationState {
  rect: Rect;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface CfState {
  id: number;
  rects: Rect[];
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  priority: number;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  rect: Rect;
  style?: string;
  /** Table Design → Total Row: the rect's last row is the total row. */
  showTotals?: boolean;
  /** A planner's filter hides some of its rows (Table.autoFilter.isDataFiltered). */
  filtered?: boolean;
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, CellState>;
  validations: ValidationState[];
  cfs: CfState[];
  widths: Map<number, number>;
  frozenRows: number;
  frozenColumns?: number;
  /** Columns / rows hidden through RangeFormat.columnHidden / rowHidden (1-based). */
  hiddenColumns?: Set<number>;
  hiddenRows?: Set<number>;
  /** Range.merge: merged areas. */
  merges?: Rect[];
  /** Range.group("ByRows"): outline groups of rows. */
  rowGroups?: Rect[];
  /** Worksheet.visibility. */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Worksheet.protection.protect(): every cell is locked (Excel's default), so no write reaches one. */
  protected?: boolean;
  /** The sheet's own AutoFilter (not a table's) hides some rows (Worksheet.autoFilter.isDataFiltered). */
  filtered?: boolean;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  /** copyFrom: a paste of formulas, its `data` the source's address. */
  kind: "formulas" | "values" | "numberFormat" | "hyperlink" | "copyFrom";
  data: unknown;
}

export interface Batch {
  request: number;
  response: number;
}

/** A seeded cell: a value, an error, or a formula with the value it shows. */
export type SeedCell =
  | string
  | number
  | boolean
  | null
  | { error: string }
  | { formula: string; value?: string | number | boolean; error?: string };

const key = (r: number, c: number): string => `${r}:${c}`;

export function rectOf(a1: string): Rect {
  const s = a1.replace(/\$/g, "").toUpperCase().trim();
  const [a, b = a] = s.split(":");
  const part = (p: string): { r?: number; c?: number } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`InvalidArgument: bad address "${a1}"`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const x = part(a);
  const y = part(b);
  const r1 = x.r ?? 1;
  const r2 = y.r ?? MAX_ROWS;
  const c1 = x.c ?? 1;
  const c2 = y.c ?? MAX_COLS;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

export function a1Of(r: Rect): string {
  const tl = `${columnLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? tl : `${tl}:${columnLetter(r.c2)}${r.r2}`;
}

const intersects = (a: Rect, b: Rect): boolean =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const covers = (a: Rect, b: Rect): boolean =>
  a.r1 <= b.r1 && a.r2 >= b.r2 && a.c1 <= b.c1 && a.c2 >= b.c2;

/** Names an instance's class exposes: its prototype chain's members (instance fields are internal). */
function membersOf(o: object): Set<string> {
  const out = new Set<string>();
  for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const n of Object.getOwnPropertyNames(p))
      if (n !== "constructor" && !n.startsWith("_")) out.add(n);
  return out;
}

/** Probes jest and Promise resolution make on any object; they are answered with undefined, never thrown on. */
const PROBES = new Set([
  "then",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "toJSON",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
]);

/** The object behind each Proxy that `strict` made (a method given a fake object reaches its state through it). */
const TARGETS = new WeakMap<object, object>();

/** The fake object behind a proxy that `strict` made (or the object itself). */
export function unwrap<T extends object>(proxy: T): T {
  return (TARGETS.get(proxy) as T | undefined) ?? proxy;
}

/** Wraps an object so that only the members of its class can be read, set or called. */
export function strict<T extends { apiName: string; self: unknown }>(target: T): T {
  const allowed = membersOf(target);
  const cls = target.apiName;
  const excel = (): FakeExcel | undefined =>
    (target as unknown as { ctx?: { excel?: FakeExcel } }).ctx?.excel;
  const proxy = new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol") return Reflect.get(t, p);
      if (!allowed.has(p)) {
        if (PROBES.has(p)) return undefined;
        throw new TypeError(`Excel.${cls} has no member "${p}"`);
      }
      const v = Reflect.get(t, p, t);
      if (typeof v !== "function") return v;
      return (...args: unknown[]): unknown => {
        excel()?.commandRun(`${cls}.${p}`);
        return (v as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !allowed.has(p))
        throw new TypeError(`Excel.${cls} has no member "${String(p)}"`);
      const desc = findSetter(t, p);
      if (!desc) throw new TypeError(`Excel.${cls}.${p} is read-only`);
      excel()?.commandRun(`${cls}.${p}`);
      desc.call(t, v);
      return true;
    },
  });
  target.self = proxy;
  TARGETS.set(proxy, target);
  return proxy;
}

function findSetter(o: object, name: string): ((v: unknown) => void) | undefined {
  for (
    let p = Object.getPrototypeOf(o);
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d.set;
  }
  return undefined;
}

/** Worksheet ids are unique, as Excel's GUIDs are, across every fake workbook of a test run. */
let nextSheetId = 1;

/** The workbook behind the fake objects, with what tests inspect. */
export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: { name: string; reference: string }[] = [];
  /** Workbook.settings: document settings by key. */
  readonly settings = new Map<string, unknown>();
  active: SheetState | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly batches: Batch[] = [];
  readonly writes: WriteRecord[] = [];
  suspended = 0;
  /**
   * What a range or chart collection reached from a null worksheet (getItemOrNullObject of a missing sheet) is. Excel
   * does not document it: "null" (default) makes it a null object too, whose loads give null; "throw" makes the call
   * fail as InvalidObjectPath. The adapter must work either way (src/excel/outputSheet.ts).
   */
  nullWorksheetChildren: "null" | "throw" = "null";
  /** WorksheetCollection.onChanged handlers. */
  readonly handlers = new Set<(e: Excel.WorksheetChangedEventArgs) => Promise<unknown>>();
  /** WorksheetCollection.onNameChanged handlers (ExcelApi 1.17). */
  readonly nameHandlers = new Set<(e: Excel.WorksheetNameChangedEventArgs) => Promise<unknown>>();
  /** Office.addin.onVisibilityModeChanged handlers (SharedRuntime 1.1). */
  readonly visibilityHandlers = new Set<(m: Office.VisibilityModeChangedMessage) => void>();
  /** The ExcelApi version install() says Office has. */
  apiVersion = "1.17";
  private nextCf = 1;
  private failure: { member: string; nth: number; seen: number } | undefined;

  /**
   * Makes the `nth` call or set of `member` ("Range.copyFrom", "ConditionalFormatCollection.add") fail, as Excel fails
   * a command of a batch: what came before it is done, nothing after it runs, nothing is rolled back.
   */
  failOn(member: string, nth = 1): void {
    this.failure = { member, nth, seen: 0 };
  }

  /** Called by every fake object for each call and set (see failOn). */
  commandRun(member: string): void {
    const f = this.failure;
    if (!f || f.member !== member || ++f.seen !== f.nth) return;
    this.failure = undefined;
    throw new Error(`GeneralException: ${member} failed (injected by the test)`);
  }

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
  }

  get syncs(): number {
    return this.batches.length;
  }

  get requestBytes(): number {
    return this.batches.reduce((a, b) => a + b.request, 0);
  }

  /** The largest request sent so far. */
  largestRequest(): number {
    return Math.max(0, ...this.batches.map((b) => b.request));
  }

  get responseBytes(): number {
    return this.batches.reduce((a, b) => a + b.response, 0);
  }

  /** Counters back to zero (between the phases of a test). */
  resetCounters(): void {
    this.batches.length = 0;
    this.writes.length = 0;
    this.suspended = 0;
  }

  addSheet(name: string, rows: SeedCell[][] = [], at = "A1"): SheetState {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const s: SheetState = {
      id: `{sheet-${nextSheetId++}}`,
      name,
      cells: new Map(),
      validations: [],
      cfs: [],
      widths: new Map(),
      frozenRows: 0,
    };
    this.sheets.push(s);
    const o = rectOf(at);
    rows.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === "") return;
        s.cells.set(key(o.r1 + i, o.c1 + j), seedCell(v));
      })
    );
    return s;
  }

  sheet(name: string): SheetState | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  cell(sheet: string, a1: string): CellState | undefined {
    const s = this.sheet(sheet);
    const r = rectOf(a1);
    return s?.cells.get(key(r.r1, r.c1));
  }

  /** A user's edit: the cell's value (formats and fills stay). */
  type(sheet: string, a1: string, v: SeedCell): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const r = rectOf(a1);
    const old = s.cells.get(key(r.r1, r.c1));
    const c = seedCell(v);
    s.cells.set(key(r.r1, r.c1), { ...old, ...c, formula: c.formula, error: c.error });
  }

  /** A table over `range` (its header, data and, with `showTotals`, its total row as the last row). */
  addTable(sheet: string, name: string, range: string, opts: { showTotals?: boolean } = {}): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    this.tables.push({
      name,
      sheet: s,
      rect: rectOf(range),
      style: "TableStyleLight1",
      showTotals: opts.showTotals === true,
    });
  }

  tableOf(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Calls the change handlers as Excel does after an edit. */
  async fireChanged(sheet: string, address: string): Promise<void> {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    await Promise.all([...this.handlers].map((h) => h(this.changedArgs(s, address, "Unknown"))));
  }

  /**
   * The change event's arguments. Excel raises onChanged for an add-in's own writes too; from ExcelApi 1.14 the
   * arguments say whose (triggerSource "ThisLocalAddin" for this add-in's, "Unknown" else), before that they do not.
   */
  changedArgs(s: SheetState, address: string, trigger: string): Excel.WorksheetChangedEventArgs {
    const args: Record<string, unknown> = {
      address,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: s.id,
    };
    if (versionAtMost("1.14", this.apiVersion)) args.triggerSource = trigger;
    return args as unknown as Excel.WorksheetChangedEventArgs;
  }

  /** A planner renames a sheet: the name changes, name-change handlers hear of it. */
  async rename(sheet: string, name: string): Promise<void> {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const before = s.name;
    s.name = name;
    const args = {
      nameBefore: before,
      nameAfter: name,
      source: "Local",
      type: "WorksheetNameChanged",
      worksheetId: s.id,
    } as unknown as Excel.WorksheetNameChangedEventArgs;
    await Promise.all([...this.nameHandlers].map((h) => h(args)));
  }

  /** Office shows or hides the task pane (Office.addin.onVisibilityModeChanged). */
  setPaneVisible(visible: boolean): void {
    const message = { visibilityMode: visible ? "Taskpane" : "Hidden" };
    for (const h of [...this.visibilityHandlers]) h(message as Office.VisibilityModeChangedMessage);
  }

  newCfId(): number {
    return this.nextCf++;
  }

  /** The Excel global: `Excel.run(batch)` and `Excel.run(object, batch)`. */
  api(): { run: (...args: unknown[]) => Promise<unknown> } {
    return {
      run: async (...args: unknown[]): Promise<unknown> => {
        const batch = args[args.length - 1] as (ctx: Excel.RequestContext) => Promise<unknown>;
        const context = strict(new FakeRequestContext(this));
        return batch(context as unknown as Excel.RequestContext);
      },
    };
  }

  /** Installs `Excel` (this fake) and `Office` (an office-addin-mock object) as globals; returns the uninstaller. */
  install(displayLanguage = "en-US", apiVersion = "1.17"): () => void {
    this.apiVersion = apiVersion;
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.api();
    // Office's common API (Office.context) has plain properties, no load/sync: of office-addin-mock's modes, the
    // one it uses for Outlook is that one.
    g.Office = new OfficeMockObject(
      {
        context: {
          displayLanguage,
          diagnostics: { host: "Excel", version: "16.0.fake", platform: "OfficeOnline" },
          requirements: {
            // Versions compare part by part: 1.9 comes before 1.10.
            isSetSupported: (name: string, version?: string): boolean =>
              name === "ExcelApi" && versionAtMost(version ?? "1.1", apiVersion),
          },
        },
        addin: {
          onVisibilityModeChanged: (
            handler: (m: Office.VisibilityModeChangedMessage) => void
          ): Promise<() => Promise<void>> => {
            this.visibilityHandlers.add(handler);
            return Promise.resolve(() => {
              this.visibilityHandlers.delete(handler);
              return Promise.resolve();
            });
          },
        },
      },
      OfficeApp.Outlook
    );
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }
}

/** Whether requirement-set version `v` ("1.9") is at most `max` ("1.17"). */
export function versionAtMost(v: string, max: string): boolean {
  const a = v.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return true;
}

function seedCell(v: SeedCell): CellState {
  if (v === null) return { value: "" };
  if (typeof v !== "object") return { value: v };
  if ("formula" in v) {
    const f = v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
    if (v.error) return { value: v.error, error: true, formula: f };
    return { value: v.value ?? "", formula: f };
  }
  return { value: v.error, error: true };
}

/** The batch being built: payload set and loads waiting for the sync. */
class Pending {
  request = 0;
  /** Cells the batch changed (values or formulas): Excel raises onChanged for them after the batch. */
  changed: { sheet: SheetState; address: string }[] = [];
  /** Paths and actions queued (a request with none is not sent). */
  commands = 0;
  loads: { apply: () => void; bytes: number }[] = [];
}

/**
 * What Office.js's serializer sends inside Excel.run (measured with Microsoft's client, test/excel/office/): per Range
 * or RangeAreas a call makes (its path, instantiation, and the reference Excel.run keeps to it), per other object
 * path (`.format`, `….add(t)`, a navigation property, with its instantiation), per action (a property set, a method
 * call, a load), each besides the JSON of its arguments, and per request the root paths it repeats (the workbook, its
 * worksheets). test/excel/requestCost.test.ts checks them against the client, command kind by command kind.
 */
export const SERIALIZED = { range: 300, path: 165, action: 130, request: 500 };

// ---------------------------------------------------------------------------------------------------------------
// Excel-shaped objects. Each class's methods and accessors are its API surface (checked against @types/office-js);
// fields are internal (unreachable through the Proxy).

abstract class FakeObject {
  self: this = this;
  protected readonly loaded = new Map<string, unknown>();
  /** Sync count when the object came to be (a null object is known after the next sync). */
  protected readonly born: number;
  protected nullObject = false;
  private readonly navigation = new Map<string, unknown>();

  constructor(
    readonly apiName: string,
    protected readonly ctx: FakeRequestContext
  ) {
    this.born = ctx.syncCount;
  }

  get context(): Excel.RequestContext {
    return this.ctx.self as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this.ctx.syncCount === this.born) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** Current value of a loadable property (called when `load` is queued). */
  protected abstract _snapshot(name: string): unknown;

  protected _defaultLoad(): string[] {
    return [];
  }

  protected _queueLoad(name: string): void {
    const value = this.nullObject ? null : this._snapshot(name);
    this.ctx.pending.loads.push({
      apply: () => this.loaded.set(name, value),
      bytes: payloadBytes(value ?? null) + name.length,
    });
  }

  /** A navigation property returns the same object every time, as in Office.js. */
  protected _nav<T>(name: string, make: () => T): T {
    if (!this.navigation.has(name)) {
      this.ctx.path();
      this.navigation.set(name, make());
    }
    return this.navigation.get(name) as T;
  }

  protected _read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

/** Objects that have `load` (most; WorksheetFreezePanes, for one, has nothing to load). */
export abstract class FakeLoadable extends FakeObject {
  load(props?: string | string[]): this {
    // One query action, whatever it loads.
    this.ctx.send(props);
    this._queueFields(props);
    return this.self;
  }

  /** Queues the loads of `props` (comma-separated, or a list; none: the default) without a query of their own. */
  _queueFields(props?: string | string[]): void {
    const names =
      props === undefined ? this._defaultLoad() : Array.isArray(props) ? props : props.split(",");
    for (const raw of names) {
      const name = raw.trim();
      if (name === "") continue;
      this._queueLoad(name);
    }
  }
}

const notLoaded = (name: string): Error =>
  new Error(
    `PropertyNotLoaded: The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

class FakeRequestContext {
  self: this = this;
  pending = new Pending();
  syncCount = 0;
  readonly apiName = "RequestContext";
  private readonly wb: FakeWorkbook;
  private readonly app: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.wb = strict(new FakeWorkbook(this));
    this.app = strict(new FakeApplication(this));
  }

  get workbook(): Excel.Workbook {
    return this.wb as unknown as Excel.Workbook;
  }

  get application(): Excel.Application {
    return this.app as unknown as Excel.Application;
  }

  async sync(): Promise<void> {
    const p = this.pending;
    this.pending = new Pending();
    const response = p.loads.reduce((a, l) => a + l.bytes, 0);
    const request = p.commands > 0 ? p.request + SERIALIZED.request : 0;
    this.excel.batches.push({ request, response });
    if (request > WEB_PAYLOAD_LIMIT || response > WEB_PAYLOAD_LIMIT)
      throw new Error(
        `RequestPayloadSizeLimitExceeded: ${request} bytes sent, ${response} bytes asked for`
      );
    for (const l of p.loads) l.apply();
    this.syncCount++;
    // Excel tells the add-in of its own changes too, after the batch (triggerSource "ThisLocalAddin" from 1.14).
    const handlers = [...this.excel.handlers];
    if (handlers.length > 0 && p.changed.length > 0)
      setTimeout(() => {
        for (const c of p.changed)
          for (const h of handlers)
            void h(this.excel.changedArgs(c.sheet, c.address, "ThisLocalAddin"));
      }, 0);
  }

  /** An action (a property set, a method call, a load) and what it passes: what the request grows by. */
  readonly send = (v: unknown): void => {
    this.pending.request += SERIALIZED.action + (v === undefined ? 0 : payloadBytes(v));
    this.pending.commands++;
  };

  /** A call that makes an object path (getItem, add, a navigation property) and its arguments. */
  readonly path = (v?: unknown): void => {
    this.pending.request += SERIALIZED.path + (v === undefined ? 0 : payloadBytes(v));
    this.pending.commands++;
  };

  /** A call that makes a Range or RangeAreas (Excel.run keeps a reference to each) and its arguments. */
  readonly range = (v?: unknown): void => {
    this.pending.request += SERIALIZED.range + (v === undefined ? 0 : payloadBytes(v));
    this.pending.commands++;
  };
}

class FakeApplication extends FakeLoadable {
  constructor(ctx: FakeRequestContext) {
    super("Application", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.send(undefined);
    this.ctx.excel.suspended++;
  }
}

class FakeWorkbook extends FakeLoadable {
  private readonly sheetsCol: FakeWorksheetCollection;
  private readonly tablesCol: FakeTableCollection;
  private readonly namesCol: FakeNamedItemCollection;
  private readonly settingsCol: FakeSettingCollection;
  constructor(ctx: FakeRequestContext) {
    super("Workbook", ctx);
    this.settingsCol = strict(new FakeSettingCollection(ctx));
    this.sheetsCol = strict(new FakeWorksheetCollection(ctx));
    this.tablesCol = strict(new FakeTableCollection(ctx, undefined));
    this.namesCol = strict(new FakeNamedItemCollection(ctx));
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    return this.sheetsCol;
  }
  get tables(): FakeTableCollection {
    return this.tablesCol;
  }
  get names(): FakeNamedItemCollection {
    return this.namesCol;
  }
  get settings(): FakeSettingCollection {
    return this.settingsCol;
  }
}

/** Collections: `load("items/x")` (or `load("x")`) loads the items and their property x. */
abstract class FakeCollection<T extends FakeLoadable> extends FakeLoadable {
  protected abstract _current(): T[];
  protected _snapshot(): unknown {
    return undefined;
  }
  protected override _queueLoad(name: string): void {
    const items = this._current();
    const prop = name.startsWith("items/") ? name.slice(6) : name === "items" ? "" : name;
    this.ctx.pending.loads.push({ apply: () => this.loaded.set("items", items), bytes: 2 });
    // The items' property comes with the collection's one query.
    if (prop !== "") for (const it of items) unwrap(it)._queueFields(prop);
  }
  get items(): T[] {
    return this._read<T[]>("items");
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  private readonly changed: FakeEventHandlers;
  private readonly renamed: FakeEventHandlers;
  constructor(ctx: FakeRequestContext) {
    super("WorksheetCollection", ctx);
    this.changed = strict(new FakeEventHandlers(ctx, ctx.excel.handlers as Set<Handler>));
    this.renamed = strict(new FakeEventHandlers(ctx, ctx.excel.nameHandlers as Set<Handler>));
  }
  protected _current(): FakeWorksheet[] {
    return this.ctx.excel.sheets.map((s) => strict(new FakeWorksheet(this.ctx, s)));
  }
  add(name?: string): FakeWorksheet {
    this.ctx.path(name);
    let n = this.ctx.excel.sheets.length + 1;
    if (name === undefined) while (this.ctx.excel.sheet(`Sheet${n}`)) n++;
    const s = this.ctx.excel.addSheet(name ?? `Sheet${n}`);
    return strict(new FakeWorksheet(this.ctx, s));
  }
  getItem(key: string): FakeWorksheet {
    this.ctx.path(key);
    const s = this.ctx.excel.sheets.find((x) => x.id === key) ?? this.ctx.excel.sheet(key);
    if (!s) throw new Error(`ItemNotFound: no worksheet "${key}"`);
    return strict(new FakeWorksheet(this.ctx, s));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.path(key);
    const s = this.ctx.excel.sheets.find((x) => x.id === key) ?? this.ctx.excel.sheet(key);
    return strict(new FakeWorksheet(this.ctx, s));
  }
  get onChanged(): FakeEventHandlers {
    return this.changed;
  }
  /**
   * ExcelApi 1.17 in Microsoft's reference; the client library (@microsoft/office-js 1.1.110) checks ExcelApiOnline 1.1
   * instead, and the Office.js host of test/excel/office/ refuses it then: the adapter copes either way.
   */
  get onNameChanged(): FakeEventHandlers {
    if (!versionAtMost("1.17", this.ctx.excel.apiVersion))
      throw new Error("ApiNotFound: WorksheetCollection.onNameChanged needs ExcelApi 1.17");
    return this.renamed;
  }
}

type Handler = (e: never) => Promise<unknown>;

class FakeEventHandlers {
  self: this = this;
  readonly apiName = "EventHandlers";
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly set: Set<Handler>
  ) {}
  add(handler: Handler): FakeEventHandlerResult {
    this.set.add(handler);
    return strict(
      new FakeEventHandlerResult(this.ctx, this.set, handler)
    ) as unknown as FakeEventHandlerResult;
  }
}

class FakeEventHandlerResult {
  self: this = this;
  readonly apiName = "EventHandlerResult";
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly set: Set<Handler>,
    private readonly handler: Handler
  ) {}
  get context(): FakeRequestContext {
    return this.ctx.self;
  }
  remove(): void {
    this.set.delete(this.handler);
  }
}

/**
 * Worksheet.charts: fakeCharts.ts plugs its ChartCollection in here. It extends this module's classes, so it is
 * imported at the very end of this file (see there), once they exist.
 */
export const worksheetCharts: {
  make?: (ctx: FakeRequestContext, sheet: SheetState | undefined) => object;
} = {};

/** The sheet a null range stands on (never read: a null object's loads give null). */
const NO_SHEET: SheetState = {
  id: "",
  name: "",
  cells: new Map(),
  validations: [],
  cfs: [],
  widths: new Map(),
  frozenRows: 0,
};

class FakeWorksheet extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    readonly state: SheetState | undefined
  ) {
    super("Worksheet", ctx);
    this.nullObject = state === undefined;
  }
  private get _s(): SheetState {
    if (!this.state) throw new Error("InvalidObjectPath: the worksheet does not exist");
    return this.state;
  }
  protected _snapshot(name: string): unknown {
    if (name === "name") return this._s.name;
    if (name === "id") return this._s.id;
    if (name === "position") return this.ctx.excel.sheets.indexOf(this._s);
    if (name === "visibility") return this._s.visibility ?? "Visible";
    throw new Error(`Property ${name} is not loadable on Worksheet in this fake`);
  }
  get name(): string {
    return this._read<string>("name");
  }
  set name(v: string) {
    this.ctx.send(v);
    const other = this.ctx.excel.sheet(v);
    if ((other && other !== this._s) || v.length === 0 || v.length > 31 || /[\\/?*[\]:]/.test(v))
      throw new Error(`InvalidArgument: the worksheet name "${v}" is taken or not allowed`);
    this._s.name = v;
  }
  get position(): number {
    return this._read<number>("position");
  }
  set position(p: number) {
    this.ctx.send(p);
    const sheets = this.ctx.excel.sheets;
    if (!Number.isInteger(p) || p < 0 || p >= sheets.length)
      throw new Error(`InvalidArgument: position ${p}`);
    sheets.splice(sheets.indexOf(this._s), 1);
    sheets.splice(p, 0, this._s);
  }
  get charts(): object {
    const make = worksheetCharts.make;
    if (!make) throw new Error("fake: fakeCharts.ts did not register Worksheet.charts");
    return this._nav("charts", () => make(this.ctx, this._child()));
  }
  /** The sheet, or undefined for a null worksheet whose children are null objects (see nullWorksheetChildren). */
  private _child(): SheetState | undefined {
    if (this.state || this.ctx.excel.nullWorksheetChildren === "null") return this.state;
    return this._s; // throws InvalidObjectPath
  }
  get id(): string {
    return this._read<string>("id");
  }
  get tables(): FakeTableCollection {
    return this._nav("tables", () => strict(new FakeTableCollection(this.ctx, this._s)));
  }
  get freezePanes(): FakeFreezePanes {
    return this._nav("freezePanes", () => strict(new FakeFreezePanes(this.ctx, this._s)));
  }
  get protection(): FakeWorksheetProtection {
    return this._nav("protection", () => strict(new FakeWorksheetProtection(this.ctx, this._s)));
  }
  get autoFilter(): FakeAutoFilter {
    return this._nav("autoFilter", () =>
      strict(new FakeAutoFilter(this.ctx, () => this._s.filtered === true))
    );
  }
  get visibility(): string {
    return this._read<string>("visibility");
  }
  set visibility(v: string) {
    this.ctx.send(v);
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw new Error(`InvalidArgument: visibility ${v}`);
    if (
      v !== "Visible" &&
      !this.ctx.excel.sheets.some((x) => x !== this._s && (x.visibility ?? "Visible") === "Visible")
    )
      throw new Error("InvalidOperation: a workbook keeps at least one visible worksheet");
    this._s.visibility = v;
  }
  activate(): void {
    this.ctx.send(undefined);
    if ((this._s.visibility ?? "Visible") !== "Visible")
      throw new Error("InvalidOperation: a hidden worksheet cannot be activated");
    this.ctx.excel.active = this._s;
  }
  delete(): void {
    this.ctx.send(undefined);
    const i = this.ctx.excel.sheets.indexOf(this._s);
    if (i < 0) throw new Error("ItemNotFound");
    if (this.ctx.excel.sheets.length === 1)
      throw new Error("InvalidOperation: a workbook keeps at least one worksheet");
    this.ctx.excel.sheets.splice(i, 1);
    // Excel rewrites every reference to the deleted sheet as #REF! (a planner's formulas that read it are lost).
    const gone = this._s.name.toLowerCase();
    const named = (f: string): boolean => sheetsNamedIn(f).some((n) => n.toLowerCase() === gone);
    const esc = this._s.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "''");
    const ref = new RegExp(
      `(?:'${esc}'|${esc})!\\$?[A-Z]{0,3}\\$?\\d*(?::\\$?[A-Z]{0,3}\\$?\\d*)?`,
      "gi"
    );
    for (const other of this.ctx.excel.sheets)
      for (const [k, c] of other.cells)
        if (c.formula && named(c.formula))
          other.cells.set(k, {
            ...c,
            value: "#REF!",
            error: true,
            formula: c.formula.replace(ref, "#REF!"),
          });
  }
  getRange(address?: string): FakeRange {
    this.ctx.range(address);
    const rect =
      address === undefined ? { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } : rectOf(address);
    const s = this._child();
    return strict(new FakeRange(this.ctx, s ?? NO_SHEET, s && rect));
  }
  getRanges(address?: string): FakeRangeAreas {
    this.ctx.range(address);
    // As Range() over COM does (reported for getRanges in Office.js Q&A; Microsoft's reference gives no figure).
    if (address !== undefined && address.length > MAX_AREAS_ADDRESS)
      throw new Error(
        `InvalidArgument: a multi-area address of ${address.length} characters (at most ${MAX_AREAS_ADDRESS})`
      );
    const rects = (address ?? "")
      .split(",")
      .filter((a) => a.trim() !== "")
      .map(rectOf);
    return strict(new FakeRangeAreas(this.ctx, this._s, rects));
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    this.ctx.range([startRow, startColumn, rowCount, columnCount]);
    return strict(
      new FakeRange(this.ctx, this._s, {
        r1: startRow + 1,
        c1: startColumn + 1,
        r2: startRow + rowCount,
        c2: startColumn + columnCount,
      })
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.range(valuesOnly);
    const s = this._child();
    if (!s) return strict(new FakeRange(this.ctx, NO_SHEET, undefined));
    let rect: Rect | undefined;
    for (const [k, c] of s.cells) {
      const has = c.value !== "" || c.formula !== undefined;
      const formatted =
        c.numFmt !== undefined || c.bold || c.fill !== undefined || c.hyperlink !== undefined;
      if (!has && (valuesOnly || !formatted)) continue;
      const [r, col] = k.split(":").map(Number);
      rect = rect
        ? {
            r1: Math.min(rect.r1, r),
            c1: Math.min(rect.c1, col),
            r2: Math.max(rect.r2, r),
            c2: Math.max(rect.c2, col),
          }
        : { r1: r, c1: col, r2: r, c2: col };
    }
    return strict(new FakeRange(this.ctx, s, rect));
  }
}

/** Worksheet.protection (ExcelApi 1.2): protect() locks the sheet's cells (all are locked by default). */
/** Worksheet.autoFilter and Table.autoFilter (ExcelApi 1.9): whether a filter hides rows, nothing else modelled. */
class FakeAutoFilter extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly filtered: () => boolean
  ) {
    super("AutoFilter", ctx);
    requireApi(ctx, "1.9", "AutoFilter");
  }
  protected _snapshot(name: string): unknown {
    if (name === "isDataFiltered") return this.filtered();
    throw new Error(`Property ${name} is not loadable on AutoFilter in this fake`);
  }
  get isDataFiltered(): boolean {
    return this._read<boolean>("isDataFiltered");
  }
}

/** Rows of the sheet a filter hides: its own AutoFilter's or a table's on it. */
const hasFilteredRows = (excel: FakeExcel, s: SheetState): boolean =>
  s.filtered === true || excel.tables.some((t) => t.sheet === s && t.filtered === true);

class FakeWorksheetProtection extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState
  ) {
    super("WorksheetProtection", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "protected") return this.s.protected === true;
    throw new Error(`Property ${name} is not loadable on WorksheetProtection in this fake`);
  }
  get protected(): boolean {
    return this._read<boolean>("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.ctx.send([options, password]);
    if (this.s.protected) throw new Error("InvalidOperation: the worksheet is already protected");
    this.s.protected = true;
  }
  unprotect(password?: string): void {
    this.ctx.send(password);
    this.s.protected = false;
  }
}

/** Excel refuses any change of a cell of a protected sheet (its cells are all locked unless unlocked first). */
function assertUnprotected(s: SheetState): void {
  if (s.protected)
    throw new Error(
      `InvalidOperation: the cell or chart you're trying to change is on a protected sheet (${s.name})`
    );
}

class FakeFreezePanes extends FakeObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState
  ) {
    super("WorksheetFreezePanes", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.ctx.send(count);
    this.s.frozenRows = count ?? 1;
  }
  freezeColumns(count?: number): void {
    this.ctx.send(count);
    this.s.frozenColumns = count ?? 1;
  }
  unfreeze(): void {
    this.ctx.send(undefined);
    this.s.frozenRows = 0;
    this.s.frozenColumns = 0;
  }
}

function cellsIn(
  s: SheetState,
  rect: Rect
): { r: number; c: number; cell: CellState | undefined }[][] {
  if ((rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) > 5_000_000)
    throw new Error("fake: range too large to read");
  const out: { r: number; c: number; cell: CellState | undefined }[][] = [];
  for (let r = rect.r1; r <= rect.r2; r++) {
    const line: { r: number; c: number; cell: CellState | undefined }[] = [];
    for (let c = rect.c1; c <= rect.c2; c++) line.push({ r, c, cell: s.cells.get(key(r, c)) });
    out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Formulas shifted as a paste of copyType "Formulas" shifts them: the relative row and column parts of every A1
// reference move by the destination's offset, $-anchored parts stay. Text in "…", quoted sheet names '…' and […]
// are never references; a name followed by "(" is a function (LOG10), by "!" a sheet (AB1!A1).

/** One end of an A1 reference: a cell (both parts), a whole column (col only) or a whole row (row only). */
interface RefEnd {
  col?: number;
  colAbs: boolean;
  row?: number;
  rowAbs: boolean;
}

type FormulaPart = string | RefEnd;

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
const NOT_AFTER_REF = String.raw`(?![\p{L}\p{N}_.\\(!$])`;
const COLUMNS_REF = new RegExp(
  String.raw`(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})${NOT_AFTER_REF}`,
  "uy"
);
const ROWS_REF = new RegExp(String.raw`(\$?)(\d{1,7}):(\$?)(\d{1,7})${NOT_AFTER_REF}`, "uy");
const CELL_REF = new RegExp(String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})${NOT_AFTER_REF}`, "uy");

const validCol = (c: number): boolean => c >= 1 && c <= MAX_COLS;
const validRow = (r: number): boolean => r >= 1 && r <= MAX_ROWS;

/** A formula (without "=") split once into verbatim text and reference ends. */
export function parseFormulaRefs(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let text = "";
  const ref = (end: RefEnd): void => {
    if (text) parts.push(text);
    text = "";
    parts.push(end);
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === close && close !== "]" && formula[j + 1] === close) j += 2;
        else if (formula[j] === close) break;
        else j++;
      }
      if (j >= formula.length)
        throw new Error(`fake: unterminated ${ch} in the formula ${formula}`);
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i > 0 && NAME_CHAR.test(formula[i - 1])) {
      text += ch;
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    COLUMNS_REF.lastIndex = ROWS_REF.lastIndex = CELL_REF.lastIndex = i;
    if (
      (m = COLUMNS_REF.exec(formula)) &&
      validCol(columnIndex(m[2])) &&
      validCol(columnIndex(m[4]))
    ) {
      ref({ col: columnIndex(m[2]), colAbs: m[1] === "$", rowAbs: false });
      text += ":";
      ref({ col: columnIndex(m[4]), colAbs: m[3] === "$", rowAbs: false });
    } else if ((m = ROWS_REF.exec(formula)) && validRow(Number(m[2])) && validRow(Number(m[4]))) {
      ref({ row: Number(m[2]), rowAbs: m[1] === "$", colAbs: false });
      text += ":";
      ref({ row: Number(m[4]), rowAbs: m[3] === "$", colAbs: false });
    } else if (
      (m = CELL_REF.exec(formula)) &&
      validCol(columnIndex(m[2])) &&
      validRow(Number(m[4]))
    ) {
      ref({
        col: columnIndex(m[2]),
        colAbs: m[1] === "$",
        row: Number(m[4]),
        rowAbs: m[3] === "$",
      });
    } else {
      // Not a reference: a name, a function, a number, an operator — as it is, to the end of the name.
      let j = i + 1;
      if (NAME_CHAR.test(ch)) while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      text += formula.slice(i, j);
      i = j;
      continue;
    }
    i += m[0].length;
  }
  if (text) parts.push(text);
  return parts;
}

/**
 * The sheet names a formula (with or without "=") refers to: `'My sheet'!A1` (quoted, '' for '), `Products!$A:$A`,
 * `产品!A1` (unquoted). Text in "…" is never a reference; `[Book]Sheet!` (another workbook) is not one of this
 * workbook's sheets and is left out.
 */
export function sheetsNamedIn(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  let token = "";
  let tokenStart = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      i = j + 1;
      token = "";
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === "!" && !name.startsWith("[")) out.push(name);
      i = j + 2;
      token = "";
      continue;
    }
    if (ch === "!") {
      if (token !== "" && formula[tokenStart - 1] !== "]") out.push(token);
      token = "";
      i++;
      continue;
    }
    if (NAME_CHAR.test(ch)) {
      if (token === "") tokenStart = i;
      token += ch;
    } else token = "";
    i++;
  }
  return out;
}

/** Throws as the write would go wrong in Excel: a formula naming a sheet the workbook does not have (yet). */
function assertSheetsExist(excel: FakeExcel, formula: string, what: string): void {
  for (const name of sheetsNamedIn(formula))
    if (!excel.sheet(name))
      throw new Error(
        `fake: ${what} ${formula} names the sheet "${name}", which does not exist at this point of the batch — Excel takes it for another workbook (#REF!, or its "Update values" file prompt) and does not heal it when the sheet is added later`
      );
}

const wrapped = (x: number, max: number): number => ((((x - 1) % max) + max) % max) + 1;

/**
 * The parsed formula with its relative parts moved by (dr, dc). `wrap`: a part moved off the sheet comes back on its
 * other side, as Excel reads a relative reference of a conditional format through another range (office-js#5194);
 * otherwise it throws (a paste would write #REF!, which the fake does not model).
 */
export function renderShifted(
  parts: readonly FormulaPart[],
  dr: number,
  dc: number,
  wrap = false
): string {
  // Pieces joined once: a string built by += is a rope of every piece, and a paste of 50,000 long formulas kept
  // millions of them alive.
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p === "string") {
      out.push(p);
      continue;
    }
    if (p.col !== undefined) {
      let c = p.colAbs ? p.col : p.col + dc;
      if (wrap) c = wrapped(c, MAX_COLS);
      if (!validCol(c))
        throw new Error(
          `fake: a reference shifted off the sheet (Excel writes #REF!; not modelled)`
        );
      out.push(`${p.colAbs ? "$" : ""}${columnLetter(c)}`);
    }
    if (p.row !== undefined) {
      let r = p.rowAbs ? p.row : p.row + dr;
      if (wrap) r = wrapped(r, MAX_ROWS);
      if (!validRow(r))
        throw new Error(
          `fake: a reference shifted off the sheet (Excel writes #REF!; not modelled)`
        );
      out.push(`${p.rowAbs ? "$" : ""}${r}`);
    }
  }
  return out.join("");
}

/** A formula (with or without its "=") copied to a cell dr rows down and dc columns right of its own. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  const eq = formula.startsWith("=") ? "=" : "";
  return eq + renderShifted(parseFormulaRefs(formula.slice(eq.length)), dr, dc);
}

class FakeRange extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    readonly rect: Rect | undefined
  ) {
    super("Range", ctx);
    this.nullObject = rect === undefined;
  }
  private get _r(): Rect {
    if (!this.rect) throw new Error("InvalidObjectPath: null range");
    return this.rect;
  }
  protected _snapshot(name: string): unknown {
    const r = this._r;
    switch (name) {
      case "address":
        return `${quoteSheetName(this.s.name)}!${a1Of(r)}`;
      case "rowIndex":
        return r.r1 - 1;
      case "columnIndex":
        return r.c1 - 1;
      case "rowCount":
        return r.r2 - r.r1 + 1;
      case "columnCount":
        return r.c2 - r.c1 + 1;
      case "values":
        return cellsIn(this.s, r).map((l) => l.map((x) => x.cell?.value ?? ""));
      case "valueTypes":
        return cellsIn(this.s, r).map((l) => l.map((x) => typeOf(x.cell)));
      case "formulas":
        return cellsIn(this.s, r).map((l) => l.map((x) => x.cell?.formula ?? x.cell?.value ?? ""));
      case "numberFormat":
        return cellsIn(this.s, r).map((l) => l.map((x) => x.cell?.numFmt ?? "General"));
      default:
        throw new Error(`Property ${name} is not loadable on Range in this fake`);
    }
  }
  get address(): string {
    return this._read<string>("address");
  }
  get rowIndex(): number {
    return this._read<number>("rowIndex");
  }
  get columnIndex(): number {
    return this._read<number>("columnIndex");
  }
  get rowCount(): number {
    return this._read<number>("rowCount");
  }
  get columnCount(): number {
    return this._read<number>("columnCount");
  }
  get values(): unknown[][] {
    return this._read<unknown[][]>("values");
  }
  set values(v: unknown[][]) {
    this._write("values", v);
  }
  get valueTypes(): string[][] {
    return this._read<string[][]>("valueTypes");
  }
  get formulas(): unknown[][] {
    return this._read<unknown[][]>("formulas");
  }
  set formulas(v: unknown[][]) {
    this._write("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this._read<unknown[][]>("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.send(v);
    this._bulk(v);
    this.ctx.excel.writes.push({
      sheet: this.s.name,
      address: a1Of(this._r),
      kind: "numberFormat",
      data: v,
    });
    this._each(v, "numberFormat", (cell, x) => {
      cell.numFmt = x === "" ? "General" : String(x);
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this._read<Excel.RangeHyperlink>("hyperlink");
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.ctx.send(v);
    const r = this._r;
    const links = [...this.s.cells.values()].filter((c) => c.hyperlink !== undefined).length;
    if (links + (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > MAX_HYPERLINKS)
      throw new Error(
        `fake: Excel keeps at most ${MAX_HYPERLINKS} hyperlinks per worksheet (Excel's specifications and limits)`
      );
    this.ctx.excel.writes.push({
      sheet: this.s.name,
      address: a1Of(this._r),
      kind: "hyperlink",
      data: v,
    });
    for (const line of cellsIn(this.s, this._r))
      for (const { r, c, cell } of line) {
        const next: CellState = { ...(cell ?? { value: "" }), hyperlink: { ...v } };
        if (v.textToDisplay !== undefined) {
          next.value = v.textToDisplay;
          delete next.formula;
          delete next.error;
        }
        this.s.cells.set(key(r, c), next);
      }
  }
  get format(): FakeRangeFormat {
    return this._nav("format", () => strict(new FakeRangeFormat(this.ctx, this.s, this.rect)));
  }
  get dataValidation(): FakeDataValidation {
    return this._nav("dataValidation", () =>
      strict(new FakeDataValidation(this.ctx, this.s, this._r))
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav("conditionalFormats", () =>
      strict(new FakeConditionalFormatCollection(this.ctx, this.s, [this._r]))
    );
  }
  get worksheet(): FakeWorksheet {
    return this._nav("worksheet", () => strict(new FakeWorksheet(this.ctx, this.s)));
  }
  merge(across?: boolean): void {
    this.ctx.send(across ?? false);
    const r = this._r;
    const merges = (this.s.merges ??= []);
    if (across)
      for (let row = r.r1; row <= r.r2; row++)
        merges.push({ r1: row, c1: r.c1, r2: row, c2: r.c2 });
    else merges.push({ ...r });
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that intersect the range, each whole (the fake's
   * choice: Excel does not document whether it clips them), a null object when there are none. Over 512 areas
   * Excel "fails to return the result": the fake throws.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireApi(this.ctx, "1.13", "Range.getMergedAreasOrNullObject");
    this.ctx.range();
    const r = this._r;
    const rects = (this.s.merges ?? []).filter((m) => intersects(m, r));
    if (rects.length > 512)
      throw new Error(
        `GeneralException: ${rects.length} merged areas in ${a1Of(r)}: more than 512 (Range.getMergedAreasOrNullObject)`
      );
    return strict(
      new FakeRangeAreas(
        this.ctx,
        this.s,
        rects.map((m) => ({ ...m })),
        true
      )
    );
  }
  unmerge(): void {
    this.ctx.send(undefined);
    const r = this._r;
    this.s.merges = (this.s.merges ?? []).filter((m) => !intersects(m, r));
  }
  /**
   * Removes the row groups within the range (one outline level: the fake keeps one). Excel does not document a range
   * without groups: the fake refuses it, as VBA's Range.Ungroup does, so the adapter must cope either way.
   */
  ungroup(groupOption: string): void {
    this.ctx.send(groupOption);
    if (groupOption !== "ByRows" && groupOption !== "ByColumns")
      throw new Error(`InvalidArgument: groupOption ${groupOption}`);
    const r = this._r;
    const groups = this.s.rowGroups ?? [];
    const within = groups.filter((g) => g.r1 >= r.r1 && g.r2 <= r.r2);
    if (groupOption === "ByRows" && within.length === 0)
      throw new Error("InvalidOperation: no row groups to ungroup");
    this.s.rowGroups = groups.filter((g) => !within.includes(g));
  }
  group(groupOption: string): void {
    this.ctx.send(groupOption);
    if (groupOption !== "ByRows" && groupOption !== "ByColumns")
      throw new Error(`InvalidArgument: groupOption ${groupOption}`);
    if (groupOption === "ByRows") (this.s.rowGroups ??= []).push({ ...this._r });
  }
  set columnHidden(hidden: boolean) {
    this.ctx.send(hidden);
    const r = this._r;
    const set = (this.s.hiddenColumns ??= new Set());
    for (let c = r.c1; c <= Math.min(r.c2, r.c1 + 1000); c++)
      if (hidden) set.add(c);
      else set.delete(c);
  }
  set rowHidden(hidden: boolean) {
    this.ctx.send(hidden);
    const r = this._r;
    const set = (this.s.hiddenRows ??= new Set());
    for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 100000); row++)
      if (hidden) set.add(row);
      else set.delete(row);
  }
  select(): void {
    this.ctx.send(undefined);
    this.ctx.excel.selection = { sheet: this.s.name, address: a1Of(this._r) };
  }
  clear(applyTo?: string): void {
    this.ctx.send(applyTo);
    assertUnprotected(this.s);
    const what = applyTo ?? "All";
    const rect = this._r;
    for (const [k, cell] of [...this.s.cells]) {
      const [r, c] = k.split(":").map(Number);
      if (r < rect.r1 || r > rect.r2 || c < rect.c1 || c > rect.c2) continue;
      const next: CellState = { ...cell };
      if (what === "All" || what === "Contents") {
        next.value = "";
        delete next.formula;
        delete next.error;
      }
      if (what === "All" || what === "Formats") {
        delete next.numFmt;
        delete next.bold;
        delete next.fill;
      }
      if (what === "All" || what === "Hyperlinks") delete next.hyperlink;
      this.s.cells.set(k, next);
    }
  }

  /**
   * Range.copyFrom (ExcelApi 1.9) as a paste of formulas: each destination cell gets its source cell's formula shifted
   * by its offset, a value as it is, a blank source cleared; formats stay. A destination that is a whole multiple of
   * the source repeats it; a smaller one is expanded to the source's size. Not modelled (throws): another copyType,
   * skipBlanks or transpose, a RangeAreas source, a destination larger than but not a multiple of the source, a
   * destination overlapping its source.
   */
  copyFrom(
    sourceRange: unknown,
    copyType?: string,
    skipBlanks?: boolean,
    transpose?: boolean
  ): void {
    const type = copyType ?? "All";
    if (type !== "Formulas")
      throw new Error(`fake: copyFrom with copyType "${type}" is not modelled (only "Formulas")`);
    if (skipBlanks || transpose)
      throw new Error("fake: copyFrom with skipBlanks or transpose is not modelled");
    let from: { s: SheetState; rect: Rect };
    if (typeof sourceRange === "string") {
      const bang = sourceRange.lastIndexOf("!");
      const name = sourceRange
        .slice(0, Math.max(0, bang))
        .replace(/^'|'$/g, "")
        .replace(/''/g, "'");
      const s = bang < 0 ? this.s : this.ctx.excel.sheet(name);
      if (!s) throw new Error(`InvalidArgument: copyFrom source "${sourceRange}" names no sheet`);
      from = { s, rect: rectOf(sourceRange.slice(bang + 1)) };
    } else {
      const src =
        typeof sourceRange === "object" && sourceRange ? TARGETS.get(sourceRange) : undefined;
      if (!(src instanceof FakeRange) || !src.rect)
        throw new Error("fake: copyFrom from anything but a Range or an address is not modelled");
      from = { s: src.s, rect: src.rect };
    }
    this.ctx.send([`${quoteSheetName(from.s.name)}!${a1Of(from.rect)}`, type, false, false]);
    // The call names its source range's path among its arguments: about an action more.
    this.ctx.send(undefined);
    const src = from.rect;
    const h = src.r2 - src.r1 + 1;
    const w = src.c2 - src.c1 + 1;
    const dest = this._r;
    const size = (d: number, n: number): number => {
      if (d % n === 0) return d;
      if (d < n) return n;
      throw new Error(
        `fake: copyFrom into ${d} rows or columns from ${n} (not a multiple) is not modelled`
      );
    };
    const to: Rect = { r1: dest.r1, c1: dest.c1, r2: 0, c2: 0 };
    to.r2 = to.r1 + size(dest.r2 - dest.r1 + 1, h) - 1;
    to.c2 = to.c1 + size(dest.c2 - dest.c1 + 1, w) - 1;
    if (to.r2 > MAX_ROWS || to.c2 > MAX_COLS)
      throw new Error("InvalidArgument: copyFrom's destination leaves the sheet");
    if (from.s === this.s && intersects(src, to))
      throw new Error("fake: copyFrom into a range overlapping its source is not modelled");
    const sources = cellsIn(from.s, src).map((line) =>
      line.map(({ cell }) => ({
        cell,
        parts: cell?.formula ? parseFormulaRefs(cell.formula.slice(1)) : undefined,
      }))
    );
    if ((to.r2 - to.r1 + 1) * (to.c2 - to.c1 + 1) > 5_000_000)
      throw new Error("fake: a paste this large is not modelled");
    assertUnprotected(this.s);
    // Excel's paste over filtered rows fills the visible ones only; whether copyFrom does is not documented.
    if (hasFilteredRows(this.ctx.excel, this.s))
      throw new Error(
        "fake: copyFrom onto a sheet whose rows a filter hides is not modelled (a paste fills the visible rows only)"
      );
    // A paste is an edit of its cells: Excel raises onChanged for them after the batch.
    this.ctx.pending.changed.push({ sheet: this.s, address: a1Of(to) });
    this.ctx.excel.writes.push({
      sheet: this.s.name,
      address: a1Of(to),
      kind: "copyFrom",
      data: `${quoteSheetName(from.s.name)}!${a1Of(src)}`,
    });
    for (let r = to.r1; r <= to.r2; r++)
      for (let c = to.c1; c <= to.c2; c++) {
        const i = (r - to.r1) % h;
        const j = (c - to.c1) % w;
        const { cell: sc, parts } = sources[i][j];
        const k = key(r, c);
        const old = this.s.cells.get(k);
        if (!sc || (sc.value === "" && sc.formula === undefined && !sc.error)) {
          if (!old) continue;
          const next: CellState = { ...old, value: "" };
          delete next.formula;
          delete next.error;
          this.s.cells.set(k, next);
          continue;
        }
        const next: CellState = { ...(old ?? { value: "" }), value: sc.value };
        delete next.formula;
        delete next.error;
        if (parts) {
          next.formula = `=${renderShifted(parts, r - (src.r1 + i), c - (src.c1 + j))}`;
          next.value = "";
        } else if (sc.error) next.error = true;
        this.s.cells.set(k, next);
      }
  }

  private _each(v: unknown[][], what: string, set: (cell: CellState, x: unknown) => void): void {
    const r = this._r;
    const rows = r.r2 - r.r1 + 1;
    const cols = r.c2 - r.c1 + 1;
    if (!Array.isArray(v) || !v.every(Array.isArray))
      throw new Error(`InvalidArgument: ${what} must be a 2-D array`);
    const single = v.length === 1 && v[0].length === 1;
    if (!single && (v.length !== rows || v.some((line) => line.length !== cols)))
      throw new Error(
        `InvalidArgument: ${what} of ${v.length}×${v[0]?.length ?? 0} does not match the range ${a1Of(r)} (${rows}×${cols})`
      );
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const x = single ? v[0][0] : v[i][j];
        if (x === null) continue; // null leaves the cell as it is
        const k = key(r.r1 + i, r.c1 + j);
        const cell: CellState = { ...(this.s.cells.get(k) ?? { value: "" }) };
        set(cell, x);
        this.s.cells.set(k, cell);
      }
  }

  /** What `=Sheet!A1` (one cell of another sheet, nothing else) shows when it is entered. */
  private _referenced(formula: string): string | number | boolean | undefined {
    const m = /^=('(?:[^']|'')+'|[^!'"(),]+)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula);
    if (!m) return undefined;
    const name = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    const s = this.ctx.excel.sheet(name);
    return s?.cells.get(key(Number(m[3]), columnIndex(m[2])))?.value;
  }

  /**
   * Office.js sends a 2-D set of more than 1,500 cells in row chunks (setRangePropertiesInBulk in its client): a
   * `_ValidateArraySize` call, then per chunk `getRow(i).getBoundingRect(getRow(j))` and the set.
   */
  private _bulk(v: unknown[][]): void {
    const columns = Array.isArray(v[0]) ? v[0].length : 0;
    if (!Array.isArray(v) || v.length * columns <= 1500) return;
    const per = Math.max(1, Math.round(1500 / columns));
    this.ctx.send([v.length, columns]);
    for (let i = 0; i < v.length; i += per) {
      this.ctx.range(i);
      this.ctx.range(Math.min(v.length, i + per) - 1);
      this.ctx.range();
      if (i > 0) this.ctx.send(undefined);
    }
  }

  private _write(kind: "values" | "formulas", v: unknown[][]): void {
    this.ctx.send(v);
    assertUnprotected(this.s);
    this._bulk(v);
    this.ctx.pending.changed.push({ sheet: this.s, address: a1Of(this._r) });
    this.ctx.excel.writes.push({ sheet: this.s.name, address: a1Of(this._r), kind, data: v });
    this._each(v, kind, (cell, x) => {
      delete cell.formula;
      delete cell.error;
      if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
        assertSheetsExist(this.ctx.excel, x, "the formula");
        cell.formula = x;
        cell.value = hyperlinkText(x) ?? this._referenced(x) ?? "";
      } else if (typeof x === "string" && x.length > 32_767) {
        throw new Error("InvalidArgument: a cell holds at most 32,767 characters");
      } else if (typeof x === "string") {
        // Parsed as if typed: "1E5" is a number, "Jun 18" a date, "#N/A" an error; "'" keeps a text.
        const e = typedEntry(x);
        cell.value = e.value;
        if (e.formula !== undefined) cell.formula = e.formula;
        if (e.error) cell.error = true;
        if (e.numFmt && (cell.numFmt === undefined || cell.numFmt === "General"))
          cell.numFmt = e.numFmt;
      } else if (typeof x === "number" || typeof x === "boolean") cell.value = x;
      else throw new Error(`InvalidArgument: cannot write ${JSON.stringify(x)}`);
    });
  }
}

/** What a HYPERLINK formula of two texts shows: its second text (the one formula the fake computes). */
function hyperlinkText(formula: string): string | undefined {
  const m = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/i.exec(formula);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** A member of a later requirement set than the host has: Excel refuses it (ApiNotFound). */
function requireApi(ctx: FakeRequestContext, version: string, member: string): void {
  if (!versionAtMost(version, ctx.excel.apiVersion))
    throw new Error(
      `ApiNotFound: ${member} needs ExcelApi ${version}; this host has ExcelApi ${ctx.excel.apiVersion}`
    );
}

function typeOf(c: CellState | undefined): string {
  if (!c || c.value === "") return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

class FakeRangeAreas extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rects: Rect[],
    orNull = false
  ) {
    super("RangeAreas", ctx);
    this.nullObject = orNull && rects.length === 0;
  }
  protected _snapshot(name: string): unknown {
    if (name === "address")
      return this.rects.map((r) => `${quoteSheetName(this.s.name)}!${a1Of(r)}`).join(",");
    throw new Error(`Property ${name} is not loadable on RangeAreas in this fake`);
  }
  get address(): string {
    return this._read<string>("address");
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav("conditionalFormats", () =>
      strict(new FakeConditionalFormatCollection(this.ctx, this.s, this.rects))
    );
  }
}

class FakeRangeFormat extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rect: Rect | undefined
  ) {
    super("RangeFormat", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  set columnWidth(points: number) {
    this.ctx.send(points);
    const r = this.rect;
    if (!r) throw new Error("InvalidObjectPath");
    for (let c = r.c1; c <= Math.min(r.c2, r.c1 + 1000); c++) this.s.widths.set(c, points);
  }
  get columnWidth(): number {
    return this._read<number>("columnWidth");
  }
  get font(): FakeRangeFont {
    return this._nav("font", () => strict(new FakeRangeFont(this.ctx, this.s, this.rect)));
  }
  get fill(): FakeRangeFill {
    return this._nav("fill", () => strict(new FakeRangeFill(this.ctx, this.s, this.rect)));
  }
}

function setOnCells(s: SheetState, r: Rect | undefined, set: (c: CellState) => void): void {
  if (!r) throw new Error("InvalidObjectPath");
  if ((r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > 1_000_000)
    throw new Error("fake: formatting a range this large is not modelled");
  for (let row = r.r1; row <= r.r2; row++)
    for (let c = r.c1; c <= r.c2; c++) {
      const k = key(row, c);
      const cell: CellState = { ...(s.cells.get(k) ?? { value: "" }) };
      set(cell);
      s.cells.set(k, cell);
    }
}

class FakeRangeFont extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rect: Rect | undefined
  ) {
    super("RangeFont", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  set bold(v: boolean) {
    this.ctx.send(v);
    setOnCells(this.s, this.rect, (c) => (c.bold = v));
  }
  get bold(): boolean {
    return this._read<boolean>("bold");
  }
}

class FakeRangeFill extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rect: Rect | undefined
  ) {
    super("RangeFill", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  set color(v: string) {
    this.ctx.send(v);
    setOnCells(this.s, this.rect, (c) => (c.fill = v));
  }
  get color(): string {
    return this._read<string>("color");
  }
}

class FakeDataValidation extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rect: Rect
  ) {
    super("DataValidation", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name !== "type")
      throw new Error(`Property ${name} is not loadable on DataValidation in this fake`);
    const hit = this.s.validations.filter((v) => intersects(v.rect, this.rect));
    if (hit.length === 0) return "None";
    if (hit.length === 1 && covers(hit[0].rect, this.rect))
      return hit[0].rule.list ? "List" : "Custom";
    return "Inconsistent";
  }
  get type(): string {
    return this._read<string>("type");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.ctx.send(rule);
    const source = rule.list?.source;
    if (typeof source === "string" && source.startsWith("="))
      assertSheetsExist(this.ctx.excel, source, "the dropdown's source");
    // Setting a rule replaces the validation of the range's cells.
    this.s.validations = this.s.validations.filter((v) => !covers(this.rect, v.rect));
    this.s.validations.push({ rect: this.rect, rule });
  }
  get rule(): Excel.DataValidationRule {
    return this._read<Excel.DataValidationRule>("rule");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.ctx.send(alert);
    const v = this.s.validations.find(
      (x) => x.rect === this.rect || a1Of(x.rect) === a1Of(this.rect)
    );
    if (!v) throw new Error("fake: an error alert needs a rule on the same range first");
    v.errorAlert = alert;
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._read<Excel.DataValidationErrorAlert>("errorAlert");
  }
  clear(): void {
    this.ctx.send(undefined);
    this.s.validations = this.s.validations.filter((v) => !intersects(v.rect, this.rect));
  }
}

class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly rects: Rect[]
  ) {
    super("ConditionalFormatCollection", ctx);
  }
  /** The cell its formulas are read and set relative to: the top-left cell of the range it was reached through. */
  private get _through(): { r: number; c: number } {
    return { r: this.rects[0]?.r1 ?? 1, c: this.rects[0]?.c1 ?? 1 };
  }
  protected _current(): FakeConditionalFormat[] {
    return this.s.cfs
      .filter((cf) => cf.rects.some((a) => this.rects.some((b) => intersects(a, b))))
      .map((cf) => strict(new FakeConditionalFormat(this.ctx, this.s, cf, this._through)));
  }
  /** Deletes every conditional format the range's cells have (a format over other cells too goes whole). */
  clearAll(): void {
    this.ctx.send(undefined);
    this.s.cfs = this.s.cfs.filter(
      (cf) => !cf.rects.some((a) => this.rects.some((b) => intersects(a, b)))
    );
  }
  add(type: string): FakeConditionalFormat {
    this.ctx.path(type);
    const cf: CfState = {
      id: this.ctx.excel.newCfId(),
      rects: this.rects.map((r) => ({ ...r })),
      type,
      priority: 0,
    };
    for (const other of this.s.cfs) other.priority++;
    this.s.cfs.push(cf);
    return strict(new FakeConditionalFormat(this.ctx, this.s, cf, this._through));
  }
}

/**
 * A conditional format's formula as read through a range whose top-left cell is `through`: Excel keeps it relative to
 * the format's own top-left cell (its first area's) and gives it relative to the range it was fetched from, so
 * `=$K2<>""` on A2:K1000 reads `=$K1<>""` through the sheet's A1 range, and is set the same way round
 * (office-js#5194, "by design").
 */
function throughRange(
  cf: CfState,
  formula: string,
  through: { r: number; c: number },
  sign: 1 | -1
): string {
  const own = cf.rects[0];
  if (!own) return formula;
  const dr = sign * (through.r - own.r1);
  const dc = sign * (through.c - own.c1);
  if (dr === 0 && dc === 0) return formula;
  const eq = formula.startsWith("=") ? "=" : "";
  return eq + renderShifted(parseFormulaRefs(formula.slice(eq.length)), dr, dc, true);
}

class FakeConditionalFormat extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState,
    private readonly cf: CfState,
    private readonly through: { r: number; c: number }
  ) {
    super("ConditionalFormat", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "type") return this.cf.type;
    if (name === "priority") return this.cf.priority;
    if (name === "id") return String(this.cf.id);
    throw new Error(`Property ${name} is not loadable on ConditionalFormat in this fake`);
  }
  get type(): string {
    return this._read<string>("type");
  }
  get id(): string {
    return this._read<string>("id");
  }
  get priority(): number {
    return this._read<number>("priority");
  }
  set priority(p: number) {
    this.ctx.send(p);
    this.cf.priority = p;
  }
  get custom(): FakeCustomConditionalFormat {
    if (this.cf.type !== "Custom")
      throw new Error("InvalidOperation: not a custom conditional format");
    return this._nav("custom", () =>
      strict(new FakeCustomConditionalFormat(this.ctx, this.cf, this.through))
    );
  }
  delete(): void {
    this.ctx.send(undefined);
    this.s.cfs = this.s.cfs.filter((x) => x !== this.cf);
  }
}

class FakeCustomConditionalFormat extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: CfState,
    private readonly through: { r: number; c: number }
  ) {
    super("CustomConditionalFormat", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return this._nav("rule", () =>
      strict(new FakeConditionalFormatRule(this.ctx, this.cf, this.through))
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav("format", () => strict(new FakeConditionalRangeFormat(this.ctx, this.cf)));
  }
}

class FakeConditionalFormatRule extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: CfState,
    private readonly through: { r: number; c: number }
  ) {
    super("ConditionalFormatRule", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "formula") return throughRange(this.cf, this.cf.formula ?? "", this.through, 1);
    throw new Error(`Property ${name} is not loadable on ConditionalFormatRule in this fake`);
  }
  get formula(): string {
    return this._read<string>("formula");
  }
  set formula(f: string) {
    this.ctx.send(f);
    assertSheetsExist(this.ctx.excel, f, "the conditional format's formula");
    this.cf.formula = throughRange(this.cf, f, this.through, -1);
  }
}

class FakeConditionalRangeFormat extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: CfState
  ) {
    super("ConditionalRangeFormat", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get fill(): FakeConditionalRangeFill {
    return this._nav("fill", () => strict(new FakeConditionalRangeFill(this.ctx, this.cf)));
  }
  get font(): FakeConditionalRangeFont {
    return this._nav("font", () => strict(new FakeConditionalRangeFont(this.ctx, this.cf)));
  }
}

class FakeConditionalRangeFill extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: CfState
  ) {
    super("ConditionalRangeFill", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get color(): string {
    return this._read<string>("color");
  }
  set color(c: string) {
    this.ctx.send(c);
    this.cf.fill = c;
  }
}

class FakeConditionalRangeFont extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: CfState
  ) {
    super("ConditionalRangeFont", ctx);
  }
  protected _snapshot(): unknown {
    return undefined;
  }
  get color(): string {
    return this._read<string>("color");
  }
  set color(c: string) {
    this.ctx.send(c);
    this.cf.font = c;
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    ctx: FakeRequestContext,
    private readonly s: SheetState | undefined
  ) {
    super("TableCollection", ctx);
  }
  protected _current(): FakeTable[] {
    return this.ctx.excel.tables
      .filter((t) => !this.s || t.sheet === this.s)
      .map((t) => strict(new FakeTable(this.ctx, t)));
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    this.ctx.path([address, hasHeaders]);
    let sheet = this.s;
    let a1 = address;
    const bang = address.lastIndexOf("!");
    if (bang >= 0) {
      sheet = this.ctx.excel.sheet(
        address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")
      );
      a1 = address.slice(bang + 1);
    }
    if (!sheet) throw new Error(`InvalidArgument: table address "${address}" names no sheet`);
    const rect = rectOf(a1);
    if (this.ctx.excel.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect)))
      throw new Error("InvalidOperation: a table cannot overlap another table");
    const name = `Table${this.ctx.excel.tables.length + 1}`;
    const t: TableState = { name, sheet, rect, style: "TableStyleMedium2" };
    this.ctx.excel.tables.push(t);
    return strict(new FakeTable(this.ctx, t));
  }
  getItemOrNullObject(key: string): FakeTable {
    this.ctx.path(key);
    const t = this.ctx.excel.tableOf(key);
    return strict(new FakeTable(this.ctx, t));
  }
}

class FakeTable extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly t: TableState | undefined
  ) {
    super("Table", ctx);
    this.nullObject = t === undefined;
  }
  private get _state(): TableState {
    if (!this.t) throw new Error("InvalidObjectPath: no such table");
    return this.t;
  }
  protected _snapshot(name: string): unknown {
    if (name === "name") return this._state.name;
    if (name === "style") return this._state.style;
    if (name === "showTotals") return this._state.showTotals === true;
    throw new Error(`Property ${name} is not loadable on Table in this fake`);
  }
  get name(): string {
    return this._read<string>("name");
  }
  set name(n: string) {
    this.ctx.send(n);
    if (
      this.ctx.excel.tables.some(
        (x) => x !== this._state && x.name.toLowerCase() === n.toLowerCase()
      )
    )
      throw new Error(`InvalidArgument: the table name "${n}" is taken`);
    this._state.name = n;
  }
  get style(): string {
    return this._read<string>("style");
  }
  get showTotals(): boolean {
    return this._read<boolean>("showTotals");
  }
  set style(v: string) {
    this.ctx.send(v);
    this._state.style = v;
  }
  get worksheet(): FakeWorksheet {
    return this._nav("worksheet", () => strict(new FakeWorksheet(this.ctx, this._state.sheet)));
  }
  get autoFilter(): FakeAutoFilter {
    return this._nav("autoFilter", () =>
      strict(new FakeAutoFilter(this.ctx, () => this._state.filtered === true))
    );
  }
  getRange(): FakeRange {
    this.ctx.range();
    return strict(new FakeRange(this.ctx, this._state.sheet, { ...this._state.rect }));
  }
  resize(newRange: string): void {
    this.ctx.send(newRange);
    const r = rectOf(newRange.slice(newRange.lastIndexOf("!") + 1));
    if (r.r1 !== this._state.rect.r1 || !intersects(r, this._state.rect))
      throw new Error(
        "InvalidArgument: the new range must keep the header row and overlap the table"
      );
    this._state.rect = r;
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(ctx: FakeRequestContext) {
    super("NamedItemCollection", ctx);
  }
  protected _current(): FakeNamedItem[] {
    return this.ctx.excel.names.map((n) => strict(new FakeNamedItem(this.ctx, n)));
  }
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.ctx.path([name, reference, comment ?? null]);
    if (this.ctx.excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`InvalidArgument: the name "${name}" already exists`);
    if (!/^=/.test(reference)) throw new Error("InvalidArgument: a reference starts with =");
    assertSheetsExist(this.ctx.excel, reference, "the name's reference");
    const n = { name, reference };
    this.ctx.excel.names.push(n);
    return strict(new FakeNamedItem(this.ctx, n));
  }
}

class FakeNamedItem extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly n: { name: string; reference: string }
  ) {
    super("NamedItem", ctx);
  }
  protected _snapshot(name: string): unknown {
    if (name === "name") return this.n.name;
    if (name === "formula") return this.n.reference;
    throw new Error(`Property ${name} is not loadable on NamedItem in this fake`);
  }
  get name(): string {
    return this._read<string>("name");
  }
  get formula(): string {
    return this._read<string>("formula");
  }
}

class FakeSettingCollection extends FakeCollection<FakeSetting> {
  constructor(ctx: FakeRequestContext) {
    super("SettingCollection", ctx);
  }
  protected _current(): FakeSetting[] {
    return [...this.ctx.excel.settings.keys()].map((k) => strict(new FakeSetting(this.ctx, k)));
  }
  add(key: string, value: string | number | boolean | Date | unknown[] | unknown): FakeSetting {
    this.ctx.path([key, value]);
    this.ctx.excel.settings.set(key, value);
    return strict(new FakeSetting(this.ctx, key));
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.path(key);
    return strict(new FakeSetting(this.ctx, key));
  }
}

class FakeSetting extends FakeLoadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly settingKey: string
  ) {
    super("Setting", ctx);
    this.nullObject = !ctx.excel.settings.has(settingKey);
  }
  protected _snapshot(name: string): unknown {
    if (name === "key") return this.settingKey;
    if (name === "value") return this.ctx.excel.settings.get(this.settingKey);
    throw new Error(`Property ${name} is not loadable on Setting in this fake`);
  }
  get key(): string {
    return this._read<string>("key");
  }
  get value(): unknown {
    return this._read<unknown>("value");
  }
}

/** The fake classes by the Excel (or OfficeExtension) class each stands for, for the API check. */
export const FAKE_CLASSES: {
  fake: { prototype: object };
  excel: string;
  namespace: "Excel" | "OfficeExtension";
}[] = [
  { fake: FakeRequestContext, excel: "RequestContext", namespace: "Excel" },
  { fake: FakeApplication, excel: "Application", namespace: "Excel" },
  { fake: FakeWorkbook, excel: "Workbook", namespace: "Excel" },
  { fake: FakeWorksheetCollection, excel: "WorksheetCollection", namespace: "Excel" },
  { fake: FakeWorksheet, excel: "Worksheet", namespace: "Excel" },
  { fake: FakeFreezePanes, excel: "WorksheetFreezePanes", namespace: "Excel" },
  { fake: FakeWorksheetProtection, excel: "WorksheetProtection", namespace: "Excel" },
  { fake: FakeRange, excel: "Range", namespace: "Excel" },
  { fake: FakeRangeAreas, excel: "RangeAreas", namespace: "Excel" },
  { fake: FakeRangeFormat, excel: "RangeFormat", namespace: "Excel" },
  { fake: FakeRangeFont, excel: "RangeFont", namespace: "Excel" },
  { fake: FakeRangeFill, excel: "RangeFill", namespace: "Excel" },
  { fake: FakeDataValidation, excel: "DataValidation", namespace: "Excel" },
  {
    fake: FakeConditionalFormatCollection,
    excel: "ConditionalFormatCollection",
    namespace: "Excel",
  },
  { fake: FakeConditionalFormat, excel: "ConditionalFormat", namespace: "Excel" },
  { fake: FakeCustomConditionalFormat, excel: "CustomConditionalFormat", namespace: "Excel" },
  { fake: FakeConditionalFormatRule, excel: "ConditionalFormatRule", namespace: "Excel" },
  { fake: FakeConditionalRangeFormat, excel: "ConditionalRangeFormat", namespace: "Excel" },
  { fake: FakeConditionalRangeFill, excel: "ConditionalRangeFill", namespace: "Excel" },
  { fake: FakeConditionalRangeFont, excel: "ConditionalRangeFont", namespace: "Excel" },
  { fake: FakeTableCollection, excel: "TableCollection", namespace: "Excel" },
  { fake: FakeTable, excel: "Table", namespace: "Excel" },
  { fake: FakeNamedItemCollection, excel: "NamedItemCollection", namespace: "Excel" },
  { fake: FakeNamedItem, excel: "NamedItem", namespace: "Excel" },
  { fake: FakeSettingCollection, excel: "SettingCollection", namespace: "Excel" },
  { fake: FakeSetting, excel: "Setting", namespace: "Excel" },
  { fake: FakeEventHandlers, excel: "EventHandlers", namespace: "OfficeExtension" },
  { fake: FakeEventHandlerResult, excel: "EventHandlerResult", namespace: "OfficeExtension" },
];

/** Members every fake client object inherits, and where they are declared. */
export const BASE_MEMBERS: {
  fake: { prototype: object };
  members: { name: string; declaredIn: string }[];
} = {
  fake: FakeObject,
  members: [
    { name: "context", declaredIn: "ClientObject" },
    { name: "isNullObject", declaredIn: "ClientObject" },
  ],
};

// Last, on purpose: fakeCharts.ts extends the classes above and registers Worksheet.charts (worksheetCharts). TypeScript
// emits this require where it stands, so whichever of the two modules loads first, the classes exist when it runs —
// and every user of the fake (tests, the bench) gets charts without importing fakeCharts.ts itself.
import "./fakeCharts";
