/**
 * A damaged workbook is refused whole (issue 11): a sheet cut short, a sheet the workbook lists but the zip lacks,
 * a missing shared-strings part, an entry whose checksum does not match — exit 2 with one line naming the part,
 * never a partial plan (findings lost, false ones added).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { expectOneLineError, runCli, tempDir } from "./cliRun";
import { rowsToCells, workbookParts, zipParts, type RawWorkbook } from "./handmadeXlsx";
import { findingKeys, validateInProcess } from "./validateInProcess";

// Files are written and the CLI is run (some spawned): slower than a unit test on a busy machine.
jest.setTimeout(60_000);

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("damaged");
});
afterAll(() => tmp.cleanup());

/** A clean plan on two sheets, with a table (its part is xl/tables/table2_1.xml). */
const PLAN: RawWorkbook = {
  sheets: [
    {
      name: "Products",
      cells: rowsToCells([
        ["SKU", "Tier", "List price", "Floor price"],
        ["KA-1", "secondary", 100, 90],
        ["KA-2", "secondary", 200, 180],
      ]),
    },
    {
      name: "Promotions",
      cells: rowsToCells([
        ["SKU", "Platform", "Start", "End", "Promo price"],
        ["KA-1", "Tmall", { s: 1, v: "46556" }, { s: 1, v: "46558" }, 85],
      ]),
      tables: [{ ref: "A1:E2" }],
    },
  ],
};

let n = 0;
async function fileOf(parts: Map<string, string | Buffer>): Promise<string> {
  const file = join(tmp.dir, `damaged${++n}.xlsx`);
  writeFileSync(file, await zipParts(parts));
  return file;
}
const partsWith = (changes: Record<string, string | Buffer | null>) =>
  workbookParts({ ...PLAN, parts: changes });

it("(the plan itself reads: one BELOW_FLOOR)", async () => {
  const out = await validateInProcess(await fileOf(workbookParts(PLAN)));
  expect(findingKeys(out)).toEqual(["BELOW_FLOOR@Promotions!E2"]);
});

it("a sheet cut short (its XML ends inside sheetData)", async () => {
  const sheet = workbookParts(PLAN).get("xl/worksheets/sheet2.xml") as string;
  const cut = sheet.slice(0, sheet.indexOf("</row>") + 6);
  const out = await validateInProcess(await fileOf(partsWith({ "xl/worksheets/sheet2.xml": cut })));
  expect(out).toEqual({
    code: 2,
    error: expect.stringMatching(
      /: the workbook is damaged: the part xl\/worksheets\/sheet2\.xml is cut short or is not well-formed XML \(sheet Promotions\)\. Open it in Excel/
    ),
  });
});

it("a sheet listed in the workbook but missing from the zip", async () => {
  const out = await validateInProcess(
    await fileOf(partsWith({ "xl/worksheets/sheet1.xml": null }))
  );
  expect(out.code).toBe(2);
  expect(out.error).toContain("the part xl/worksheets/sheet1.xml is missing (sheet Products)");
});

it("a sheet listed in the workbook without its relationship", async () => {
  const rels = workbookParts(PLAN).get("xl/_rels/workbook.xml.rels") as string;
  const out = await validateInProcess(
    await fileOf(
      partsWith({
        "xl/_rels/workbook.xml.rels": rels.replace(/<Relationship Id="rId2"[^>]*\/>/, ""),
      })
    )
  );
  expect(out.code).toBe(2);
  expect(out.error).toContain(
    "the part xl/_rels/workbook.xml.rels has no relationship for a sheet the workbook lists (sheet Promotions)"
  );
});

it("a missing shared-strings part (the workbook's relationships name it)", async () => {
  const out = await validateInProcess(await fileOf(partsWith({ "xl/sharedStrings.xml": null })));
  expect(out.code).toBe(2);
  expect(out.error).toContain("the part xl/sharedStrings.xml is missing.");
});

