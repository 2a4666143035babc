/**
 * Issue 14 in Chromium: the preview opens plan files other programs wrote — openpyxl (Debian's /usr/bin/python3,
 * test/corpus/generate/openpyxl_plan.py: formulas without values, a table with a Total row, ISO dates, merged SKUs)
 * and LibreOffice (`soffice --headless --convert-to xlsx` of it) — by the button and by dropping; open → edit →
 * Download .xlsx → open keeps every typed cell and formula, and `ops-planner validate` finds in the downloaded file
 * what the preview found; refusals leave the workbook untouched; workbooks are kept in IndexedDB and offered back;
 * closing with changes not downloaded asks; axe finds nothing serious on the new UI; the README's screenshots of
 * opening a file.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { columnLetter } from "../../src/core/cells";
import type { Lang } from "../../src/core/schema/types";
import { createPreviewI18n, previewT } from "../../src/preview/texts";
import { BIN, runCli, tempDir, type ValidateJson } from "../cli/cliRun";
import { seriousViolations } from "./axe";
import type { BrowserSession } from "./browser";
import { SCREENSHOT_VIEWPORT, shotPath } from "./docsShots";
import { openByDrop, openWithButton } from "./openFile";
import { PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";
import { requireProgram } from "./requirements";

requireProgram("soffice", "libreoffice-calc");

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "test", "corpus");
const PYTHON = "/usr/bin/python3";

const server = servePreviewForFile();
let tmp: ReturnType<typeof tempDir>;
const files: Record<"openpyxl" | "libreoffice", string> = { openpyxl: "", libreoffice: "" };

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist", "node", "cli", "main.js")) || !existsSync(BIN))
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  tmp = tempDir("preview-open");
  files.openpyxl = join(tmp.dir, "openpyxl-plan.xlsx");
  execFileSync(PYTHON, [
    join(CORPUS, "generate", "openpyxl_plan.py"),
    join(CORPUS, "plan.en.json"),
    files.openpyxl,
  ]);
  const lo = join(tmp.dir, "lo");
  mkdirSync(lo);
  copyFileSync(files.openpyxl, join(lo, "in.xlsx"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(tmp.dir, "profile")}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      join(lo, "out"),
      join(lo, "in.xlsx"),
    ],
    { stdio: "ignore", timeout: 240_000 }
  );
  files.libreoffice = join(tmp.dir, "libreoffice-plan.xlsx");
  copyFileSync(join(lo, "out", "in.xlsx"), files.libreoffice);
}, 900_000);
afterAll(() => {
  tmp?.cleanup();
});

const pageT = (lang: Lang) => previewT(createPreviewI18n(lang));

interface CellDump {
  [address: string]: { value: unknown; formula?: string };
}

/**
 * Every cell of the page's workbook holding a value or a formula (dates as ISO text), by `Sheet!row:col`, once the
 * formula engine (a worker) has answered.
 */
async function dump(p: PreviewPage): Promise<CellDump> {
  await p.calculated();
  return p.page.evaluate(() => {
    const wb = (
      window as unknown as {
        opsPlannerWorkbook: {
          sheets: {
            name: string;
            cellEntries(): Iterable<[{ value: unknown; formula?: string }, number, number]>;
          }[];
        };
      }
    ).opsPlannerWorkbook;
    const out: Record<string, { value: unknown; formula?: string }> = {};
    for (const s of wb.sheets)
      for (const [c, row, col] of s.cellEntries()) {
        if ((c.value === null || c.value === "") && c.formula === undefined) continue;
        const value = c.value instanceof Date ? c.value.toISOString() : c.value;
        out[`${s.name}!${row}:${col}`] =
          c.formula === undefined ? { value } : { value, formula: c.formula };
      }
    return out;
  });
}

/** The address `n` columns right of a sheet's used range in `row` (the grid draws two spare columns). */
async function spareCell(p: PreviewPage, sheet: string, n: 1 | 2, row: number): Promise<string> {
  const cols = await p.page.evaluate((name) => {
    const wb = (
      window as unknown as {
        opsPlannerWorkbook: {
          sheet(n: string): { cellEntries(): Iterable<[unknown, number, number]> } | undefined;
        };
      }
    ).opsPlannerWorkbook;
    let max = 0;
    for (const [, , col] of wb.sheet(name)?.cellEntries() ?? []) max = Math.max(max, col);
    return max;
  }, sheet);
  return `${columnLetter(cols + n)}${row}`;
}

async function sheetNames(p: PreviewPage): Promise<string[]> {
  return p.page.evaluate(() =>
    (
      window as unknown as { opsPlannerWorkbook: { sheets: { name: string }[] } }
    ).opsPlannerWorkbook.sheets.map((s) => s.name)
  );
}

