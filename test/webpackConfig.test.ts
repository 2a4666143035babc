// The build must emit what manifest.xml points at: taskpane.html loading both bundles (the shared
// runtime), functions.js and functions.json. Checked on the config, without running webpack.
import { existsSync, readFileSync } from "fs";
import { join } from "path";

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string; chunks?: string[] };
  options?: { input?: string; output?: string };
  patterns?: { from: string; to: string }[];
}
interface Config {
  entry: Record<string, string>;
  output: { filename: string; path: string; clean: { keep: (file: string) => boolean } };
  plugins: Plugin[];
  devServer: { port: number; headers: Record<string, string> };
}

const ROOT = join(__dirname, "..");
const makeConfig =
  jest.requireActual<(env: Record<string, boolean>, argv: { mode: string }) => Promise<Config>>(
    "../webpack.config.js"
  );

function plugin(config: Config, name: string): Plugin {
  const found = config.plugins.filter((p) => p.constructor.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

function manifestUrls(): string[] {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return [...xml.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/g)].map((m) => m[1]);
}

describe("webpack.config.js", () => {
  let config: Config;
  beforeAll(async () => {
    config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  });

  it("builds the functions and task pane bundles from existing sources", () => {
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "taskpane"]);
    for (const source of Object.values(config.entry))
      expect(existsSync(join(ROOT, source))).toBe(true);
    expect(config.output.filename).toBe("[name].js");
    expect(config.output.path).toBe(join(ROOT, "dist"));
  });

  it("loads both bundles in taskpane.html: one shared runtime", () => {
    const html = plugin(config, "HtmlWebpackPlugin").userOptions;
    expect(html?.filename).toBe("taskpane.html");
    expect(html?.chunks).toEqual(["functions", "taskpane"]);
    expect(readFileSync(join(ROOT, html?.template ?? ""), "utf8")).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
  });

  it("generates functions.json from the functions source", () => {
    const metadata = plugin(config, "CustomFunctionsMetadataPlugin").options;
    expect(metadata).toEqual({ input: config.entry.functions, output: "functions.json" });
  });

  it("emits every file the manifest points at", () => {
    const emitted = new Set([
      ...Object.keys(config.entry).map((name) => config.output.filename.replace("[name]", name)),
      plugin(config, "HtmlWebpackPlugin").userOptions?.filename,
      plugin(config, "CustomFunctionsMetadataPlugin").options?.output,
      ...(plugin(config, "CopyPlugin").patterns ?? []).map((p) => p.to),
    ]);
    const pages = manifestUrls().filter((url) => !url.startsWith("assets/"));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(emitted).toContain(page);
    expect(plugin(config, "CopyPlugin").patterns).toContainEqual({
      from: "assets/*.png",
      to: "assets/[name][ext]",
    });
  });

  it("cleans its own output but keeps what tsc compiles into dist/", () => {
    const { keep } = config.output.clean;
    expect(["taskpane.js", "functions.json", "assets/icon-16.png"].filter(keep)).toEqual([]);
    expect(keep("node/cli/main.js")).toBe(true);
    expect(keep("bench/bench/run.js")).toBe(true);
  });

  it("serves at port 3000, the manifest's URLs, to any origin", () => {
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.headers["Access-Control-Allow-Origin"]).toBe("*");
  });
});
