/** Where the README's screenshots go, and the window they are taken in (screenshots, previewViews, previewTimeline). */
import { mkdirSync } from "fs";
import { join } from "path";
import type { Lang } from "../../src/core/schema/types";
import { ROOT } from "./previewServer";

export const DOCS = join(ROOT, "docs");

/** Big enough for the pane and several columns of the grid, small enough for the README. */
export const SCREENSHOT_VIEWPORT = { width: 1200, height: 760 };

/** docs/<name>.png (English) or docs/<name>.zh-CN.png; creates docs/ when missing. */
export function shotPath(name: string, lang: Lang): string {
  mkdirSync(DOCS, { recursive: true });
  return join(DOCS, lang === "en" ? `${name}.png` : `${name}.${lang}.png`);
}
