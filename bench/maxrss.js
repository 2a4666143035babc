"use strict";
// Preloaded into a benchmarked child (`node -r bench/maxrss.js …`): on exit, writes the process's peak resident
// memory (kilobytes, from getrusage) to the file named by BENCH_RSS_FILE.
const fs = require("fs");

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
