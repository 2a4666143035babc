#!/usr/bin/env node
/**
 * npm start:
 * - always builds and serves the add-in at https://localhost:3000 (the manifest's URLs);
 * - where desktop Excel is installed (Windows, macOS), sideloads manifest.xml into it with
 *   office-addin-debugging, fetched on demand (`npm stop` undoes it);
 * - elsewhere (or with `npm start -- --preview`), says so, prints how to sideload into Excel on the
 *   web, serves the browser preview over plain http at http://localhost:3001/preview.html (PORT
 *   overrides) and opens it in the default browser when there is one (not in CI).
 * Both servers run in this process, in the foreground: Ctrl+C or `npm stop` ends them.
 */
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const pidFile = require("./devServerPid");
const { findDesktopExcel, platformName } = require("./desktopExcel");
const { openInBrowser } = require("./openBrowser");
const { firstBuild, quiet, startPreviewServer, previewPort } = require("./previewServer");
const { runOfficeAddinDebugging, webSideloadHelp } = require("./sideload");

const seconds = (stats) => ((stats.endTime - stats.startTime) / 1000).toFixed(1);

async function startAddinServer() {
  const config = quiet(await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" }));
  const compiler = webpack(config);
  const built = firstBuild(compiler);
  const server = new WebpackDevServer({ ...config.devServer, setupExitSignals: false }, compiler);
  await server.start();
  const url = `https://localhost:${config.devServer.port}/taskpane.html`;
  console.log(`Ops Planner add-in: building and serving at ${url}`);
  return { port: config.devServer.port, url, built, stop: () => server.stop() };
}

async function main() {
  const forcePreview = process.argv.includes("--preview");
  const servers = [];
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(servers.map((s) => s.stop()));
    pidFile.remove(process.pid);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const addin = await startAddinServer();
  servers.push(addin);
  pidFile.write(process.pid);

  const excel = forcePreview ? undefined : findDesktopExcel();
  if (excel) {
    const stats = await addin.built;
    console.log(`Add-in built in ${seconds(stats)} s.`);
    console.log(`Desktop Excel found (${excel}): sideloading manifest.xml into it…`);
    const code = await runOfficeAddinDebugging("start", addin.port);
    console.log(
      code === 0
        ? "Sideloaded: Excel opens with the Ops Planner task pane. Ctrl+C or npm stop ends it."
        : `Sideloading failed (office-addin-debugging exit ${code}); the add-in is still served.\n  ${webSideloadHelp()}`
    );
    return;
  }

  console.log(
    forcePreview
      ? "Browser preview requested (--preview): not sideloading into desktop Excel."
      : `Desktop Excel is not installed here (${platformName()}): serving the browser preview instead.`
  );
  console.log(`  ${webSideloadHelp()}`);
  const preview = await startPreviewServer({ port: previewPort(), quiet: true });
  servers.push(preview);
  const [addinStats, previewStats] = await Promise.all([addin.built, preview.built]);
  console.log(
    `Add-in built in ${seconds(addinStats)} s; preview built in ${seconds(previewStats)} s.`
  );
  console.log(`Browser preview: ${preview.url} (Ctrl+C or npm stop ends both servers)`);
  if (openInBrowser(preview.url)) console.log("Opening it in your browser…");
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
