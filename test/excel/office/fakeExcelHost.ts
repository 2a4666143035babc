/**
 * The answering side for Office.js's own Excel client (loadOfficeClient.ts): executes each request the client sends —
 * its Actions over its ObjectPaths (richApi.ts) — against the fake workbook of test/excel/fakeExcel.ts, and answers in
 * the shape the client parses. The bridge is reflective: the fake's classes carry Excel's API names, so
 *
 * - an object path of type Property ("Format") reads the same-named member (`format`) of its parent's fake object,
 *   Method ("GetRange", ["A1"]) calls it, Indexer (["Plan"]) calls `getItem`, GlobalObject is the workbook;
 * - an action SetProperty assigns, Method calls, Query loads the selected properties (`load`, then the fake's sync at
 *   the end of the request) and answers them under Excel's names ("values" → "Values", the client class's
 *   `_scalarPropertyOriginalNames`), a collection's item properties as `_Items`;
 * - Instantiate answers null for a null object (the client then makes its path a null path), else the object's Id
 *   when its client class has an `id` the fake can give (the client then reaches it by id, as after
 *   `worksheets.add()`), and a `_ReferenceId` for an object the client asked to keep (`_KeepReference`: every Range
 *   in Excel.run), which later requests name by ObjectPathType ReferenceId until `_RemoveReference`.
 *
 * Nothing is special-cased per API member but two things the protocol implies: a collection item by id or position
 * (Indexer by id, GetItemAt, which the client emits for the items of a loaded collection) where the fake collection has
 * no such method, and `workbook.application` (Office.js hangs Application on the workbook, the fake on its context).
 *
 * A member the fake lacks fails the request loudly with code "FakeHasNo" (the client sent it, so Excel has it: the
 * fake is what is missing); an error the fake throws ("ItemNotFound: …") fails it with that code, at that action's
 * index, after the actions before it ran — as Excel runs a batch, with no rollback. A request over the size limit
 * (Excel on the web: 5 MB) is refused whole, as Office refuses it (error 5103), before anything runs.
 */
import { a1Of, FakeExcel, unwrap, WEB_PAYLOAD_LIMIT } from "../fakeExcel";
import type { HostAnswer, OfficeClient, RichApiHost } from "./loadOfficeClient";
import {
  ActionType,
  HostError,
  ObjectPathType,
  type ActionInfo,
  type ArgumentInfo,
  type ObjectPathInfo,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
} from "./richApi";

/** One request the client sent, as measured on the wire. */
export interface RequestRecord {
  /** UTF-8 bytes of the request body (JSON.stringify of it, as the client sends it). */
  bytes: number;
  /** UTF-8 bytes of the response body. */
  responseBytes: number;
  actions: number;
  /** "cleanup": Excel.run's release of the references it kept (only _RemoveReference), after the batch function. */
  kind: "batch" | "cleanup";
  /** The error code the request ended with. */
  error?: string;
  /** The parsed body, when the host keeps bodies. */
  body?: RequestBody;
}

