/**
 * The corpus written afresh by the writers installed here (Debian's python3-openpyxl and python3-xlsxwriter,
 * LibreOffice): test/corpus/generate/regenerate.js writes the original plan with each into a temporary folder, and
 * `ops-planner validate` finds in each file exactly what the original plan holds, under UTC, Asia/Shanghai and
 * America/Los_Angeles. `npm test` checks the committed files (test/corpus/corpus.test.ts); this keeps them honest
 * as the writers move on. (SheetJS comes from npm and is left to the committed file.)
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync } from "fs";
import { join } from "path";
import { BIN, runCli, tempDir, type ValidateJson } from "../cli/cliRun";
import { ZONES } from "../cli/zones";
import { CORPUS_FILES } from "../corpus/corpusFiles";
import { foundOf, loadPlanJson, originalFindings } from "../corpus/planJson";
import { requireProgram } from "./requirements";

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "test", "corpus");
const PYTHON = "/usr/bin/python3";

requireProgram("soffice", "libreoffice-calc");

/** Debian's python3 with openpyxl and XlsxWriter, or a one-line error naming the packages. */
function requirePythonWriters(): void {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl, xlsxwriter"], { stdio: "ignore" });
  } catch {
    throw new Error(
      `${PYTHON} cannot import openpyxl and xlsxwriter: install them with apt-get install -y --no-install-recommends python3-openpyxl python3-xlsxwriter`
    );
  }
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  requirePythonWriters();
  // The spawned CLI is the built one (`npm test` builds it; build it here when it is not).
  if (!existsSync(join(ROOT, "dist", "node", "cli", "main.js")) || !existsSync(BIN))
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  tmp = tempDir("corpus-e2e");
  for (const lang of ["en", "zh-CN"])
    copyFileSync(join(CORPUS, `plan.${lang}.json`), join(tmp.dir, `plan.${lang}.json`));
  execFileSync(
    process.execPath,
    [join(CORPUS, "generate", "regenerate.js"), tmp.dir, "--no-sheetjs", "--no-export"],
    { stdio: "ignore", timeout: 300_000 }
  );
}, 300_000);
afterAll(() => tmp?.cleanup());

const expected = {
  en: originalFindings(loadPlanJson("en")),
  "zh-CN": originalFindings(loadPlanJson("zh-CN")),
};

describe.each(CORPUS_FILES.filter((f) => !f.sheetJs))(
  "$file, written afresh by $writer",
  ({ file, plan }) => {
    it.each(ZONES)("TZ=%s: the same findings as the original plan", async (zone) => {
      const run = await runCli(["validate", join(tmp.dir, file), "--json"], { env: { TZ: zone } });
      expect(run.stderr).toBe("");
      expect((JSON.parse(run.stdout) as ValidateJson).findings.map(foundOf)).toEqual(
        expected[plan]
      );
    });
  }
);
