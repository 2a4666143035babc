/**
 * The state of the preview page around the workbook: which workbook is open (the blank one it starts with, a file
 * the planner opened, or one kept in the browser), opening a file (read in the worker, with progress), what it
 * dropped or why it was refused, keeping the workbook in IndexedDB as it changes, the kept workbooks offered back,
 * and the question before closing a tab with changes not downloaded.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../../../core/schema/types";
import type { Calculator, MemoryWorkbook } from "../../memoryWorkbook";
import type { DroppedContent } from "../../open/droppedContent";
import { openXlsxFile } from "../../open/openFile";
import { OpenError, type OpenProblem } from "../../open/openProblem";
import type { ReadBytes } from "../../open/readInWorker";
import {
  packSheet,
  packSheetInSlices,
  revivedSheets,
  type PackedSheet,
} from "../../open/packedSheets";
import { toMemoryWorkbook } from "../../open/toMemoryWorkbook";
import { newKeptId, type KeptSummary, type WorkbookStore } from "../../persist/workbookStore";
import { backgroundTask, Slicer, SLICE_MS } from "../../slices";
import { downloadXlsx, XLSX_FILE_NAME } from "../../xlsxDownload";

export interface PreviewRootOptions {
  initial: MemoryWorkbook;
  /** The display language workbooks are made in (the pane's). */
  language: string | undefined;
  read: ReadBytes;
  store: WorkbookStore;
  /** Saves the workbook as .xlsx under a file name (tests replace the browser download). */
  download?: (wb: MemoryWorkbook, lang: Lang, fileName: string) => Promise<void>;
  /** The grid's note on a formula kept with its saved value (in the page's language when the file opened). */
  notRecomputedNote: string;
  /** The calculator of a workbook opened (the page: the engine worker's); else the engine on this thread. */
  engine?: () => Calculator;
}

export interface CurrentWorkbook {
  workbook: MemoryWorkbook;
  id: string;
  /** The file's name; "" for the workbook the preview started with. */
  name: string;
  /** Settles when the reading worker has kept the workbook it read: a later keep of the page's must not be overtaken. */
  keptByReader?: Promise<void>;
}

export type OpenPhase =
  | { kind: "idle" }
  | { kind: "reading"; file: string; share: number }
  | { kind: "computing"; file: string };

export interface OpenFailure {
  file: string;
  problem: OpenProblem;
  detail: string;
  size: number;
}

/** Changes are kept this long after the last one (a burst of edits is one write). */
export const KEEP_DELAY_MS = 800;

/** Cells packed per background task when the page keeps its workbook. */
const KEEP_CHUNK_CELLS = 20_000;
/** Sliced keeps given up in a row (a change came while they packed) before the next packs at once. */
const MAX_DROPPED_KEEPS = 3;

const nextFrame = (): Promise<void> => new Promise((r) => setTimeout(r, 30));