it("a shared-strings part the relationships do not name, that the cells use", async () => {
  const rels = workbookParts(PLAN).get("xl/_rels/workbook.xml.rels") as string;
  const out = await validateInProcess(
    await fileOf(
      partsWith({
        "xl/sharedStrings.xml": null,
        "xl/_rels/workbook.xml.rels": rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""),
      })
    )
  );
  expect(out.code).toBe(2);
  expect(out.error).toContain("the part xl/sharedStrings.xml is missing (sheet Products)");
});

it("a shared-strings part with fewer strings than the cells use", async () => {
  const strings = workbookParts(PLAN).get("xl/sharedStrings.xml") as string;
  const out = await validateInProcess(
    await fileOf(
      partsWith({ "xl/sharedStrings.xml": strings.replace(/(<si>.*?<\/si>){3}<\/sst>$/, "</sst>") })
    )
  );
  expect(out.code).toBe(2);
  expect(out.error).toContain("the part xl/sharedStrings.xml lacks shared strings the cells use");
});

it("a table part a sheet names but the zip lacks", async () => {
  const out = await validateInProcess(await fileOf(partsWith({ "xl/tables/table2_1.xml": null })));
  expect(out.code).toBe(2);
  expect(out.error).toContain("the part xl/tables/table2_1.xml is missing");
});

describe("bytes that do not match the zip's checksum", () => {
  /** The plan zipped without compression, with `from` replaced by `to` (same length) in its bytes. */
  async function stored(from: string, to: string): Promise<string> {
    const zip = new JSZip();
    for (const [name, content] of workbookParts(PLAN)) zip.file(name, content);
    const buf = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const at = buf.indexOf(from);
    expect(at).toBeGreaterThan(0);
    expect(buf.indexOf(from, at + 1)).toBe(-1);
    buf.write(to, at);
    const file = join(tmp.dir, `crc${++n}.xlsx`);
    writeFileSync(file, buf);
    return file;
  }

  it("a changed digit in a sheet: still well-formed XML, but not the bytes that were zipped", async () => {
    // 85 → 95: without the check, the BELOW_FLOOR would silently go.
    const out = await validateInProcess(await stored("<v>85</v>", "<v>95</v>"));
    expect(out.code).toBe(2);
    expect(out.error).toContain(
      "the part xl/worksheets/sheet2.xml does not match its checksum (sheet Promotions)"
    );
  });

  it("a changed byte in the shared strings", async () => {
    const out = await validateInProcess(await stored(">KA-2<", ">KA-3<"));
    expect(out.code).toBe(2);
    expect(out.error).toContain("the part xl/sharedStrings.xml does not match its checksum");
  });

  it("compressed bytes that do not inflate", async () => {
    const parts = workbookParts(PLAN);
    const zip = new JSZip();
    for (const [name, content] of parts) zip.file(name, content);
    const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // The sheet's compressed data follows its local header and name.
    const name = buf.indexOf("xl/worksheets/sheet1.xml");
    for (let i = name + 30; i < name + 60; i++) buf[i] ^= 0xff;
    const file = join(tmp.dir, "inflate.xlsx");
    writeFileSync(file, buf);
    const out = await validateInProcess(file);
    expect(out.code).toBe(2);
    expect(out.error).toMatch(
      /the part xl\/worksheets\/sheet1\.xml (cannot be decompressed|does not match its checksum|is cut short)/
    );
  });
});

it("the ops-planner command: exit 2, one line on stderr, in the asked language", async () => {
  const file = await fileOf(partsWith({ "xl/sharedStrings.xml": null }));
  const en = await runCli(["validate", file]);
  expect(en.code).toBe(2);
  expectOneLineError(en, /the workbook is damaged: the part xl\/sharedStrings\.xml is missing/);
  expect(en.stderr.trimEnd().split("\n")).toHaveLength(1);
  const zh = await runCli(["validate", file, "--lang", "zh-CN"]);
  expect(zh.code).toBe(2);
  expectOneLineError(zh, /工作簿已损坏：部件 xl\/sharedStrings\.xml 缺失。/);
});
