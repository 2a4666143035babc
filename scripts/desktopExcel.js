/**
 * Where desktop Excel is installed: Windows (Microsoft 365 / Office 2016+ Click-to-Run and MSI
 * paths) and macOS (/Applications). Linux has no desktop Excel.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const WINDOWS_EXCEL = [
  ["Microsoft Office", "root", "Office16", "EXCEL.EXE"],
  ["Microsoft Office", "Office16", "EXCEL.EXE"],
  ["Microsoft Office", "root", "Office15", "EXCEL.EXE"],
  ["Microsoft Office", "Office15", "EXCEL.EXE"],
];

/** The paths where Excel would be on this platform (none on Linux). */
function excelCandidates(platform = process.platform, env = process.env, home = os.homedir()) {
  if (platform === "darwin") {
    return [
      "/Applications/Microsoft Excel.app",
      path.posix.join(home, "Applications", "Microsoft Excel.app"),
    ];
  }
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    return [...new Set(roots)].flatMap((root) =>
      WINDOWS_EXCEL.map((parts) => path.win32.join(root, ...parts))
    );
  }
  return [];
}

/** The path of desktop Excel, or undefined when it is not installed here. */
function findDesktopExcel(
  platform = process.platform,
  env = process.env,
  exists = fs.existsSync,
  home = os.homedir()
) {
  return excelCandidates(platform, env, home).find((file) => exists(file));
}

/** A platform's everyday name, for messages. */
function platformName(platform = process.platform) {
  return { darwin: "macOS", win32: "Windows", linux: "Linux" }[platform] ?? platform;
}

module.exports = { excelCandidates, findDesktopExcel, platformName };
