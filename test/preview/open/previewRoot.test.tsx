/**
 * @jest-environment jsdom
 */
// Opening and keeping workbooks on the preview page, in jsdom: the toolbar's Open button reads a file (the reader
// replaced by one that hands back a prepared workbook, or fails as the worker does), the opened workbook replaces the
// page's, what it dropped is said in one line, a refused file leaves the workbook as it was, kept workbooks are
// offered back and can be discarded, and closing with changes not downloaded asks first.
import "@testing-library/jest-dom";
import "../../taskpane/jsdomLayout";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PreviewRoot } from "../../../src/preview/components/OpenWorkbook/PreviewRoot";
import { KEEP_DELAY_MS } from "../../../src/preview/components/OpenWorkbook/usePreviewRoot";
import { deserialize, serialize } from "v8";
import type { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../../src/preview/newWorkbook";
import { noDroppedContent } from "../../../src/preview/open/droppedContent";
import type { OpenedWorkbook } from "../../../src/preview/open/openedWorkbook";
import { OpenError } from "../../../src/preview/open/openProblem";
import { isPackedSheet, revivedSheets } from "../../../src/preview/open/packedSheets";
import type { ReadBytes } from "../../../src/preview/open/readInWorker";
import { blankMemorySheet } from "../../../src/preview/open/readWorksheet";
import type { KeptWorkbook, WorkbookStore } from "../../../src/preview/persist/workbookStore";
import { previewTexts } from "../../../src/preview/texts";
import "../../taskpane/lazyModules";

jest.setTimeout(120_000);
// The machine is shared and slow: the page renders the whole task pane.
configure({ asyncUtilTimeout: 20_000 });
const en = previewTexts.en;

const clone = <T,>(v: T): T => deserialize(serialize(v)) as T;

/**
 * Kept workbooks in memory; refuses an unknown id as IndexedDB answers it (undefined), keeps a structured clone as
 * IndexedDB does (v8's serializer: Maps and Sets kept, classes not), and carries out its calls one after another in
 * the order they were made, as IndexedDB commits read-write transactions on the same stores.
 */
function memoryStore(
  initial: KeptWorkbook[] = []
): WorkbookStore & { records: Map<string, KeptWorkbook> } {
  const records = new Map(initial.map((w) => [w.id, clone(w)]));
  let tail: Promise<unknown> = Promise.resolve();
  const inOrder = <T,>(f: () => T): Promise<T> => {
    const done = tail.then(f);
    tail = done.catch(() => undefined);
    return done;
  };
  return {
    records,
    list: () =>
      inOrder(() =>
        [...records.values()]
          .map(({ id, name, savedAt, notDownloaded }) => ({ id, name, savedAt, notDownloaded }))
          .sort((a, b) => b.savedAt - a.savedAt)
      ),
    load: (id) =>
      inOrder(() => {
        const r = records.get(id);
        return r && clone(r);
      }),
    save: (w) => inOrder(() => void records.set(w.id, clone(w))),
    markDownloaded: (id) =>
      inOrder(() => {
        const w = records.get(id);
        if (w) records.set(id, { ...w, notDownloaded: false });
      }),
    remove: (id) => inOrder(() => void records.delete(id)),
  };
}

function plan(): OpenedWorkbook {
  const s = blankMemorySheet("Promotions");
  s.setCellAt(1, 1, { value: "SKU" });
  s.setCellAt(2, 1, { value: "A-1" });
  s.setCellAt(2, 2, { value: 4 });
  s.setCellAt(2, 3, { value: null, formula: "B2*2" });
  s.setCellAt(2, 4, { value: 77, formula: "SUM(Promos[Qty])" });
  const dropped = { ...noDroppedContent(), pivotTables: 2, macros: true };
  return { sheets: [s, blankMemorySheet("Notes")], names: [], dropped };
}

const xlsx = (name = "plan.xlsx"): File =>
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], name);

function renderRoot(
  read: ReadBytes,
  store = memoryStore(),
  download: jest.Mock = jest.fn(async () => undefined)
) {
  const initial = newPreviewWorkbook("en");
  render(
    <PreviewRoot initial={initial} language="en" read={read} store={store} download={download} />
  );
  return { initial, store, download };
}

const pageWorkbook = (): MemoryWorkbook =>
  (window as unknown as { opsPlannerWorkbook: MemoryWorkbook }).opsPlannerWorkbook;

