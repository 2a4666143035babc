/**
 * Opens a URL in the default browser when there is one: `open` (macOS), `start` (Windows),
 * `xdg-open` (Linux with a display). Never in CI (CI=true), never fails: a browser that does not
 * open is only a missed convenience, the URL is printed anyway.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

function onPath(name, env) {
  return (env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        fs.accessSync(path.join(dir, name), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The command that opens `url`, or undefined when this machine has no browser to open it in. */
function openCommand(url, platform = process.platform, env = process.env) {
  if (/^(1|true)$/i.test(env.CI ?? "")) return undefined;
  if (platform === "darwin") return { command: "open", args: [url] };
  if (platform === "win32") return { command: "cmd", args: ["/c", "start", '""', url] };
  const display = env.DISPLAY || env.WAYLAND_DISPLAY;
  if (!display || !onPath("xdg-open", env)) return undefined;
  return { command: "xdg-open", args: [url] };
}

/** Opens the URL in the background; true when a browser was asked to. */
function openInBrowser(url, platform = process.platform, env = process.env) {
  const how = openCommand(url, platform, env);
  if (!how) return false;
  try {
    const child = spawn(how.command, how.args, {
      stdio: "ignore",
      detached: true,
      windowsVerbatimArguments: platform === "win32",
    });
    child.on("error", () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

module.exports = { openCommand, openInBrowser };