export interface FakeExcelHostOptions {
  /** Largest request (and response) body the host takes, in bytes: Excel on the web's 5 MB by default. */
  payloadLimit?: number;
  /** Keep each request's parsed body in `requests` (for tests that look at what was sent). */
  keepBodies?: boolean;
  /**
   * Which requirement sets this Excel has: a member of one it lacks fails with ApiNotFound, as in an older Excel
   * (the sets are the client's own, OfficeClient.memberRequirements). Every set by default.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

/** A fake object as the bridge sees it: the strict proxy fakeExcel.ts made. */
type FakeObj = Record<string, unknown>;

/** The Excel class a fake object stands for ("Range"): a field of the object behind the proxy. */
const cls = (o: FakeObj): string => (unwrap(o) as { apiName?: string }).apiName ?? "?";

/** An object path's value in one request: a fake object, or a null object. */
type Resolved = FakeObj | null;

interface FakeContext {
  workbook: unknown;
  application: unknown;
  sync(): Promise<void>;
}

class RequestFailure extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const KNOWN_CODES =
  /^(ItemNotFound|ItemAlreadyExists|InvalidArgument|InvalidOperation|InvalidObjectPath|InvalidReference|InvalidBinding|GeneralException|ApiNotFound|AccessDenied|Conflict|NotImplemented|RequestPayloadSizeLimitExceeded|UnsupportedOperation):\s*([\s\S]*)$/;

function failureOf(e: unknown): RequestFailure {
  if (e instanceof RequestFailure) return e;
  const message = e instanceof Error ? e.message : String(e);
  const m = KNOWN_CODES.exec(message);
  if (m) return new RequestFailure(m[1], m[2] || m[1]);
  // The fake's own limits ("fake: … not modelled", "Excel.X has no member …", "not loadable in this fake").
  return new RequestFailure("FakeHasNo", message);
}

/** Office.js's mapping of a wire name to JavaScript (CommonUtility._toCamelLowerCase): "GetRange" → "getRange". */
export function camelLower(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) >= 65 && name.charCodeAt(i) <= 90) i++;
  return i < name.length ? name.slice(0, i).toLowerCase() + name.slice(i) : name.toLowerCase();
}

/** Whether the fake object's class defines a member (its prototype chain; instance fields are internal). */
function hasMember(obj: object, name: string): boolean {
  const target = unwrap(obj);
  for (
    let p = Object.getPrototypeOf(target);
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  )
    if (Object.getOwnPropertyNames(p).includes(name)) return true;
  return false;
}

/**
 * The items of a fake collection and an item's id, now (not at the next sync): what the host itself does to find
 * "the item with this id" or "the item at this position" when the fake collection has no getItem / getItemAt. Reaches
 * into the fake's internals (`_current`, `_snapshot`) on purpose: this is the host's side, not an API call.
 */
function itemsNow(collection: FakeObj): FakeObj[] | undefined {
  const target = unwrap(collection) as unknown as { _current?: () => FakeObj[] };
  return typeof target._current === "function" ? target._current() : undefined;
}

function idNow(item: FakeObj): unknown {
  const target = unwrap(item) as unknown as { _snapshot?: (name: string) => unknown };
  try {
    return target._snapshot?.("id");
  } catch {
    return undefined;
  }
}

/**
 * Members Office.js's client calls on its own, which the adapter never calls and the fake (an adapter-level fake) does
 * not have: a `values` / `formulas` / `numberFormat` set of more than 1,500 cells is sent as
 * `_ValidateArraySize(rows, columns)` and then one set per slice of rows, each slice
 * `range.getRow(i).getBoundingRect(range.getRow(j))` (setRangePropertiesInBulk in the client). The host answers them
 * from the fake range's cells (its `rect`, its `worksheet.getRange`).
 */
function rangeRect(range: FakeObj): { r1: number; c1: number; r2: number; c2: number } {
  const rect = (unwrap(range) as { rect?: { r1: number; c1: number; r2: number; c2: number } })
    .rect;
  if (!rect) throw new RequestFailure("InvalidObjectPath", "a null range");
  return rect;
}

function rangeAt(
  range: FakeObj,
  rect: { r1: number; c1: number; r2: number; c2: number }
): FakeObj {
  const sheet = range.worksheet as FakeObj;
  return (sheet.getRange as (a: string) => FakeObj)(a1Of(rect));
}

