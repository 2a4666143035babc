/** The pid file through which `npm stop` finds the dev server `npm start` runs. */
const fs = require("fs");
const path = require("path");

const FILE = path.resolve(
  __dirname,
  "..",
  "node_modules",
  ".cache",
  "ops-planner",
  "dev-server.pid"
);

function write(pid) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, `${pid}\n`);
}

/** The recorded pid, or undefined when none is recorded. */
function read() {
  try {
    const pid = Number.parseInt(fs.readFileSync(FILE, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the pid, only if it is still the one recorded (a newer server may have replaced it). */
function remove(pid) {
  if (read() === pid) fs.rmSync(FILE, { force: true });
}

module.exports = { FILE, write, read, remove };
