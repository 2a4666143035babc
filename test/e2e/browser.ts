/**
 * Debian's Chromium driven by playwright-core, for the end-to-end tests and the bench. `npx playwright install`
 * cannot work here (no network), so the browser is the system one: CHROME_PATH, else /usr/lib/chromium/chromium (the
 * real binary, without the wrapper's warning), else chromium on PATH or /usr/bin/chromium.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { requireProgram } from "./requirements";

/** The flags environment.md found to work here: no sandbox (root in a container), no GPU, no calls home. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium binary, or an Error whose whole report is one line naming the package to install (no stack: jest
 * prints a thrown error's stack under "Test suite failed to run").
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return requireProgram("chromium", "chromium", env);
  } catch (e) {
    const error = new Error(e instanceof Error ? e.message : String(e));
    error.stack = error.message;
    throw error;
  }
}

export interface BrowserOptions {
  /** The window's size in CSS pixels. */
  viewport?: { width: number; height: number };
  /** navigator.language and Accept-Language. */
  locale?: string;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and failed requests seen so far, one line each. */
  problems: string[];
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** The preview's default window: the 320 px task pane beside a workbook wide enough for a few columns. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * Starts Chromium with a fresh profile (--user-data-dir in a new temporary directory, removed on close) and opens
 * one page, whose page errors, console errors and failed requests are collected in `problems`.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), "ops-planner-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      deviceScaleFactor: 1,
      locale: options.locale ?? "en-US",
      acceptDownloads: true,
      timeout: 60_000,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => {
    // A download's navigation is reported as aborted; it is no failure.
    const failure = request.failure()?.errorText ?? "";
    if (!/ERR_ABORTED/.test(failure)) problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
