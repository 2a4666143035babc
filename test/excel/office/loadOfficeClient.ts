/**
 * Office.js's own Excel client, loaded in Node: @microsoft/office-js's dist/excel-web-16.00.debug.js (the library
 * Excel on the web loads into an add-in) evaluated in a vm context with the few browser globals it touches at load
 * stubbed. Its `Excel` (Excel.run, RequestContext, the proxies, load/sync, the serializer) is Microsoft's; where a
 * real host would take the request, the one place the client hands it over — OfficeJsRequestExecutor calls
 * `OSF.DDA.RichApi.executeRichApiRequestAsync(message, callback)` for a context on the local document, which is what
 * Excel.run makes inside Office — goes to the RichApiHost given here instead.
 *
 * The message is the array RichApiMessageUtility.buildRequestMessageSafeArray builds; its element 4 is the request
 * body exactly as JSON.stringify wrote it (what crosses to the host), element 6 the request flags. The answer is
 * what the host side gives back: `{ status: "succeeded", value: { data: [status, headers, body] } }`, or
 * `{ status: "failed", error: { code } }` with an Office error code (5103: the request is over the size limit).
 *
 * `Office.context` is the one piece of host state the client reads (requirement sets: a member of a newer ExcelApi
 * than the host has throws ApiNotFound in the client, before anything is sent); it comes from `setContext`.
 *
 * The library is read and evaluated once per module registry (once per jest test file): about 50 ms.
 */
import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";

export const CLIENT_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
/** The same library as add-ins get it (minified): same code, checked to serialise the same (officeClient.test.ts). */
export const SHIPPED_CLIENT_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

/** What answers a request: the body as sent, the answer as the host would send it. */
export interface RichApiHost {
  execute(body: string, flags: number): Promise<HostAnswer>;
}

export type HostAnswer =
  { body: string; headers?: Record<string, string> } | { error: { code: number; message: string } };

/** The host state Office.context shows: requirement sets and the display language. */
export interface HostContext {
  requirements: { isSetSupported(name: string, version?: string): boolean };
  displayLanguage: string;
}

/** The requirement set a member needs, as the client declares it ("Range.group" → ExcelApi 1.10). */
export interface MemberRequirement {
  set: string;
  version: string;
}

export interface OfficeClient {
  /**
   * Every Excel member the client guards with a requirement set ("Range.group" → ExcelApi 1.10), read from its
   * `_throwIfApiNotSupported(…)` calls. The shipped client never runs that check itself (it turns it on with
   * `OfficeExtension.Utility._doApiNotSupportedCheck = true`, but the check reads CommonUtility's flag, which stays
   * false): an Excel without the set is what refuses the member, so the host side uses this table.
   */
  memberRequirements: ReadonlyMap<string, MemberRequirement>;
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  /** Where the client's requests go from now on (none: every request fails as a host would without a document). */
  setHost(host: RichApiHost | undefined): void;
  /**
   * Pushes a RichApi message to the client, as Excel pushes events (WorksheetCollection.onChanged …): `entries` of
   * `{ messageCategory: 65536, messageType: <event type>, targetId, message: <JSON of the event's arguments> }`, read
   * by the client's GenericEventRegistration. Returns how many listeners the client had registered.
   */
  pushMessage(entries: RichApiMessageEntry[]): number;
  setContext(context: HostContext): void;
}

export interface RichApiMessageEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
  isRemoteOverride?: boolean;
}

interface SafeArrayResult {
  status: "succeeded" | "failed";
  value?: { data: [number, string[], string] };
  error?: { code: number; message: string };
}

interface ClientGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  OSF: {
    _OfficeAppFactory?: { getContext(): HostContext | undefined };
    DDA: {
      RichApi: {
        executeRichApiRequestAsync(
          message: unknown[],
          callback: (r: SafeArrayResult) => void
        ): void;
        richApiMessageManager?: { register(handler: (args: unknown) => void): Promise<void> };
      };
    };
  };
}

const loaded = new Map<string, OfficeClient>();