const CLIENT_MEMBERS: Record<string, (obj: FakeObj, args: unknown[]) => unknown> = {
  "Range.getRow": (range, [row]) => {
    const r = rangeRect(range);
    const at = r.r1 + Number(row);
    if (!Number.isInteger(row) || at > r.r2)
      throw new RequestFailure("InvalidArgument", `getRow(${row})`);
    return rangeAt(range, { ...r, r1: at, r2: at });
  },
  "Range.getBoundingRect": (range, [other]) => {
    const a = rangeRect(range);
    const b = rangeRect(other as FakeObj);
    return rangeAt(range, {
      r1: Math.min(a.r1, b.r1),
      c1: Math.min(a.c1, b.c1),
      r2: Math.max(a.r2, b.r2),
      c2: Math.max(a.c2, b.c2),
    });
  },
  "Range._ValidateArraySize": (range, [rows, columns]) => {
    const r = rangeRect(range);
    if (rows !== r.r2 - r.r1 + 1 || columns !== r.c2 - r.c1 + 1)
      throw new RequestFailure(
        "InvalidArgument",
        `An array of ${rows}×${columns} does not fit the range ${a1Of(r)}`
      );
    return undefined;
  },
};

const isNullObj = (o: FakeObj): boolean =>
  hasMember(o, "isNullObject") ? (o.isNullObject as boolean) : false;

const isPlainValue = (v: unknown): boolean =>
  v === null ||
  ["string", "number", "boolean"].includes(typeof v) ||
  (Array.isArray(v) && v.every(isPlainValue));

export class FakeExcelHost implements RichApiHost {
  readonly requests: RequestRecord[] = [];
  private readonly context: FakeContext;
  /** Objects kept by reference id (ObjectPathType ReferenceId) across requests. */
  private readonly references = new Map<string, FakeObj>();
  private nextReference = 1;
  private readonly limit: number;

  constructor(
    readonly fake: FakeExcel,
    private readonly client: OfficeClient,
    private readonly options: FakeExcelHostOptions = {}
  ) {
    this.limit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    let context: FakeContext | undefined;
    // The fake's Excel.run calls its batch function synchronously with a new context: that context serves every
    // request of this host (the fake's objects are views of its workbook; each request ends with one fake sync).
    void fake.api().run((c: unknown) => {
      context = c as FakeContext;
      return Promise.resolve();
    });
    if (!context) throw new Error("FakeExcel.api().run did not call its batch function");
    this.context = context;
  }

  /** Requests the batch functions sent (Excel.run's cleanup requests left out). */
  get syncs(): number {
    return this.requests.filter((r) => r.kind === "batch").length;
  }

  /** Bytes of the largest request. */
  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get referencesKept(): number {
    return this.references.size;
  }