describe.each(["openpyxl", "libreoffice"] as const)("a plan file written by %s", (writer) => {
  let session: BrowserSession;
  let p: PreviewPage;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, "en"));
  });
  afterAll(async () => {
    await session?.close();
  });

  it("opens, edits, downloads and opens again: typed cells, formulas and findings kept; the CLI agrees", async () => {
    const t = pageT("en");
    const notice = await openWithButton(p, files[writer]);
    await expect(notice.textContent()).resolves.toContain(
      t("opened", { file: `${writer}-plan.xlsx` })
    );
    const promotions = p.sheetName("promotions");
    await expect(p.sheetTabs()).resolves.toContain(promotions);

    await p.openSheet(promotions);
    const typed = await spareCell(p, promotions, 1, 3);
    const formula = await spareCell(p, promotions, 2, 3);
    await p.editCell(typed, "typed by the planner");
    await p.editCell(formula, "=2+3");
    await expect(p.cell(formula).textContent()).resolves.toBe("5");
    await p.validate();
    const counts = await p.counts();
    const before = await dump(p);

    const [download] = await Promise.all([
      p.page.waitForEvent("download"),
      p.page.getByTestId("download-xlsx").click(),
    ]);
    const saved = join(tmp.dir, `${writer}-downloaded.xlsx`);
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(`${writer}-plan.xlsx`);

    const cli = await runCli(["validate", saved, "--json"]);
    expect(cli.stderr).toBe("");
    expect((JSON.parse(cli.stdout) as ValidateJson).counts).toEqual(counts);

    await openWithButton(p, saved);
    const after = await dump(p);
    // Every cell and formula kept (the findings' sheet too).
    for (const [k, v] of Object.entries(before)) expect([k, after[k]]).toEqual([k, v]);
    await p.validate();
    await expect(p.counts()).resolves.toEqual(counts);
  });
});

describe("opening in the browser", () => {
  let session: BrowserSession;
  let p: PreviewPage;
  const t = pageT("en");
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, "en"));
  });
  afterAll(async () => {
    await session?.close();
  });

  it("opens a dropped file", async () => {
    const notice = await openByDrop(p, files.openpyxl);
    await expect(notice.textContent()).resolves.toContain(
      t("opened", { file: "openpyxl-plan.xlsx" })
    );
    await expect(sheetNames(p)).resolves.toContain(p.sheetName("promotions"));
  });

  it.each([
    ["a CSV", "plan.csv", Buffer.from("SKU,Price\nA,1\n"), t("problemNotWorkbook")],
    [
      "a password-protected workbook",
      "locked.xlsx",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
        Buffer.from("EncryptionInfo", "utf16le"),
        Buffer.alloc(600),
      ]),
      t("problemEncrypted"),
    ],
    [
      "a legacy .xls",
      "old.xls",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(2048),
      ]),
      t("problemLegacyXls"),
    ],
  ])(
    "refuses %s in one message and leaves the workbook untouched",
    async (_, name, bytes, reason) => {
      const file = join(tmp.dir, name);
      writeFileSync(file, bytes);
      const before = await dump(p);
      const bar = await openWithButton(p, file);
      await expect(bar.getAttribute("data-testid")).resolves.toBe("open-error");
      await expect(bar.textContent()).resolves.toContain(t("openFailed", { file: name, reason }));
      await expect(dump(p)).resolves.toEqual(before);
    }
  );

  it("refuses a damaged file (cut short) and names the damage", async () => {
    const whole = readFileSync(files.openpyxl);
    const file = join(tmp.dir, "cut.xlsx");
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const before = await dump(p);
    const bar = await openWithButton(p, file);
    await expect(bar.getAttribute("data-testid")).resolves.toBe("open-error");
    await expect(bar.textContent()).resolves.toMatch(/damaged/);
    await expect(dump(p)).resolves.toEqual(before);
  });

  it("keeps the workbook in the browser, offers it back on reopening, and discards one", async () => {
    await openWithButton(p, files.libreoffice);
    await p.openSheet(p.sheetName("promotions"));
    const address = await spareCell(p, p.sheetName("promotions"), 1, 4);
    await p.editCell(address, "kept across reloads");
    // The change is kept shortly after it is made.
    await p.page.waitForTimeout(1500);
    await p.page.reload();
    await p.button("createWorkbook").waitFor();
    const kept = p.page.getByTestId("kept-workbooks");
    await kept.waitFor();
    await expect(seriousViolations(p, '[data-testid="kept-workbooks"]')).resolves.toEqual([]);
    await kept
      .getByRole("button", { name: t("keptDiscardLabel", { name: "openpyxl-plan.xlsx" }) })
      .first()
      .click();
    await kept
      .getByRole("button", { name: t("keptOpenLabel", { name: "openpyxl-plan.xlsx" }) })
      .first()
      .waitFor({ state: "detached" });
    await kept
      .getByRole("button", { name: t("keptOpenLabel", { name: "libreoffice-plan.xlsx" }) })
      .first()
      .click();
    await p.openSheet(p.sheetName("promotions"));
    await expect(p.cell(address).textContent()).resolves.toBe("kept across reloads");
  });

  it("asks before closing a tab with changes not downloaded", async () => {
    await p.openSheet(p.sheetName("promotions"));
    await p.editCell(await spareCell(p, p.sheetName("promotions"), 1, 5), "not downloaded");
    const dialog = new Promise<string>((resolve) =>
      p.page.once("dialog", (d) => {
        resolve(d.type());
        void d.accept();
      })
    );
    await p.page.close({ runBeforeUnload: true });
    await expect(dialog).resolves.toBe("beforeunload");
  });
});

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("opening a file in %s: axe and the README's screenshot", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, {
      locale,
      viewport: SCREENSHOT_VIEWPORT,
    }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows the opened file, with nothing serious for axe", async () => {
    const file = join(CORPUS, lang === "en" ? "libreoffice-plan.xlsx" : "openpyxl-plan.zh-CN.xlsx");
    await openWithButton(p, file);
    await p.openSheet(p.sheetName("promotions"));
    await expect(seriousViolations(p, "header")).resolves.toEqual([]);
    await expect(seriousViolations(p, '[data-testid="open-notice"]')).resolves.toEqual([]);
    await p.checkedScreenshot(shotPath("open-file", lang), session.problems);
  });
});
