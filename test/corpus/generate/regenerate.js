#!/usr/bin/env node
/**
 * Regenerates the corpus of plan files other programs wrote (test/corpus/*.xlsx) from the original plan: the sample
 * plan exported as JSON (exportPlan.js), then written by openpyxl and XlsxWriter (Debian's /usr/bin/python3 with
 * python3-openpyxl and python3-xlsxwriter), SheetJS (@e965/xlsx, installed into a temporary folder with npm: it is
 * no dependency of the project) and LibreOffice (soffice, re-saving two of them after recalculating every formula).
 *
 * Usage: npm run build:cli && node test/corpus/generate/regenerate.js [outDir] [--no-sheetjs] [--no-export]
 * (outDir defaults to test/corpus; --no-export writes from the plan JSON already in outDir, without the compiled core;
 * test/e2e/corpusWriters.test.ts writes a fresh set so into a temporary folder.)
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const here = __dirname;
const args = process.argv.slice(2);
const outDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(here, ".."));
const withSheetJs = !args.includes("--no-sheetjs");
const exportPlan = !args.includes("--no-export");
const PYTHON = "/usr/bin/python3";
const SHEETJS = "@e965/xlsx@0.20.3";

function run(cmd, cmdArgs, opts = {}) {
  execFileSync(cmd, cmdArgs, {
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 300_000,
    ...opts,
  });
}

/** A LibreOffice profile that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0: always). */
function recalculatingProfile(dir) {
  const user = path.join(dir, "user");
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return dir;
}

/** LibreOffice opens `src` (recalculating it) and saves it as .xlsx at `dest`. */
function libreOffice(src, dest, profile, tmp) {
  const inDir = fs.mkdtempSync(path.join(tmp, "lo-in-"));
  const outLo = fs.mkdtempSync(path.join(tmp, "lo-out-"));
  const name = path.basename(dest);
  fs.copyFileSync(src, path.join(inDir, name));
  run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outLo,
    path.join(inDir, name),
  ]);
  fs.copyFileSync(path.join(outLo, name), dest);
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ops-planner-corpus-"));
  try {
    fs.mkdirSync(outDir, { recursive: true });
    if (exportPlan) run(process.execPath, [path.join(here, "exportPlan.js"), outDir]);
    const plan = (lang) => path.join(outDir, `plan.${lang}.json`);
    const out = (name) => path.join(outDir, name);

    run(PYTHON, [path.join(here, "openpyxl_plan.py"), plan("en"), out("openpyxl-plan.xlsx")]);
    run(PYTHON, [
      path.join(here, "openpyxl_plan.py"),
      plan("zh-CN"),
      out("openpyxl-plan.zh-CN.xlsx"),
      "plain",
    ]);
    run(PYTHON, [path.join(here, "xlsxwriter_plan.py"), plan("en"), out("xlsxwriter-plan.xlsx")]);

    if (withSheetJs) {
      run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", tmp, SHEETJS]);
      run(
        process.execPath,
        [
          path.join(here, "sheetjs_plan.js"),
          path.join(tmp, "node_modules", "@e965", "xlsx"),
          plan("en"),
          out("sheetjs-plan.xlsx"),
        ],
        { env: { ...process.env, TZ: "UTC" } }
      );
    }

    const profile = recalculatingProfile(fs.mkdtempSync(path.join(tmp, "lo-profile-")));
    libreOffice(out("openpyxl-plan.xlsx"), out("libreoffice-plan.xlsx"), profile, tmp);
    libreOffice(out("xlsxwriter-plan.xlsx"), out("libreoffice-xlsxwriter-plan.xlsx"), profile, tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
