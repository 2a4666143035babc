/**
 * Worksheet change events for live validation (the pane debounces them and keeps the input sheets': useLiveValidation).
 *
 * - Our own writes are not the planner's edits. Excel raises onChanged for them too; from ExcelApi 1.14 the event says
 *   so (triggerSource "ThisLocalAddin") and is ignored. Without 1.14 a change is taken as ours while one of our writes
 *   runs and for OWN_WRITE_GRACE_MS after (Excel reports a batch's changes after it; a planner's edit in that second
 *   is missed there). When a write of input sheets ends, each listener hears once per sheet it wrote (ownWrite): one
 *   re-validation, not one per batch.
 * - A sheet's name is looked up by its id once, then kept: one Excel.run per sheet, not per edit. A rename clears what
 *   is kept (WorksheetCollection.onNameChanged where Office.js takes it; else the pane being shown again does).
 * - While the pane is hidden (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1: with a shared runtime closing
 *   the pane hides it, the runtime and its handlers live on) a change is only noted — no read of the workbook, nothing
 *   competing with PLAN recalculation on the one JavaScript thread. When the pane shows, each sheet changed meanwhile is
 *   reported once.
 */
import type { Unsubscribe } from "../core/port";
import { excelApi } from "./requirements";

export const OWN_WRITE_GRACE_MS = 1000;

interface Subscription {
  listener: (sheetName: string) => void;
  /** Worksheet ids changed while the pane was hidden. */
  missed: Set<string>;
}

const subscriptions = new Set<Subscription>();
/** Worksheet id → name. */
const names = new Map<string, string>();
let writing = 0;
let lastWriteEnd = -Infinity;
let visible = true;
/** The Office.addin whose visibility is followed, and the registration under way. */
let watched: { addin: unknown; ready: Promise<void> } | undefined;

function isOurs(e: Excel.WorksheetChangedEventArgs): boolean {
  const trigger = (e as { triggerSource?: string }).triggerSource;
  if (trigger === "ThisLocalAddin") return true;
  if (trigger !== undefined || excelApi("1.14")) return false;
  return writing > 0 || Date.now() - lastWriteEnd < OWN_WRITE_GRACE_MS;
}

async function nameOf(id: string): Promise<string | undefined> {
  const known = names.get(id);
  if (known !== undefined) return known;
  try {
    const name = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    names.set(id, name);
    return name;
  } catch {
    return undefined; // the sheet went away between the change and the look-up: nothing left to validate there
  }
}

async function report(sub: Subscription, ids: Iterable<string>): Promise<void> {
  for (const id of ids) {
    const name = await nameOf(id);
    if (name !== undefined && subscriptions.has(sub)) sub.listener(name);
  }
}

/** Follows the pane's visibility (once per runtime); no-op outside a shared runtime. */
function watchVisibility(): Promise<void> {
  const addin = typeof Office === "undefined" ? undefined : Office.addin;
  if (watched && watched.addin === addin) return watched.ready;
  visible = true;
  const ready = (async () => {
    if (!addin || typeof addin.onVisibilityModeChanged !== "function") return;
    try {
      await addin.onVisibilityModeChanged((message) => {
        visible = message.visibilityMode !== "Hidden";
        if (!visible) return;
        names.clear();
        for (const sub of subscriptions) {
          const ids = [...sub.missed];
          sub.missed.clear();
          void report(sub, ids);
        }
      });
    } catch {
      // No visibility events here: changes are reported as they come.
    }
  })();
  watched = { addin, ready };
  return ready;
}

export async function subscribeChanges(
  listener: (sheetName: string) => void
): Promise<Unsubscribe> {
  await watchVisibility();
  const sub: Subscription = { listener, missed: new Set() };
  subscriptions.add(sub);
  try {
    return await Excel.run(async (context) => {
      const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
        if (isOurs(e)) return;
        if (!visible) {
          sub.missed.add(e.worksheetId);
          return;
        }
        await report(sub, [e.worksheetId]);
      };
      const sheets = context.workbook.worksheets;
      const registrations = [sheets.onChanged.add(handler)];
      await context.sync();
      // Renames: WorksheetCollection.onNameChanged is ExcelApi 1.17 in Microsoft's reference but ExcelApiOnline 1.1 in
      // the client library's own check (@microsoft/office-js 1.1.110): where it is refused, names kept last until the
      // pane is shown again.
      if (excelApi("1.17"))
        try {
          registrations.push(
            sheets.onNameChanged.add(async () => {
              names.clear();
            })
          );
          await context.sync();
        } catch {
          registrations.length = 1;
        }
      return () => {
        subscriptions.delete(sub);
        void Excel.run(registrations[0].context, async (ctx) => {
          for (const r of registrations) r.remove();
          await ctx.sync();
        }).catch(() => undefined);
      };
    });
  } catch (e) {
    subscriptions.delete(sub);
    throw e;
  }
}

/**
 * Runs one of our writes: changes it makes are not reported as a planner's (see the header). `sheets` are the input
 * sheets it writes; when it ends — done or failed part-way — each listener hears once per sheet.
 */
export async function ownWrite<T>(
  work: () => Promise<T>,
  sheets: (result: T | undefined) => readonly string[] = () => []
): Promise<T> {
  writing++;
  let result: T | undefined;
  try {
    result = await work();
    return result;
  } finally {
    writing--;
    lastWriteEnd = Date.now();
    // (Only the pane writes, so the pane is shown.)
    const written = [...new Set(sheets(result))];
    for (const sub of subscriptions) for (const name of written) sub.listener(name);
  }
}

/** Forgets what this module keeps (a new workbook in tests: sheet ids start again). */
export function resetChangeTracking(): void {
  subscriptions.clear();
  names.clear();
  writing = 0;
  lastWriteEnd = -Infinity;
  visible = true;
  watched = undefined;
}