export function usePreviewRoot(o: PreviewRootOptions) {
  const { store, read, language } = o;
  const [current, setCurrent] = useState<CurrentWorkbook>(() => ({
    workbook: o.initial,
    id: newKeptId(),
    name: "",
  }));
  const [phase, setPhase] = useState<OpenPhase>({ kind: "idle" });
  const [failure, setFailure] = useState<OpenFailure>();
  const [opened, setOpened] = useState<{ file: string; dropped: DroppedContent }>();
  const [kept, setKept] = useState<KeptSummary[]>([]);
  const [offerKept, setOfferKept] = useState(true);
  const [notDownloaded, setNotDownloaded] = useState(false);
  const [keepError, setKeepError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  /** Writes the pending change now (before another workbook replaces this one, or the page goes away). */
  const flush = useRef<() => Promise<void>>(() => Promise.resolve());

  const refresh = useCallback(async () => {
    try {
      setKept(await store.list());
    } catch (e) {
      setKeepError(e instanceof Error ? e.message : String(e));
    }
  }, [store]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A workbook replaced by another ends its engine (a worker each).
  useEffect(() => () => current.workbook.dispose(), [current]);

  // For the browser's console and end-to-end tests: the workbook behind the page.
  useEffect(() => {
    (window as unknown as { opsPlannerWorkbook: MemoryWorkbook }).opsPlannerWorkbook =
      current.workbook;
  }, [current]);

  // Keep the workbook as it changes.
  useEffect(() => {
    const { workbook, id, name, keptByReader } = current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Changes so far (onModify), and the count the last keep saved: the workbook as opened is kept already. */
    let modified = 0;
    let keptAt = 0;
    /** Each keep takes a number; a keep packing in slices gives up once a later one has begun. */
    let generation = 0;
    /** The keep under way. */
    let running: Promise<void> = Promise.resolve();
    /** Sliced keeps an edit cut short in a row: a workbook edited faster than it packs is then packed at once. */
    let dropped = 0;
    /** The workbook was replaced (or the page left): no keep is scheduled any more. */
    let ended = false;
    /**
     * The count of changes in the copy a save has handed to IndexedDB, until that save ends (-1: no save under way).
     * A keep of that same state waits for it (`running`: the keep that handed it, as a later keep of that state returns
     * early and an earlier one gave up to it) rather than pack the workbook again — a download or a page hide right
     * after an edit's keep began to save.
     */
    let savingAt = -1;
    const later = () => {
      if (ended) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void keep(true), KEEP_DELAY_MS);
    };
    /**
     * `sliced`: the sheets packed a chunk a background task (the keep after a change), else at once (before the page
     * goes, the workbook is replaced or downloaded): packed and handed to IndexedDB in the same task, which matters
     * when the page is going (no later task runs), and IndexedDB commits it after any save still in flight (its
     * read-write transactions commit in the order they were made). Packed, IndexedDB copies a few arrays and strings;
     * the cells as objects were a task of seconds on a big plan. A sliced pack stops as soon as a later keep begins or
     * an edit comes; one that a bulk write changed midway (a bulk write changes cells slice by slice and tells
     * onModify at its end) is packed again later.
     */
    const keep = (sliced = false): Promise<void> => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (keptAt === modified) return running;
      // That save failing, this keep is made after all.
      if (savingAt === modified)
        return running.then(() => (keptAt < modified ? keep(sliced) : undefined));
      const own = ++generation;
      const at = modified;
      const atOnce = !sliced || dropped >= MAX_DROPPED_KEEPS;
      const superseded = () => own !== generation;
      const attempt = (async () => {
        const content = workbook.contentChanges;
        try {
          await keptByReader?.catch(() => undefined); // its failure is reported where the file is opened
          if (superseded()) return;
          let sheets: PackedSheet[];
          if (!atOnce) {
            const slicer = new Slicer(undefined, SLICE_MS, backgroundTask);
            const stop = () => superseded() || modified !== at;
            sheets = [];
            for (const s of workbook.sheets) {
              const packed = await packSheetInSlices(s, slicer, KEEP_CHUNK_CELLS, stop);
              if (!packed || stop()) {
                if (modified !== at) dropped++;
                return;
              }
              sheets.push(packed);
            }
            if (workbook.contentChanges !== content) return later();
          } else sheets = workbook.sheets.map((s) => packSheet(s));
          dropped = 0;
          savingAt = at;
          try {
            await store.save({
              id,
              name,
              savedAt: Date.now(),
              notDownloaded: true,
              sheets,
              names: [...workbook.names],
              settings: [...workbook.settings],
            });
          } finally {
            if (savingAt === at) savingAt = -1;
          }
          keptAt = Math.max(keptAt, at);
          setKeepError(undefined);
          await refresh();
        } catch (e) {
          if (superseded() || modified !== at) return;
          // a sheet changed while it was packed: kept again after the change
          if (workbook.contentChanges !== content) return later();
          setKeepError(e instanceof Error ? e.message : String(e));
        }
      })();
      running = attempt;
      return attempt;
    };
    flush.current = keep;
    const unsubscribe = workbook.onModify(() => {
      modified++;
      setNotDownloaded(true);
      later();
    });
    const onHide = () => void keep();
    window.addEventListener("pagehide", onHide);
    return () => {
      void keep();
      ended = true;
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
    };
  }, [current, store, refresh]);

  // Closing the tab with changes not downloaded asks first.
  useEffect(() => {
    if (!notDownloaded) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [notDownloaded]);

  const busy = phase.kind !== "idle";

  const openFile = useCallback(
    async (file: File) => {
      if (busy) return;
      setFailure(undefined);
      setOpened(undefined);
      setPhase({ kind: "reading", file: file.name, share: 0 });
      try {
        const id = newKeptId();
        const book = await openXlsxFile(
          file,
          read,
          (share) => setPhase((p) => (p.kind === "reading" ? { ...p, share } : p)),
          {
            keep: { id, name: file.name },
            note: o.notRecomputedNote,
          }
        );
        setPhase({ kind: "computing", file: file.name });
        await nextFrame(); // the progress bar says so before the engine takes the thread
        const workbook = toMemoryWorkbook(book, language, o.notRecomputedNote, o.engine?.());
        await flush.current();
        setCurrent({ workbook, id, name: file.name, keptByReader: book.kept });
        setNotDownloaded(false);
        setOpened({ file: file.name, dropped: book.dropped });
        setOfferKept(false);
        const keepError = (e: unknown) => setKeepError(e instanceof Error ? e.message : String(e));
        // The reading worker keeps what it read (the page never serialises the whole workbook into IndexedDB).
        if (book.kept) void book.kept.then(refresh, keepError);
        else
          await store
            .save({
              id,
              name: file.name,
              savedAt: Date.now(),
              notDownloaded: false,
              sheets: workbook.sheets,
              names: [...workbook.names],
              settings: [...workbook.settings],
            })
            .then(refresh)
            .catch((e: unknown) => setKeepError(e instanceof Error ? e.message : String(e)));
      } catch (e) {
        const err = e instanceof OpenError ? e : new OpenError("unreadable", String(e));
        setFailure({ file: file.name, problem: err.problem, detail: err.detail, size: file.size });
      } finally {
        setPhase({ kind: "idle" });
      }
    },
    [busy, read, language, o.notRecomputedNote, o.engine, store, refresh]
  );

  const openKept = useCallback(
    async (id: string) => {
      const record = await store.load(id);
      if (!record) return refresh();
      await flush.current();
      const sheets = await revivedSheets(record.sheets);
      const workbook = toMemoryWorkbook(
        { ...record, sheets },
        language,
        o.notRecomputedNote,
        o.engine?.()
      );
      setCurrent({ workbook, id: record.id, name: record.name });
      setNotDownloaded(kept.find((k) => k.id === id)?.notDownloaded ?? record.notDownloaded);
      setOpened(undefined);
      setFailure(undefined);
      setOfferKept(false);
    },
    [store, language, o.notRecomputedNote, o.engine, kept, refresh]
  );

  const discard = useCallback(
    async (id: string) => {
      await store.remove(id);
      await refresh();
    },
    [store, refresh]
  );

  const download = useCallback(
    async (wb: MemoryWorkbook, lang: Lang) => {
      const content = wb.contentChanges;
      await (o.download ?? downloadXlsx)(wb, lang, current.name || XLSX_FILE_NAME);
      // An edit made while the file was being built is not in it: the workbook stays not downloaded.
      if (wb.contentChanges !== content) return;
      setNotDownloaded(false);
      // A keep still pending from an edit just before would mark it not downloaded again: keep it first.
      await flush.current();
      await store.markDownloaded(current.id).then(refresh);
    },
    [o.download, current, store, refresh]
  );

  const hasFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes("Files");
  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) void openFile(file);
    },
  };

  return {
    current,
    phase,
    busy,
    failure,
    dismissFailure: () => setFailure(undefined),
    opened,
    dismissOpened: () => setOpened(undefined),
    kept: offerKept ? kept.filter((k) => k.id !== current.id) : [],
    dismissKept: () => setOfferKept(false),
    notDownloaded,
    keepError,
    dragging,
    dropHandlers,
    openFile,
    openKept,
    discard,
    download,
  };
}

export type PreviewRootState = ReturnType<typeof usePreviewRoot>;