  async execute(body: string): Promise<HostAnswer> {
    const bytes = Buffer.byteLength(body, "utf8");
    const request = JSON.parse(body) as RequestBody;
    const record: RequestRecord = {
      bytes,
      responseBytes: 0,
      actions: request.Actions.length,
      kind: isCleanup(request) ? "cleanup" : "batch",
      body: this.options.keepBodies ? request : undefined,
    };
    this.requests.push(record);
    if (bytes > this.limit) {
      record.error = "RequestPayloadSizeLimitExceeded";
      return {
        error: {
          code: HostError.RequestPayloadSizeLimitExceeded,
          message: `The request is ${bytes} bytes, over the host's ${this.limit}`,
        },
      };
    }
    const response = await new RequestRun(this, request, record.kind === "cleanup").run();
    const text = JSON.stringify(response);
    record.responseBytes = Buffer.byteLength(text, "utf8");
    record.error = response.Error?.Code;
    if (record.responseBytes > this.limit) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      return {
        error: {
          code: HostError.ResponsePayloadSizeLimitExceeded,
          message: `The response is ${record.responseBytes} bytes, over the host's ${this.limit}`,
        },
      };
    }
    return { body: text };
  }

  /** Counters back to zero (between the phases of a test). */
  reset(): void {
    this.requests.length = 0;
  }

  /** Events the client registered (`_RegisterDataChangedEvent` on WorksheetCollection → "WorksheetCollection.DataChanged"). */
  readonly events = new Set<string>();

  registerEvent(name: string, on: boolean): void {
    if (on) this.events.add(name);
    else this.events.delete(name);
  }

  /**
   * A planner's edit, as Excel reports it to an add-in that registered WorksheetCollection.onChanged (ExcelApi 1.9):
   * the fake's workbook is not changed here (type the value with fake.type first). Resolves once the client has
   * called its handlers; false when the client had not registered the event (Excel would send nothing).
   */
  fireWorksheetChanged(sheet: string, address: string): boolean {
    const s = this.fake.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    if (!this.events.has("WorksheetCollection.DataChanged")) return false;
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: s.id,
      address,
    };
    // Excel's event type 10 (WorksheetCollection.onChanged), for the workbook ("Workbook", Constants.eventWorkbookId).
    this.client.pushMessage([
      {
        messageCategory: 65536,
        messageType: 10,
        targetId: "Workbook",
        message: JSON.stringify(args),
      },
    ]);
    return true;
  }

  // ---- used by RequestRun ----

  get fakeContext(): FakeContext {
    return this.context;
  }

  keep(obj: FakeObj): string {
    const id = `ref-${this.nextReference++}`;
    this.references.set(id, obj);
    return id;
  }

  referenced(id: string): FakeObj {
    const obj = this.references.get(id);
    if (!obj) throw new RequestFailure("InvalidObjectPath", `No object is kept as "${id}"`);
    return obj;
  }

  release(id: string): void {
    this.references.delete(id);
  }

  /** The client class's scalar properties and their names on the wire. */
  scalarNames(apiName: string): { names: string[]; wire: string[] } {
    const ns = this.client.Excel as unknown as Record<
      string,
      { prototype?: Record<string, unknown> }
    >;
    const proto = ns[apiName]?.prototype;
    const names = (proto?._scalarPropertyNames as string[] | undefined) ?? [];
    const wire =
      (proto?._scalarPropertyOriginalNames as string[] | undefined) ??
      names.map((n) => n.charAt(0).toUpperCase() + n.slice(1));
    return { names, wire };
  }

  wireName(apiName: string, name: string): string {
    const { names, wire } = this.scalarNames(apiName);
    const i = names.indexOf(name);
    return i >= 0 ? wire[i] : name.charAt(0).toUpperCase() + name.slice(1);
  }

  hasId(apiName: string): boolean {
    return this.scalarNames(apiName).names.includes("id");
  }

  /** Refuses a member of a requirement set this Excel lacks, as Excel does (ApiNotFound). */
  checkRequirement(apiName: string, member: string): void {
    const req = this.client.memberRequirements.get(`${apiName}.${member}`);
    if (req && this.options.isSetSupported && !this.options.isSetSupported(req.set, req.version))
      throw new RequestFailure(
        "ApiNotFound",
        `Excel.${apiName}.${member} needs ${req.set} ${req.version}, which this Excel does not have`
      );
  }
}

function isCleanup(request: RequestBody): boolean {
  const work = request.Actions.filter((a) => a.ActionType !== ActionType.Instantiate);
  return work.length > 0 && work.every((a) => a.Name === "_RemoveReference");
}

/** One request: resolves paths, runs actions in order, then syncs the fake and builds the results. */
class RequestRun {
  private readonly resolved = new Map<number, Resolved>();
  /** Paths the client asked to keep in this request, with the reference id given. */
  private readonly kept = new Map<number, string>();
  private readonly results: { actionId: number; value: () => unknown }[] = [];

  constructor(
    private readonly host: FakeExcelHost,
    private readonly request: RequestBody,
    /** Excel.run's cleanup: not a sync of the adapter's, so not one of the fake's (fake.syncs stays comparable). */
    private readonly cleanup = false
  ) {}

