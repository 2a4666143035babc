#!/usr/bin/env node
"use strict";
// `npm run bench`: runs every bench case (bench/*.bench.ts, compiled to dist/bench by tsconfig.bench.json) in turn
// and prints its figures, each target marked PASS or MISS. Exits 0 either way: a MISS is a figure to report.
const fs = require("fs");
const os = require("os");
const path = require("path");

const { validatorCode } = require("../scripts/validatorCode");

const compiled = path.join(__dirname, "..", "dist", "bench", "bench");
// As webpack defines it for the pane (src/core/versions/validatorCode.ts): a version's stored findings are used.
globalThis.OPS_PLANNER_VALIDATOR_CODE = validatorCode();

async function main() {
  const only = process.argv[2];
  const cases = fs
    .readdirSync(compiled)
    .filter((f) => f.endsWith(".bench.js") && (!only || f.includes(only)))
    .sort();
  console.log(
    `Ops Planner bench — Node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ""}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`
  );
  const misses = [];
  for (const file of cases) {
    const mod = require(path.join(compiled, file));
    console.log(`\n${mod.name}`);
    const targets = await mod.run((s) => console.log(s));
    for (const t of targets)
      if (!t.pass) misses.push(`${t.label}: ${t.value} (target ${t.target})`);
  }
  console.log(
    misses.length
      ? `\n${misses.length} target(s) missed:\n  ${misses.join("\n  ")}`
      : "\nEvery target met."
  );
}

main().catch((e) => {
  console.error(`bench failed: ${e && e.message ? e.message : e}`);
  process.exitCode = 1;
});
