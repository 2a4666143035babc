"use strict";
// Preloaded into a benchmarked child (`node -r bench/maxrss.js …`): on exit, writes the process's peak resident
// memory (kilobytes, from getrusage) and its CPU time (user + system, microseconds) to the file named by
// BENCH_RSS_FILE, as "<maxRSS> <cpu>".
const fs = require("fs");

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) {
    const u = process.resourceUsage();
    fs.writeFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
  }
});
