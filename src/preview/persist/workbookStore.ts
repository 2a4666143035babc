/**
 * Workbooks kept in the browser (IndexedDB), so that closing the tab loses nothing: each kept workbook is its sheets
 * (as the MemoryWorkbook holds them, IndexedDB storing Maps and Sets as they are, or packed), names and settings, under an id, with
 * a summary (name, when it was saved, whether it has changes not downloaded) that lists it without loading it.
 */
import type { MemorySheet } from "../memoryWorkbook";
import type { PackedSheet } from "../open/packedSheets";

export interface KeptSummary {
  id: string;
  /** The file's name, or none for a workbook started in the preview. */
  name: string;
  /** ms since the epoch. */
  savedAt: number;
  notDownloaded: boolean;
}

export interface KeptWorkbook extends KeptSummary {
  /** As the page holds them, or packed (as the reading worker keeps a workbook it opened: ../open/packedSheets.ts). */
  sheets: (MemorySheet | PackedSheet)[];
  names: [string, string][];
  settings: [string, string][];
}

export interface WorkbookStore {
  /** The kept workbooks, the latest saved first. */
  list(): Promise<KeptSummary[]>;
  load(id: string): Promise<KeptWorkbook | undefined>;
  save(w: KeptWorkbook): Promise<void>;
  /** Marks a kept workbook downloaded (its summary only). */
  markDownloaded(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = "ops-planner-preview";
const SUMMARIES = "summaries";
const WORKBOOKS = "workbooks";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB_NAME, 1);
  r.onupgradeneeded = () => {
    r.result.createObjectStore(SUMMARIES, { keyPath: "id" });
    r.result.createObjectStore(WORKBOOKS, { keyPath: "id" });
  };
  return request(r);
}

const summaryOf = (w: KeptSummary): KeptSummary => ({
  id: w.id,
  name: w.name,
  savedAt: w.savedAt,
  notDownloaded: w.notDownloaded,
});

export function indexedDbStore(factory: IDBFactory = indexedDB): WorkbookStore {
  let db: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => (db ??= openDb(factory));
  return {
    async list() {
      const tx = (await database()).transaction(SUMMARIES, "readonly");
      const all = await request(tx.objectStore(SUMMARIES).getAll() as IDBRequest<KeptSummary[]>);
      return all.sort((a, b) => b.savedAt - a.savedAt);
    },
    async load(id) {
      const tx = (await database()).transaction(WORKBOOKS, "readonly");
      return request(tx.objectStore(WORKBOOKS).get(id) as IDBRequest<KeptWorkbook | undefined>);
    },
    async save(w) {
      const tx = (await database()).transaction([SUMMARIES, WORKBOOKS], "readwrite");
      tx.objectStore(WORKBOOKS).put(w);
      tx.objectStore(SUMMARIES).put(summaryOf(w));
      await done(tx);
    },
    async markDownloaded(id) {
      const tx = (await database()).transaction([SUMMARIES, WORKBOOKS], "readwrite");
      const store = tx.objectStore(SUMMARIES);
      const s = await request(store.get(id) as IDBRequest<KeptSummary | undefined>);
      if (s) store.put({ ...s, notDownloaded: false });
      await done(tx);
    },
    async remove(id) {
      const tx = (await database()).transaction([SUMMARIES, WORKBOOKS], "readwrite");
      tx.objectStore(SUMMARIES).delete(id);
      tx.objectStore(WORKBOOKS).delete(id);
      await done(tx);
    },
  };
}

/** A new kept workbook's id. */
export function newKeptId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