function headerArray(headers: Record<string, string> | undefined): string[] {
  return Object.entries(headers ?? {}).flat();
}

/** The client's Excel section declares `var _defaultApiSetName = "ExcelApi"`; each guard names a set or that one. */
function requirementsIn(source: string): Map<string, MemberRequirement> {
  const out = new Map<string, MemberRequirement>();
  const excel = source.indexOf('var _defaultApiSetName = "ExcelApi";');
  if (excel < 0) throw new Error(`${CLIENT_FILE}: no ExcelApi section`);
  const next = source.indexOf("var _defaultApiSetName = ", excel + 1);
  const section = source.slice(excel, next < 0 ? undefined : next);
  const guard =
    /_throwIfApiNotSupported\("(\w+\.\w+)", (?:_defaultApiSetName|"(\w+)"), "([\d.]+)"/g;
  for (let m = guard.exec(section); m; m = guard.exec(section))
    out.set(m[1], { set: m[2] ?? "ExcelApi", version: m[3] });
  return out;
}

/** The client, loaded on first use (the debug build unless another file is named). */
export function loadOfficeClient(file = CLIENT_FILE): OfficeClient {
  const done = loaded.get(file);
  if (done) return done;
  const source = readFileSync(file, "utf8");
  const quiet = (): void => undefined;
  const sandbox: Record<string, unknown> = {
    // The client logs only when CoreUtility._logEnabled; warnings and errors still show.
    console: { log: quiet, info: quiet, debug: quiet, warn: console.warn, error: console.error },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    // Read while the library loads (MsAjax's trace, OSF's URL and storage checks); nothing is a page here.
    document: {
      getElementById: () => null,
      readyState: "complete",
      addEventListener: quiet,
      cookie: "",
    },
    navigator: { userAgent: "node" },
    location: {
      href: "https://localhost/",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
    },
  };
  sandbox.window = sandbox;
  const context = createContext(sandbox);
  runInContext(source, context, { filename: file });
  const g = context as unknown as ClientGlobals;
  if (!g.Excel?.run || !g.OSF?.DDA?.RichApi)
    throw new Error(`${file} did not define Excel.run and OSF.DDA.RichApi`);

  let host: RichApiHost | undefined;
  let hostContext: HostContext | undefined;
  g.OSF._OfficeAppFactory = { getContext: () => hostContext };
  g.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) => {
    const body = message[4];
    const flags = message[6];
    const answer: Promise<HostAnswer> =
      host && typeof body === "string"
        ? host.execute(body, typeof flags === "number" ? flags : 0)
        : Promise.resolve({ error: { code: 5001, message: "No host answers this client" } });
    void answer
      .catch((e: unknown): HostAnswer => ({
        error: { code: 5001, message: `The host failed: ${String(e)}` },
      }))
      .then((a) =>
        callback(
          "error" in a
            ? { status: "failed", error: a.error }
            : { status: "succeeded", value: { data: [200, headerArray(a.headers), a.body] } }
        )
      );
  };

  // Where Office hands the client the RichApi messages the host pushes (OfficeExt.RichApiMessageManager, which needs
  // the host's event dispatch): the listeners are kept here and called by pushMessage.
  const listeners: ((args: unknown) => void)[] = [];
  g.OSF.DDA.RichApi.richApiMessageManager = {
    register: (handler) => {
      listeners.push(handler);
      return Promise.resolve();
    },
  };

  const client: OfficeClient = {
    pushMessage: (entries) => {
      for (const l of listeners) l({ entries });
      return listeners.length;
    },
    // The minified build's guards are renamed: the debug build's table serves both.
    memberRequirements: requirementsIn(
      file === CLIENT_FILE ? source : readFileSync(CLIENT_FILE, "utf8")
    ),
    Excel: g.Excel,
    Office: g.Office,
    OfficeExtension: g.OfficeExtension,
    setHost: (h) => {
      host = h;
    },
    setContext: (c) => {
      hostContext = c;
    },
  };
  loaded.set(file, client);
  return client;
}
