/**
 * The browser preview for the end-to-end tests and the bench: built once with the project's own webpack config
 * (`webpack --mode production --env preview`, the shipped-size bundle) and served as static files on a free
 * localhost port.
 *
 * A production build takes about 45 s, so it is cached under node_modules/.cache/ops-planner-e2e, keyed by a hash
 * of everything that goes into it (src/, assets/, the webpack and TypeScript configs, the lockfile): the test files
 * and the bench share one build, and a changed source file makes a new one. Parallel jest workers wait on a lock
 * directory instead of building twice. The server is an http.Server inside the test process: it closes with
 * `close()`, and it is unref'd, so a forgotten one never keeps the process alive.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { dirname, extname, join, relative, resolve, sep } from "path";

/** The repository root (this file also runs compiled, from dist/bench/test/e2e). */
function findRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ROOT = findRoot();
const CACHE = join(ROOT, "node_modules", ".cache", "ops-planner-e2e");

/** What is built: the preview page (preview.html), or the add-in (taskpane.html, taskpane.js, functions.js). */
export type BuildTarget = "preview" | "addin";

const WEBPACK_ARGS: Record<BuildTarget, string[]> = {
  preview: ["--mode", "production", "--env", "preview"],
  addin: ["--mode", "production"],
};

/** The inputs of a build: every file under these folders, and these files. */
const INPUT_DIRS = ["src", "assets"];
const INPUT_FILES = [
  "webpack.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "manifest.xml",
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    });
}

/** A short hash of the build's inputs (names and contents). */
export function inputHash(target: BuildTarget): string {
  const hash = createHash("sha256").update(WEBPACK_ARGS[target].join(" "));
  const files = [
    ...INPUT_DIRS.flatMap((d) => filesUnder(join(ROOT, d))),
    ...INPUT_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
  ];
  for (const file of files) {
    hash.update(relative(ROOT, file).split(sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs the project's webpack CLI; rejects with the end of its output when it fails. */
function runWebpack(target: BuildTarget, outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, ...WEBPACK_ARGS[target], "--output-path", outDir];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    let output = "";
    const keep = (d: Buffer) => {
      output = (output + d.toString("utf8")).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(`webpack ${WEBPACK_ARGS[target].join(" ")} failed (exit ${code}):\n${output}`)
        );
    });
  });
}

/**
 * Removes builds of the same target for other sources once they are an hour old (a test run started before the
 * sources changed may still be serving a younger one) and nobody is building them.
 */
function pruneOlder(target: BuildTarget, keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith(`${target}-`) || name === keep || name.endsWith(".lock")) continue;
    const dir = join(CACHE, name);
    if (existsSync(`${dir}.lock`) || statSync(dir).mtimeMs > hourAgo) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}

const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * The directory holding a production build of `target` for the current sources: the cached one, or a new one
 * (`log` hears when a build starts and how long it took).
 */
export async function buildOnce(
  target: BuildTarget,
  log: (line: string) => void = () => undefined
): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const name = `${target}-${inputHash(target)}`;
  const dir = join(CACHE, name);
  const done = join(dir, ".complete");
  const lock = `${dir}.lock`;
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (existsSync(done)) return dir;
    try {
      mkdirSync(lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      // Another process is building it: wait, unless it died holding the lock.
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, "pid"), "utf8"));
      } catch {
        // Just created, pid not written yet.
      }
      const stale =
        (Number.isInteger(owner) && !isAlive(owner)) ||
        (!Number.isInteger(owner) && Date.now() - statSync(lock).mtimeMs > 30_000);
      if (stale) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`timed out waiting for the ${target} build (${lock})`);
      else await sleep(500);
      continue;
    }
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      if (existsSync(done)) return dir;
      rmSync(dir, { recursive: true, force: true });
      const started = Date.now();
      log(`building the ${target} (webpack --mode production) into ${relative(ROOT, dir)}…`);
      await runWebpack(target, dir);
      writeFileSync(done, new Date().toISOString());
      log(`built the ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      pruneOlder(target, name);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the files of `dir` (GET and HEAD; `/` is `index`) on a free port of 127.0.0.1. */
export function serveStatic(dir: string, index = "preview.html"): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${pathname === "/" ? `/${index}` : pathname}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.unref();
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface PreviewServer extends StaticServer {
  /** The preview page's URL, starting the pane in `lang` when given. */
  url(lang?: "en" | "zh-CN"): string;
  /** The build served. */
  dir: string;
}

/**
 * Builds the preview (once, see buildOnce) and serves it on a free localhost port; OPS_PLANNER_PREVIEW_DIR serves a
 * build made before instead (a bench comparing two builds, A/B, in the same period).
 */
export async function startPreview(log?: (line: string) => void): Promise<PreviewServer> {
  const earlier = process.env.OPS_PLANNER_PREVIEW_DIR;
  // Said aloud: left set, it would have every e2e test run against that older build.
  if (earlier)
    (log ?? console.warn)(
      `serving the preview built before in ${earlier} (OPS_PLANNER_PREVIEW_DIR)`
    );
  const dir = earlier || (await buildOnce("preview", log));
  const server = await serveStatic(dir, "preview.html");
  return {
    ...server,
    dir,
    url: (lang) =>
      `${server.origin}/preview.html${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`,
  };
}
