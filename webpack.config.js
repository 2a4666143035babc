/**
 * Builds the add-in into dist/: taskpane.html loads both bundles, so the task pane and the PLAN
 * custom functions share one runtime (the manifest's Taskpane.Url). `webpack --mode production`
 * builds; scripts/start.js serves the same config over https at https://localhost:3000.
 *
 * The browser preview (src/preview/) is a separate config — `previewConfig` below, or
 * `webpack --mode production --env preview` — built into dist/preview/ and served over plain http
 * by scripts/previewServer.js. It carries the formula engine (HyperFormula, GPL-3.0) and the chart
 * library (recharts), which the add-in's bundles must never contain: FormulaEngineGuard fails the
 * add-in build if they do.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { httpsServerOptions } = require("./scripts/devCerts");
const { AllowErrorsPlugin, METADATA_FILE } = require("./scripts/functionsMetadata");
const { validatorCode } = require("./scripts/validatorCode");

const DEV_SERVER_PORT = 3000;

/**
 * The validator's code identity (scripts/validatorCode.js), made again for every compilation (a dev server's too): a
 * version's stored findings are used only by a build of the same src/core.
 */
const validatorCodePlugin = () =>
  new DefinePlugin({
    OPS_PLANNER_VALIDATOR_CODE: DefinePlugin.runtimeValue(
      () => JSON.stringify(validatorCode()),
      true
    ),
  });
const PREVIEW_PORT = 3001;
const PREVIEW_DIR = path.resolve(__dirname, "dist", "preview");

/** Packages that must stay out of the add-in's bundles (only the preview uses them), with why. */
const PREVIEW_ONLY_PACKAGES = ["hyperformula", "recharts"];
const PREVIEW_ONLY_REASONS = {
  hyperformula: "GPL-3.0",
  recharts: "the preview's charts; in Excel the Dashboard's charts are Excel's own",
};

/** Fails a build whose bundles include a preview-only package. */
class FormulaEngineGuard {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("FormulaEngineGuard", (compilation) => {
      for (const module of compilation.modules) {
        const file = module.resource || "";
        const found = PREVIEW_ONLY_PACKAGES.find((name) =>
          file.split(path.sep).join("/").includes(`/node_modules/${name}/`)
        );
        if (found) {
          compilation.errors.push(
            new Error(
              `${found} (${PREVIEW_ONLY_REASONS[found]}) must stay in the browser preview; the add-in bundle imports ${file}`
            )
          );
          return;
        }
      }
    });
  }
}

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // tsc type-checks (lint, tests); here ES modules let webpack tree-shake, and webpack
    // resolves imports itself.
    options: {
      transpileOnly: true,
      compilerOptions: { module: "esnext", moduleResolution: "bundler" },
    },
  },
};

/** The add-in: taskpane.html with the functions and task pane bundles, served over https. */
async function addinConfig(env = {}, argv = {}) {
  const dev = argv.mode === "development";
  // Certificates only matter to the dev server; a plain build must not touch them.
  const https = env.WEBPACK_BUILD ? undefined : await httpsServerOptions();
  return {
    name: "addin",
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's lazy tabs and the sample plan: named by content, so a new build is never served a cached old one.
      chunkFilename: "[name].[contenthash:8].js",
      // Cleans what webpack writes (top-level files, assets/) and keeps the other folders, which
      // tsc fills: dist/node (the CLI, tsconfig.cli.json), dist/bench, and dist/preview.
      clean: { keep: (file) => /[\\/]/.test(file) && !/^assets[\\/]/.test(file) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      validatorCodePlugin(),
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: METADATA_FILE,
      }),
      // After the metadata plugin: lets error values reach the PLAN functions (scripts/functionsMetadata.js).
      new AllowErrorsPlugin(METADATA_FILE),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FormulaEngineGuard(),
    ],
    performance: {
      // The task pane bundle carries React and Fluent UI; issue 5 budgets its gzipped size.
      hints: false,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "https",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
}

/**
 * The browser preview: preview.html with the real task pane over an in-memory workbook, served
 * over plain http (no certificate) at http://localhost:3001/preview.html (PORT overrides).
 */
function previewConfig(env = {}, argv = {}) {
  const dev = argv.mode === "development";
  const port = Number(env.port || process.env.PORT) || PREVIEW_PORT;
  return {
    name: "preview",
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    // The reading worker and the formula engine's worker are bundles of their own (xlsxWorker.js, engineWorker.js):
    // the page starts each by that name.
    entry: {
      preview: "./src/preview/index.tsx",
      xlsxWorker: "./src/preview/open/xlsxWorker.ts",
      engineWorker: "./src/preview/engine/engineWorker.ts",
      // The plan worker: the core's readPlan / planUpdate / timelineLayout on a big plan (src/preview/plan/).
      planWorker: "./src/preview/plan/planWorker.ts",
    },
    output: {
      path: PREVIEW_DIR,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      validatorCodePlugin(),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: { hints: false },
    devServer: {
      port,
      host: "localhost",
      server: "http",
      static: false,
      devMiddleware: { index: "preview.html" },
      client: { overlay: { warnings: false } },
    },
  };
}

module.exports = async (env = {}, argv = {}) =>
  env.preview ? previewConfig(env, argv) : addinConfig(env, argv);

module.exports.previewConfig = previewConfig;
module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
module.exports.PREVIEW_PORT = PREVIEW_PORT;
module.exports.PREVIEW_DIR = PREVIEW_DIR;
module.exports.PREVIEW_ONLY_PACKAGES = PREVIEW_ONLY_PACKAGES;
module.exports.FormulaEngineGuard = FormulaEngineGuard;
