/**
 * Opening files in the browser preview, for the end-to-end tests and the bench: through the toolbar's file input or
 * by dropping the file's bytes on the page, and waiting until the preview says it opened it (or why not).
 */
import { readFileSync } from "fs";
import { basename } from "path";
import type { Locator } from "playwright-core";
import type { PreviewPage } from "./previewPage";

/** Opens `file` with the "Open .xlsx" button's file input; resolves when the opened notice or the refusal shows. */
export async function openWithButton(p: PreviewPage, file: string): Promise<Locator> {
  await p.page.getByTestId("open-xlsx-input").setInputFiles(file);
  return settled(p);
}

/** Drops `file` on the page, as a planner drags it from the desktop. */
export async function openByDrop(p: PreviewPage, file: string): Promise<Locator> {
  const base64 = readFileSync(file).toString("base64");
  await p.page.evaluate(
    ({ name, data }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      const target = document.querySelector('[data-testid="workbook"]') ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true })
        );
    },
    { name: basename(file), data: base64 }
  );
  return settled(p);
}

/** The opened notice or the refusal, once either shows (after the progress bar is gone). */
async function settled(p: PreviewPage): Promise<Locator> {
  const either = p.page.getByTestId("open-notice").or(p.page.getByTestId("open-error"));
  await either.first().waitFor({ timeout: 60_000 });
  return either.first();
}
