// npm start / npm stop and the preview's build, checked without starting servers or Excel: where desktop Excel is
// looked for, when a browser is opened, how office-addin-debugging is called, the preview's webpack config, and the
// guard that keeps the formula engine (GPL-3.0) out of the add-in's bundles.
import { existsSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

interface DesktopExcel {
  excelCandidates(
    platform: string,
    env: Record<string, string | undefined>,
    home: string
  ): string[];
  findDesktopExcel(
    platform: string,
    env: Record<string, string | undefined>,
    exists: (file: string) => boolean,
    home: string
  ): string | undefined;
  platformName(platform: string): string;
}
interface OpenBrowser {
  openCommand(
    url: string,
    platform: string,
    env: Record<string, string | undefined>
  ): { command: string; args: string[] } | undefined;
}
interface Sideload {
  debuggingArgs(command: "start" | "stop", port?: number): string[];
  webSideloadHelp(): string;
}
interface PreviewServer {
  previewPort(env: Record<string, string | undefined>): number;
}
interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string; chunks?: string[] };
  apply?(compiler: unknown): void;
}
interface Config {
  name: string;
  entry: Record<string, string>;
  output: { path: string; filename: string };
  plugins: Plugin[];
  devServer: { port: number; server: string; devMiddleware?: { index?: string } };
}
interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<Config>;
  previewConfig(env: Record<string, unknown>, argv: { mode: string }): Config;
  FormulaEngineGuard: new () => Plugin & { apply(compiler: unknown): void };
  PREVIEW_PORT: number;
  PREVIEW_DIR: string;
}

const desktop = jest.requireActual<DesktopExcel>("../../scripts/desktopExcel.js");
const browser = jest.requireActual<OpenBrowser>("../../scripts/openBrowser.js");
const sideload = jest.requireActual<Sideload>("../../scripts/sideload.js");
const previewServer = jest.requireActual<PreviewServer>("../../scripts/previewServer.js");
const webpackConfig = jest.requireActual<WebpackConfigModule>("../../webpack.config.js");

describe("desktop Excel detection", () => {
  const none = () => false;

  test("Linux has no desktop Excel", () => {
    expect(desktop.excelCandidates("linux", {}, "/home/p")).toEqual([]);
    expect(desktop.findDesktopExcel("linux", {}, () => true, "/home/p")).toBeUndefined();
    expect(desktop.platformName("linux")).toBe("Linux");
  });

  test("Windows: Click-to-Run and MSI installs under Program Files", () => {
    const env = {
      ProgramFiles: "C:\\Program Files",
      "ProgramFiles(x86)": "C:\\Program Files (x86)",
    };
    const c2r = "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE";
    const msi32 = "C:\\Program Files (x86)\\Microsoft Office\\Office16\\EXCEL.EXE";
    expect(desktop.excelCandidates("win32", env, "C:\\Users\\p")).toEqual(
      expect.arrayContaining([c2r, msi32])
    );
    expect(desktop.findDesktopExcel("win32", env, (f) => f === msi32, "C:\\Users\\p")).toBe(msi32);
    expect(desktop.findDesktopExcel("win32", env, none, "C:\\Users\\p")).toBeUndefined();
  });

  test("macOS: /Applications or ~/Applications", () => {
    const mine = "/Users/p/Applications/Microsoft Excel.app";
    expect(desktop.findDesktopExcel("darwin", {}, (f) => f === mine, "/Users/p")).toBe(mine);
    expect(desktop.findDesktopExcel("darwin", {}, none, "/Users/p")).toBeUndefined();
  });
});

describe("opening the preview in a browser", () => {
  const url = "http://localhost:3001/preview.html";

  test("never in CI", () => {
    expect(browser.openCommand(url, "darwin", { CI: "true" })).toBeUndefined();
    expect(browser.openCommand(url, "win32", { CI: "1" })).toBeUndefined();
  });

  test("open on macOS, start on Windows", () => {
    expect(browser.openCommand(url, "darwin", {})).toEqual({ command: "open", args: [url] });
    expect(browser.openCommand(url, "win32", {})).toEqual({
      command: "cmd",
      args: ["/c", "start", '""', url],
    });
  });

  test("xdg-open on Linux only with a display and xdg-open installed", () => {
    expect(browser.openCommand(url, "linux", { PATH: "/usr/bin:/bin" })).toBeUndefined();
    expect(
      browser.openCommand(url, "linux", { DISPLAY: ":0", PATH: "/nonexistent" })
    ).toBeUndefined();
  });
});