async function choose(file: File): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByTestId("open-xlsx-input"), { target: { files: [file] } });
  });
}

// jsdom's Blob has no arrayBuffer(): the page's File has.
beforeAll(() => {
  if (!Blob.prototype.arrayBuffer)
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.readAsArrayBuffer(this);
      });
    };
});

describe("opening a workbook", () => {
  test("replaces the page's workbook, computes its formulas, keeps what it cannot compute, says what it drops", async () => {
    const read = jest.fn<ReturnType<ReadBytes>, Parameters<ReadBytes>>(async (_b, progress) => {
      progress(0.5);
      return clone(plan()); // as the worker's reply arrives: a structured clone
    });
    const { initial, store } = renderRoot(read);
    expect(screen.getByTestId("open-xlsx")).toHaveTextContent(en.open);
    await choose(xlsx());
    const notice = await screen.findByTestId("open-notice");
    expect(notice).toHaveTextContent("Opened plan.xlsx.");
    expect(notice).toHaveTextContent("pivot tables (2), macros");
    const wb = pageWorkbook();
    expect(wb).not.toBe(initial);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Promotions", "Notes"]);
    expect(wb.cell("Promotions", "C2")?.value).toBe(8);
    expect(wb.cell("Promotions", "D2")).toMatchObject({ value: 77, notRecomputed: true });
    expect(screen.getByTestId("sheet-tab-Promotions")).toBeInTheDocument();
    await waitFor(() => expect(store.records.size).toBe(1));
  });

  test("a refused file leaves the workbook as it was, with one message", async () => {
    const read = jest.fn<ReturnType<ReadBytes>, Parameters<ReadBytes>>();
    const { initial } = renderRoot(read);
    await choose(new File(["SKU,Price\n"], "plan.csv"));
    const bar = await screen.findByTestId("open-error");
    expect(bar).toHaveTextContent(
      `plan.csv was not opened, your workbook is unchanged: ${en.problemNotWorkbook}`
    );
    expect(read).not.toHaveBeenCalled();
    expect(pageWorkbook()).toBe(initial);

    read.mockRejectedValueOnce(new OpenError("damaged", "xl/worksheets/sheet1.xml: checksum"));
    await choose(xlsx("broken.xlsx"));
    await waitFor(() =>
      expect(screen.getByTestId("open-error")).toHaveTextContent(
        "broken.xlsx was not opened, your workbook is unchanged: the file is damaged (xl/worksheets/sheet1.xml: checksum)."
      )
    );
    expect(pageWorkbook()).toBe(initial);
  });
});