  async run(): Promise<ResponseBody> {
    let error: ResponseBody["Error"];
    const actions = this.request.Actions;
    for (let i = 0; i < actions.length && !error; i++) {
      try {
        this.action(actions[i]);
      } catch (e) {
        const f = failureOf(e);
        error = {
          Code: f.code,
          Message: f.message,
          HttpStatusCode: f.code === "ItemNotFound" ? 404 : 400,
          ActionIndex: i,
          Location: this.describe(actions[i].ObjectPathId),
        };
      }
    }
    try {
      // The loads queued above take their values (and the fake counts this request as one sync).
      if (!this.cleanup) await this.host.fakeContext.sync();
    } catch (e) {
      if (!error) {
        const f = failureOf(e);
        error = { Code: f.code, Message: f.message, HttpStatusCode: 400 };
      }
    }
    const results = this.results.map((r) => ({ ActionId: r.actionId, Value: r.value() }));
    return error ? { Results: results, Error: error } : { Results: results };
  }

  private action(a: ActionInfo): void {
    switch (a.ActionType) {
      case ActionType.Instantiate:
        return this.instantiate(a);
      case ActionType.Query:
        return this.query(a, a.QueryInfo ?? {});
      case ActionType.Method:
        return this.method(a);
      case ActionType.SetProperty:
        return this.setProperty(a);
      case ActionType.Trace:
        // The client hangs callbacks on trace markers (an event handler is added once its request is answered).
        this.results.push({ actionId: a.Id, value: () => null });
        return;
      default:
        throw new RequestFailure(
          "FakeHasNo",
          `The host does not run actions of type ${a.ActionType}`
        );
    }
  }

  private path(id: number): ObjectPathInfo {
    const p = this.request.ObjectPaths[String(id)];
    if (!p) throw new RequestFailure("InvalidObjectPath", `The request has no object path ${id}`);
    return p;
  }

  /** "worksheets.getItem("Plan").getRange("A1")": where an error happened, for the message. */
  private describe(id: number): string {
    const parts: string[] = [];
    for (let p: ObjectPathInfo | undefined = this.request.ObjectPaths[String(id)]; p;) {
      const args = (p.ArgumentInfo?.Arguments ?? []).map((x) => JSON.stringify(x)).join(", ");
      if (p.ObjectPathType === ObjectPathType.GlobalObject) parts.unshift("workbook");
      else if (p.ObjectPathType === ObjectPathType.Property) parts.unshift(camelLower(p.Name));
      else if (p.ObjectPathType === ObjectPathType.Indexer) parts.unshift(`getItem(${args})`);
      else if (p.ObjectPathType === ObjectPathType.ReferenceId) parts.unshift(`<${p.Name}>`);
      else parts.unshift(`${camelLower(p.Name)}(${args})`);
      p =
        p.ParentObjectPathId !== undefined
          ? this.request.ObjectPaths[String(p.ParentObjectPathId)]
          : undefined;
    }
    return parts.join(".");
  }

  private resolve(id: number): Resolved {
    if (this.resolved.has(id)) return this.resolved.get(id) ?? null;
    const value = this.evaluate(this.path(id));
    this.resolved.set(id, value);
    return value;
  }

  private object(id: number): FakeObj {
    const o = this.resolve(id);
    if (o === null)
      throw new RequestFailure(
        "InvalidObjectPath",
        `${this.describe(id)} is a null object (it does not exist)`
      );
    return o;
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    // JSON has no undefined: an argument left out travels as null.
    const out = args.map((a, i) => (refs[i] ? this.object(refs[i]) : a === null ? undefined : a));
    while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
    return out;
  }

  private evaluate(p: ObjectPathInfo): Resolved {
    switch (p.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        return this.host.fakeContext.workbook as FakeObj;
      case ObjectPathType.NullObject:
        return null;
      case ObjectPathType.ReferenceId:
        return this.host.referenced(p.Name);
      case ObjectPathType.Property: {
        const parent = this.object(p.ParentObjectPathId ?? 0);
        const name = camelLower(p.Name);
        if (name === "application" && cls(parent) === "Workbook" && !hasMember(parent, name))
          return this.host.fakeContext.application as FakeObj;
        return this.member(parent, name) as FakeObj;
      }
      case ObjectPathType.Method: {
        const parent = this.object(p.ParentObjectPathId ?? 0);
        const args = this.args(p.ArgumentInfo);
        if (p.Name === "GetItemAt" && !hasMember(parent, "getItemAt"))
          return this.itemAt(parent, args[0] as number);
        return this.call(parent, camelLower(p.Name), args) as FakeObj;
      }
      case ObjectPathType.Indexer: {
        const parent = this.object(p.ParentObjectPathId ?? 0);
        const args = this.args(p.ArgumentInfo);
        if (!hasMember(parent, "getItem")) return this.itemById(parent, args[0]);
        return this.call(parent, "getItem", args) as FakeObj;
      }
      default:
        throw new RequestFailure(
          "FakeHasNo",
          `The host does not resolve object paths of type ${p.ObjectPathType}`
        );
    }
  }

