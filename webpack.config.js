/**
 * Builds the add-in into dist/: taskpane.html loads both bundles, so the task pane and the PLAN
 * custom functions share one runtime (the manifest's Taskpane.Url). `webpack --mode production`
 * builds; scripts/start.js serves the same config over https at https://localhost:3000.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsServerOptions } = require("./scripts/devCerts");

const DEV_SERVER_PORT = 3000;

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  // Certificates only matter to the dev server; a plain build must not touch them.
  const https = env.WEBPACK_BUILD ? undefined : await httpsServerOptions();
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Cleans what webpack writes (top-level files, assets/) and keeps the other folders, which
      // tsc fills: dist/node (the CLI, tsconfig.cli.json), dist/bench.
      clean: { keep: (file) => /[\\/]/.test(file) && !/^assets[\\/]/.test(file) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
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
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
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
};

module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
