"use strict";
/**
 * The validator's code identity, made at build time: a SHA-256 of every source file under src/core (the reader, the
 * schema, the rules, validatePlan and what they import) and of package-lock.json (the libraries they use), so a version's stored findings (src/core/versions/
 * storedFindings.ts) are never used by a build whose validation could give other findings. Broader than the rules on
 * purpose: an add-in update that changes any of it validates old versions again, once per compare, as before.
 * Given to the code as the global OPS_PLANNER_VALIDATOR_CODE: by webpack (DefinePlugin), jest (globals) and the bench.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

function sources(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** The hash of src/core's sources (paths relative to the root, "/"-separated, in sorted order) and the lockfile, 16 hex digits. */
function validatorCode(root = ROOT) {
  const core = path.join(root, "src", "core");
  const hash = crypto.createHash("sha256");
  const files = sources(core)
    .map((p) => path.relative(root, p).split(path.sep).join("/"))
    .sort()
    .concat("package-lock.json");
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(fs.readFileSync(path.join(root, f)));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

module.exports = { validatorCode };
