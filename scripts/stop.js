#!/usr/bin/env node
/**
 * npm stop: ends what `npm start` runs — the add-in's dev server and the browser preview's (one
 * process) — and, where desktop Excel is installed, undoes the sideloading
 * (`office-addin-debugging stop manifest.xml`, fetched on demand).
 */
const pidFile = require("./devServerPid");
const { findDesktopExcel } = require("./desktopExcel");
const { runOfficeAddinDebugging } = require("./sideload");

function stopServers() {
  const pid = pidFile.read();
  if (pid === undefined) {
    console.log(
      "No Ops Planner dev server is running (npm start runs in the foreground: Ctrl+C ends it)."
    );
    return;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the Ops Planner dev servers (pid ${pid}).`);
  } catch (error) {
    console.log(
      error.code === "ESRCH"
        ? "No Ops Planner dev server is running (it had already ended)."
        : `Could not stop the dev servers (pid ${pid}): ${error.message}`
    );
    if (error.code !== "ESRCH") process.exitCode = 1;
  }
  if (process.exitCode !== 1) pidFile.remove(pid);
}

async function main() {
  stopServers();
  if (findDesktopExcel()) {
    console.log("Removing the sideloaded add-in from desktop Excel…");
    const code = await runOfficeAddinDebugging("stop");
    if (code !== 0) process.exitCode = code;
  }
}

main().catch((error) => {
  console.error(`npm stop: ${error.message}`);
  process.exit(1);
});