  private member(obj: FakeObj, name: string): unknown {
    this.host.checkRequirement(cls(obj), name);
    if (!hasMember(obj, name))
      throw new RequestFailure("FakeHasNo", `The fake has no Excel.${cls(obj)}.${name}`);
    return obj[name];
  }

  private call(obj: FakeObj, name: string, args: unknown[]): unknown {
    const own = CLIENT_MEMBERS[`${cls(obj)}.${name}`];
    if (own && !hasMember(obj, name)) {
      this.host.checkRequirement(cls(obj), name);
      return own(obj, args);
    }
    const f = this.member(obj, name);
    if (typeof f !== "function")
      throw new RequestFailure(
        "FakeHasNo",
        `Excel.${cls(obj)}.${name} is not a method in the fake`
      );
    return (f as (...a: unknown[]) => unknown)(...args);
  }

  private itemAt(collection: FakeObj, index: number): FakeObj {
    const items = itemsNow(collection);
    if (!items)
      throw new RequestFailure("FakeHasNo", `The fake has no Excel.${cls(collection)}.getItemAt`);
    const item = items[index];
    if (!item) throw new RequestFailure("ItemNotFound", `${cls(collection)} has no item ${index}`);
    return item;
  }

  private itemById(collection: FakeObj, id: unknown): FakeObj {
    const items = itemsNow(collection);
    if (!items)
      throw new RequestFailure("FakeHasNo", `The fake has no Excel.${cls(collection)}.getItem`);
    const item = items.find((it) => idNow(it) === id);
    if (!item)
      throw new RequestFailure(
        "ItemNotFound",
        `${cls(collection)} has no item ${JSON.stringify(id)}`
      );
    return item;
  }

  private instantiate(a: ActionInfo): void {
    const obj = this.resolve(a.ObjectPathId);
    const reference = this.kept.get(a.ObjectPathId);
    let withId = false;
    if (obj && this.host.hasId(cls(obj)) && hasMember(obj, "load"))
      try {
        (obj.load as (p: string) => void)("id");
        withId = true;
      } catch {
        // The fake cannot give this object's id: the client reaches it by its path (or position) instead.
      }
    this.results.push({
      actionId: a.Id,
      value: () => {
        if (obj === null || isNullObj(obj)) return null;
        const out: Record<string, unknown> = {};
        if (withId) out.Id = obj.id;
        if (reference !== undefined) out._ReferenceId = reference;
        return out;
      },
    });
  }

  private method(a: ActionInfo): void {
    if (a.Name === "_KeepReference") {
      const obj = this.object(a.ObjectPathId);
      if (!this.kept.has(a.ObjectPathId)) this.kept.set(a.ObjectPathId, this.host.keep(obj));
      return;
    }
    if (a.Name === "_RemoveReference") {
      this.host.release(String(a.ArgumentInfo?.Arguments?.[0]));
      return;
    }
    // `_RegisterDataChangedEvent` (onChanged), `_RegisterEventNameChanged` (onNameChanged, ExcelApi 1.17).
    const event = /^_(Register|Unregister)(?:(\w+)Event|Event(\w+))$/.exec(a.Name);
    if (event) {
      const obj = this.object(a.ObjectPathId);
      this.host.checkRequirement(cls(obj), a.Name);
      this.host.registerEvent(`${cls(obj)}.${event[2] ?? event[3]}`, event[1] === "Register");
      return;
    }
    const obj = this.object(a.ObjectPathId);
    if (a.Name.startsWith("_") && !CLIENT_MEMBERS[`${cls(obj)}.${a.Name}`])
      throw new RequestFailure("FakeHasNo", `The host does not run the internal method ${a.Name}`);
    const value = this.call(obj, camelLower(a.Name), this.args(a.ArgumentInfo));
    if (value !== undefined && isPlainValue(value))
      this.results.push({ actionId: a.Id, value: () => value });
  }

