/**
 * The browser preview's server: webpack-dev-server over plain http (no certificate needed), serving
 * preview.html from memory. `npm start` uses it where desktop Excel is missing; end-to-end tests and
 * the bench can start it too (mode "production" for the shipped-size bundle).
 */
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { previewConfig, PREVIEW_PORT } = require("../webpack.config.js");

/** The preview's port: PORT when set to a port number, else 3001. */
function previewPort(env = process.env) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : PREVIEW_PORT;
}

/** Quiet console output (errors and warnings only) for a config `npm start` serves. */
function quiet(config) {
  return { ...config, stats: "errors-warnings", infrastructureLogging: { level: "warn" } };
}

/** Resolves when the compiler's first build is done (with its stats). */
function firstBuild(compiler) {
  return new Promise((resolve) => {
    let done = false;
    compiler.hooks.done.tap("OpsPlannerFirstBuild", (stats) => {
      if (done) return;
      done = true;
      resolve(stats);
    });
  });
}

/**
 * Starts the preview server; resolves once it listens. `built` resolves after the first build.
 * @param {{ port?: number, mode?: "development" | "production", quiet?: boolean }} options
 * @returns {Promise<{ url: string, port: number, built: Promise<unknown>, stop: () => Promise<void> }>}
 */
async function startPreviewServer(options = {}) {
  const port = options.port ?? previewPort();
  let config = previewConfig({ port }, { mode: options.mode ?? "development" });
  if (options.quiet) config = quiet(config);
  const compiler = webpack(config);
  const built = firstBuild(compiler);
  const server = new WebpackDevServer({ ...config.devServer, setupExitSignals: false }, compiler);
  await server.start();
  return {
    url: `http://localhost:${port}/preview.html`,
    port,
    built,
    stop: () => server.stop(),
  };
}

module.exports = { startPreviewServer, previewPort, quiet, firstBuild };
