/**
 * Sideloading into desktop Excel with Microsoft's office-addin-debugging, fetched on demand by npx:
 * it pulls in a very large tree (and a native module), so it is not a dependency of the project.
 */
const { spawn } = require("child_process");
const path = require("path");

const PACKAGE = "office-addin-debugging@7";
const MANIFEST = "manifest.xml";
const ROOT = path.resolve(__dirname, "..");

/** npx's arguments for `start` (sideload, with our dev server already running) or `stop`. */
function debuggingArgs(command, devServerPort) {
  const args = ["--yes", PACKAGE, command, MANIFEST, "desktop"];
  if (command === "start") args.push("--app", "excel", "--dev-server-port", String(devServerPort));
  return args;
}

/** Runs `office-addin-debugging <command> manifest.xml`; resolves with its exit code. */
function runOfficeAddinDebugging(command, devServerPort) {
  return new Promise((resolve) => {
    const child = spawn("npx", debuggingArgs(command, devServerPort), {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.on("error", (error) => {
      console.error(`npx ${PACKAGE}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** How to sideload manifest.xml into Excel on the web, for the console. */
function webSideloadHelp() {
  return [
    "To use the add-in in Excel on the web: open a workbook at https://www.office.com, then",
    `Insert → Add-ins → Upload My Add-in, and choose ${path.join(ROOT, MANIFEST)}`,
    "(your browser must trust https://localhost:3000: npx office-addin-dev-certs install).",
  ].join("\n  ");
}

module.exports = { debuggingArgs, runOfficeAddinDebugging, webSideloadHelp, PACKAGE };
