#!/usr/bin/env node
/**
 * npm stop: ends the dev server that `npm start` runs.
 * Later (issue 5): also undoes the sideloading (office-addin-debugging stop) where it was done.
 */
const pidFile = require("./devServerPid");

const pid = pidFile.read();
if (pid === undefined) {
  console.log(
    "No Ops Planner dev server is running (npm start runs in the foreground: Ctrl+C ends it)."
  );
} else {
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the Ops Planner dev server (pid ${pid}).`);
  } catch (error) {
    console.log(
      error.code === "ESRCH"
        ? "No Ops Planner dev server is running (it had already ended)."
        : `Could not stop the dev server (pid ${pid}): ${error.message}`
    );
    if (error.code !== "ESRCH") process.exitCode = 1;
  }
  if (process.exitCode !== 1) pidFile.remove(pid);
}
