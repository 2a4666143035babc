#!/usr/bin/env node
"use strict";
// The ops-planner command: runs the compiled CLI (dist/node, built by `npm run build`).
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("ops-planner is not built: run npm run build\n");
  process.exitCode = 2;
} else {
  require(entry).runAsProcess();
}
