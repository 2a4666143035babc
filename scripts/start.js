#!/usr/bin/env node
/**
 * npm start: serves the add-in at https://localhost:3000 (the manifest's URLs) with
 * webpack-dev-server, in the foreground. Ctrl+C or `npm stop` ends it.
 * Later (issue 5): sideload into desktop Excel where it exists, else serve the browser preview.
 */
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const pidFile = require("./devServerPid");

async function main() {
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const server = new WebpackDevServer(config.devServer, webpack(config));
  await server.start();
  pidFile.write(process.pid);
  console.log(
    `Ops Planner add-in: https://localhost:${config.devServer.port}/taskpane.html` +
      " (sideload manifest.xml into Excel to use it; Ctrl+C or npm stop ends the server)"
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    pidFile.remove(process.pid);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