  private setProperty(a: ActionInfo): void {
    const obj = this.object(a.ObjectPathId);
    const name = camelLower(a.Name);
    this.host.checkRequirement(cls(obj), name);
    if (!hasMember(obj, name))
      throw new RequestFailure("FakeHasNo", `The fake has no Excel.${cls(obj)}.${name}`);
    // The value as sent (a null stays null: only a method's left-out argument travels as null).
    const ref = a.ArgumentInfo?.ReferencedObjectPathIds?.[0];
    const value = ref ? this.object(ref) : a.ArgumentInfo?.Arguments?.[0];
    obj[name] = value;
  }

  private query(a: ActionInfo, q: QueryInfo): void {
    const select = q.Select ?? [];
    if (select.length === 0 || select.includes("*") || (q.Expand?.length ?? 0) > 0)
      throw new RequestFailure(
        "FakeHasNo",
        "The host answers loads of named scalar properties only (no load() of everything, no expand)"
      );
    if (q.Top !== undefined || q.Skip !== undefined)
      throw new RequestFailure("FakeHasNo", "The host does not page loads (top, skip)");
    const obj = this.resolve(a.ObjectPathId);
    if (obj === null) {
      this.results.push({ actionId: a.Id, value: () => null });
      return;
    }
    const own = this.host.scalarNames(cls(obj)).names;
    const isCollection = hasMember(obj, "items");
    const mine = isCollection ? select.filter((n) => own.includes(n)) : select;
    const ofItems = isCollection ? select.filter((n) => !own.includes(n)) : [];
    for (const n of mine) {
      this.host.checkRequirement(cls(obj), n);
      if (!hasMember(obj, n))
        throw new RequestFailure("FakeHasNo", `The fake cannot read Excel.${cls(obj)}.${n}`);
      (obj.load as (p: string) => void)(n);
    }
    // The items as they are now, each loading what is selected (the fake's own collection load keeps one property
    // per item: a second `load("items/x")` makes new items).
    let items: FakeObj[] = [];
    let itemIds = false;
    if (ofItems.length > 0) {
      const now = itemsNow(obj);
      if (!now)
        throw new RequestFailure(
          "FakeHasNo",
          `The fake cannot list the items of Excel.${cls(obj)}`
        );
      items = now;
      const itemClass = cls(obj).replace(/Collection$/, "");
      for (const n of ofItems) this.host.checkRequirement(itemClass, n);
      for (const it of items) for (const n of ofItems) (it.load as (p: string) => void)(n);
      if (this.host.hasId(itemClass) && !ofItems.includes("id"))
        try {
          for (const it of items) (it.load as (p: string) => void)("id");
          itemIds = true;
        } catch {
          // No ids from the fake: the client reaches the items by position (GetItemAt).
        }
    }
    this.results.push({
      actionId: a.Id,
      value: () => {
        if (isNullObj(obj)) return null;
        const out: Record<string, unknown> = {};
        for (const n of mine) out[this.host.wireName(cls(obj), n)] = obj[n];
        if (ofItems.length > 0)
          out._Items = items.map((it) => {
            const item: Record<string, unknown> = {};
            if (itemIds) item.Id = it.id;
            for (const n of ofItems) item[this.host.wireName(cls(it), n)] = it[n];
            return item;
          });
        return out;
      },
    });
  }
}
