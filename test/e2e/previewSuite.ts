/**
 * What every e2e file on the preview sets up: the preview built and served for the whole file, and a Chromium page
 * on it per describe block. Chromium is required up front: without it a file fails at its first line, with the one
 * line saying what to install.
 */
import type { Lang } from "../../src/core/schema/types";
import { chromiumPath, launchBrowser, type BrowserOptions, type BrowserSession } from "./browser";
import { PreviewPage } from "./previewPage";
import { startPreview, type PreviewServer } from "./previewServer";

export type PreviewUrl = Pick<PreviewServer, "url">;

/** Registers the file's beforeAll / afterAll: the preview is built (once, see buildOnce) and served, then closed. */
export function servePreviewForFile(): PreviewUrl {
  chromiumPath();
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    server = await startPreview((line) => process.stderr.write(`${line}\n`));
  }, 600_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    url(lang) {
      if (!server) throw new Error("the preview server has not started (its beforeAll failed)");
      return server.url(lang);
    },
  };
}

/** A fresh Chromium on the preview page, the pane started in `lang`. */
export async function openPreviewPage(
  server: PreviewUrl,
  lang: Lang,
  options: BrowserOptions = {}
): Promise<{ session: BrowserSession; p: PreviewPage }> {
  const session = await launchBrowser(options);
  const p = new PreviewPage(session.page, lang);
  await p.open(server.url(lang));
  return { session, p };
}