describe("keeping workbooks", () => {
  const keptPlan = (id: string, name: string, savedAt: number): KeptWorkbook => {
    const s = blankMemorySheet("Promotions");
    s.setCellAt(1, 1, { value: `kept ${name}` });
    return { id, name, savedAt, notDownloaded: true, sheets: [s], names: [], settings: [] };
  };

  test("offers kept workbooks back; one can be opened, another discarded", async () => {
    const store = memoryStore([keptPlan("a", "a.xlsx", 1), keptPlan("b", "b.xlsx", 2)]);
    renderRoot(jest.fn(), store);
    const list = await screen.findByTestId("kept-workbooks");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([expect.stringContaining("b.xlsx"), expect.stringContaining("a.xlsx")]);
    expect(list).toHaveTextContent(en.keptNotDownloaded);
    await act(async () => {
      fireEvent.click(within(list).getByRole("button", { name: "Discard a.xlsx" }));
    });
    expect(store.records.has("a")).toBe(false);
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    await act(async () => {
      fireEvent.click(within(list).getByRole("button", { name: "Open b.xlsx" }));
    });
    await waitFor(() => expect(pageWorkbook().cell("Promotions", "A1")?.value).toBe("kept b.xlsx"));
  });

  test("keeps an edit, and asks before the tab closes until the workbook is downloaded", async () => {
    const { initial, store, download } = renderRoot(jest.fn());
    const unload = () => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(unload()).toBe(false);
    act(() => initial.setCell("Sheet1", "B2", "typed"));
    expect(unload()).toBe(true);
    await waitFor(() => expect(store.records.size).toBe(1));
    const [kept] = store.records.values();
    // Kept packed (typed arrays and one string of texts), not as a million cell objects.
    expect(isPackedSheet(kept.sheets[0])).toBe(true);
    const [sheet1] = await revivedSheets(kept.sheets);
    expect(sheet1.cellAt(2, 2)?.value).toBe("typed");
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-xlsx"));
    });
    expect(download).toHaveBeenCalledWith(initial, "en", "ops-planner.xlsx");
    await waitFor(() => expect(unload()).toBe(false));
    await waitFor(() => expect(store.records.get(kept.id)?.notDownloaded).toBe(false));
  });

  test("a download while the keep after an edit has yet to pack leaves the kept copy downloaded", async () => {
    // The file's own keep (the reading worker's) is still going: the edit's keep waits for it before it packs.
    let readerKept: () => void = () => undefined;
    const read = jest.fn<ReturnType<ReadBytes>, Parameters<ReadBytes>>(async () => ({
      ...clone(plan()),
      kept: new Promise<void>((resolve) => (readerKept = resolve)),
    }));
    const { store } = renderRoot(read);
    await choose(xlsx());
    await screen.findByTestId("open-notice");
    act(() => pageWorkbook().setCell("Promotions", "B2", 5));
    // The edit's keep has begun (KEEP_DELAY_MS after it) and waits.
    await act(() => new Promise((resolve) => setTimeout(resolve, KEEP_DELAY_MS + 300)));
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-xlsx"));
    });
    await act(async () => readerKept());
    await waitFor(() => expect([...store.records.values()][0]?.notDownloaded).toBe(false));
    // Every keep done, the copy kept is the edited workbook, downloaded.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const [kept] = store.records.values();
    expect(kept.notDownloaded).toBe(false);
    const [promotions] = await revivedSheets(kept.sheets);
    expect(promotions.cellAt(2, 2)?.value).toBe(5);
  });

  test("a download while the edit's keep is saving waits for that save: the workbook is not packed and saved again", async () => {
    const store = memoryStore();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const save = store.save;
    const saves = jest.fn(async (w: KeptWorkbook) => {
      await held;
      return save(w);
    });
    store.save = saves;
    const { initial, download } = renderRoot(jest.fn(), store);
    act(() => initial.setCell("Sheet1", "B2", "typed"));
    // The edit's keep has packed and handed its copy to the store, which has yet to finish.
    await waitFor(() => expect(saves).toHaveBeenCalledTimes(1));
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-xlsx"));
    });
    await act(async () => release());
    await waitFor(() => expect(download).toHaveBeenCalled());
    await waitFor(() => expect([...store.records.values()][0]?.notDownloaded).toBe(false));
    expect(saves).toHaveBeenCalledTimes(1);
    const [sheet1] = await revivedSheets([...store.records.values()][0].sheets);
    expect(sheet1.cellAt(2, 2)?.value).toBe("typed");
    // A save that fails while the download waits for it: the download's keep is made after all, before the mark.
    let fail: () => void = () => undefined;
    saves.mockImplementationOnce(
      () => new Promise<void>((_, reject) => (fail = () => reject(new Error("QuotaExceededError"))))
    );
    act(() => initial.setCell("Sheet1", "B3", "again"));
    await waitFor(() => expect(saves).toHaveBeenCalledTimes(2));
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-xlsx"));
    });
    await act(async () => fail());
    await waitFor(() => expect(saves).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    await waitFor(() => expect([...store.records.values()][0]?.notDownloaded).toBe(false));
    const [again] = await revivedSheets([...store.records.values()][0].sheets);
    expect(again.cellAt(3, 2)?.value).toBe("again");
  });

  test("an edit made while the file is being built leaves the workbook not downloaded", async () => {
    const building = jest.fn(async (wb: MemoryWorkbook) => {
      wb.setCell("Sheet1", "B3", "typed while building"); // not in the file being built
    });
    const { initial, store } = renderRoot(jest.fn(), memoryStore(), building);
    const unload = () => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    act(() => initial.setCell("Sheet1", "B2", "typed"));
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-xlsx"));
    });
    expect(building).toHaveBeenCalled();
    await waitFor(() => expect(store.records.size).toBe(1));
    await waitFor(() => expect([...store.records.values()][0].sheets).toBeDefined());
    expect(unload()).toBe(true);
    expect([...store.records.values()][0].notDownloaded).toBe(true);
  });
});