describe("sideloading", () => {
  test("office-addin-debugging is fetched on demand, pinned to 7, with our dev server's port", () => {
    expect(sideload.debuggingArgs("start", 3000)).toEqual([
      "--yes",
      "office-addin-debugging@7",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      "3000",
    ]);
    expect(sideload.debuggingArgs("stop")).toEqual([
      "--yes",
      "office-addin-debugging@7",
      "stop",
      "manifest.xml",
      "desktop",
    ]);
  });

  test("the Excel on the web instructions name the upload command and our manifest", () => {
    const help = sideload.webSideloadHelp();
    expect(help).toContain("Insert → Add-ins → Upload My Add-in");
    expect(help).toContain(join(ROOT, "manifest.xml"));
  });
});

describe("the preview's build and server", () => {
  test("port 3001 unless PORT says otherwise", () => {
    expect(previewServer.previewPort({})).toBe(3001);
    expect(previewServer.previewPort({ PORT: "4123" })).toBe(4123);
    expect(previewServer.previewPort({ PORT: "not a port" })).toBe(3001);
  });

  test("preview.html with its own bundle, over plain http, into dist/preview", () => {
    const config = webpackConfig.previewConfig({ port: 3001 }, { mode: "production" });
    expect(config.name).toBe("preview");
    // The page, the worker that reads an opened .xlsx, the formula engine's worker and the plan worker, off the
    // page's thread (each started by its file name).
    expect(config.entry).toEqual({
      preview: "./src/preview/index.tsx",
      xlsxWorker: "./src/preview/open/xlsxWorker.ts",
      engineWorker: "./src/preview/engine/engineWorker.ts",
      planWorker: "./src/preview/plan/planWorker.ts",
    });
    expect(existsSync(join(ROOT, config.entry.xlsxWorker))).toBe(true);
    expect(existsSync(join(ROOT, config.entry.engineWorker))).toBe(true);
    expect(existsSync(join(ROOT, config.entry.planWorker))).toBe(true);
    expect(existsSync(join(ROOT, config.entry.preview))).toBe(true);
    expect(config.output.path).toBe(join(ROOT, "dist", "preview"));
    const html = config.plugins.find(
      (p) => p.constructor.name === "HtmlWebpackPlugin"
    )?.userOptions;
    expect(html).toMatchObject({ filename: "preview.html", chunks: ["preview"] });
    expect(existsSync(join(ROOT, html?.template ?? ""))).toBe(true);
    expect(config.devServer).toMatchObject({
      port: 3001,
      server: "http",
      devMiddleware: { index: "preview.html" },
    });
    expect(
      webpackConfig.previewConfig({ port: 4567 }, { mode: "development" }).devServer.port
    ).toBe(4567);
  });

  test("`webpack --env preview` builds the preview; the default builds the add-in, guarded", async () => {
    expect(
      (await webpackConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" })).name
    ).toBe("preview");
    const addin = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(addin.entry).sort()).toEqual(["functions", "taskpane"]);
    expect(addin.plugins.filter((p) => p.constructor.name === "FormulaEngineGuard")).toHaveLength(
      1
    );
  });

  test("the guard fails a build whose bundle contains HyperFormula or recharts, and passes one without", () => {
    const run = (resources: string[]): string[] => {
      let hook: ((compilation: unknown) => void) | undefined;
      new webpackConfig.FormulaEngineGuard().apply({
        hooks: { afterCompile: { tap: (_: string, fn: (c: unknown) => void) => (hook = fn) } },
      });
      const compilation = {
        modules: resources.map((resource) => ({ resource })),
        errors: [] as Error[],
      };
      hook?.(compilation);
      return compilation.errors.map((e) => e.message);
    };
    expect(
      run([join(ROOT, "src/taskpane/index.tsx"), join(ROOT, "node_modules/react/index.js")])
    ).toEqual([]);
    const errors = run([join(ROOT, "node_modules/hyperformula/es/index.mjs")]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^hyperformula \(GPL-3\.0\) must stay in the browser preview/);
    const chartErrors = run([
      join(ROOT, "src/taskpane/index.tsx"),
      join(ROOT, "node_modules/recharts/es6/index.js"),
    ]);
    expect(chartErrors).toHaveLength(1);
    expect(chartErrors[0]).toMatch(/^recharts \(.+\) must stay in the browser preview/);
  });
});
