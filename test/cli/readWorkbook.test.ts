/** The streaming .xlsx reader: values normalised, row numbers exact, sheet names known in any zip order. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
// JSZip comes with ExcelJS (its dependency): it lets a test lay out a zip exactly, as other programs do.
import JSZip from "jszip";
import type { CellValue } from "../../src/core/cells";
import {
  readWorkbook,
  WorkbookOpenError,
  type WorkbookRead,
} from "../../src/cli/xlsx/readWorkbook";
import { dateOfSerial } from "../../src/cli/xlsx/sheetXml";
import { sharedDates } from "../../src/core/xlsx/cellDecoding";
import { isDateFormat } from "../../src/cli/xlsx/workbookParts";
import { dateToSerial } from "../../src/core/read/dates";
import { plainValue } from "../../src/xlsx/renderParts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-reader-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const all = (): boolean => true;
const cell = (wb: WorkbookRead, sheet: string, ref: string): CellValue => {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return s.rows[Number(m[2]) - 1]?.[col - 1];
};

describe("a workbook ExcelJS wrote", () => {
  let wb: WorkbookRead;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Products");
    ws.getCell("A1").value = "SKU";
    ws.getCell("B1").value = 12.5;
    ws.getCell("C1").value = new Date(Date.UTC(2027, 5, 18));
    ws.getCell("C1").numFmt = "yyyy-mm-dd";
    ws.getCell("D1").value = 46556; // a serial in a General cell stays a number
    ws.getCell("E1").value = true;
    ws.getCell("A5").value = { formula: "1+1", result: 2 };
    ws.getCell("B5").value = { formula: 'A1&"x"', result: "SKUx" };
    ws.getCell("C5").value = { formula: "VLOOKUP(A1,Z:Z,1,0)", result: { error: "#N/A" } };
    ws.getCell("D5").value = { error: "#REF!" };
    ws.getCell("E5").value = { richText: [{ text: "年货" }, { font: { bold: true }, text: "节" }] };
    ws.getCell("F5").value = { text: "the shop", hyperlink: "https://example.com" };
    ws.getCell("G5").value = { formula: "NOW()" }; // never calculated: no cached result
    ws.getCell("H5").value = { formula: "TRUE()", result: true };
    ws.getCell("A6").value = 10;
    ws.getCell("B6").value = { sharedFormula: "A5", result: 11 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("F1000").value = "far away";
    ws.getCell("B7").numFmt = "0.00"; // a styled but empty cell
    book.addWorksheet("Notes").getCell("A1").value = "not a plan sheet";
    book.addWorksheet("活动").getCell("B2").value = "平台";
    const file = join(dir, "exceljs.xlsx");
    await book.xlsx.writeFile(file);
    wb = await readWorkbook(file, (name) => name !== "Notes");
  });

  it("lists every sheet name but reads only the wanted ones, in workbook order", () => {
    expect(wb.sheetNames).toEqual(["Products", "Notes", "活动"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Products", "活动"]);
    expect(wb.sheets[0]).toMatchObject({ firstRow: 1, firstCol: 1 });
  });

  it("keeps plain values, and turns date-formatted numbers into UTC dates", () => {
    expect(cell(wb, "Products", "A1")).toBe("SKU");
    expect(cell(wb, "Products", "B1")).toBe(12.5);
    expect(cell(wb, "Products", "C1")).toEqual(new Date(Date.UTC(2027, 5, 18)));
    expect(cell(wb, "Products", "D1")).toBe(46556);
    expect(cell(wb, "Products", "E1")).toBe(true);
  });

  it("gives formulas their cached result, keeping its type, and errors as { error }", () => {
    expect(cell(wb, "Products", "A5")).toBe(2);
    expect(cell(wb, "Products", "B5")).toBe("SKUx");
    expect(cell(wb, "Products", "C5")).toEqual({ error: "#N/A" });
    expect(cell(wb, "Products", "D5")).toEqual({ error: "#REF!" });
    expect(cell(wb, "Products", "G5")).toBeUndefined();
    expect(cell(wb, "Products", "H5")).toBe(true);
    expect(cell(wb, "Products", "B6")).toBe(11);
  });

  it("reads rich text and hyperlinks as their text", () => {
    expect(cell(wb, "Products", "E5")).toBe("年货节");
    expect(cell(wb, "Products", "F5")).toBe("the shop");
  });

  it("reads the same every time (ExcelJS's streaming reader intermittently loses xl/workbook.xml, stored last)", async () => {
    const file = join(dir, "exceljs.xlsx");
    for (let i = 0; i < 10; i++) {
      const again = await readWorkbook(file, (name) => name !== "Notes");
      expect(again.sheets.map((s) => s.name)).toEqual(["Products", "活动"]);
      expect(again.sheets[0].rows.length).toBe(1000);
    }
  });

  it("puts rows at their sheet row, leaving blank rows out", () => {
    const rows = wb.sheets[0].rows;
    expect(rows.length).toBe(1000);
    expect(rows[1]).toBeUndefined();
    expect(rows[6]).toBeUndefined(); // row 7 holds only a styled empty cell
    expect(cell(wb, "Products", "F1000")).toBe("far away");
    expect(cell(wb, "活动", "B2")).toBe("平台");
    expect(wb.sheets[1].rows[0]).toBeUndefined();
  });
});

const REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const MAIN_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook laid out by hand: absolute relationship targets, xl/workbook.xml last in the zip, shared strings first. */
async function handMadeWorkbook(
  file: string,
  opts: { date1904?: boolean; workbookFirst?: boolean } = {}
): Promise<void> {
  const zip = new JSZip();
  const workbookXml =
    `<?xml version="1.0"?><workbook ${MAIN_NS}><workbookPr${opts.date1904 ? ' date1904="1"' : ""}/><sheets>` +
    `<sheet name="Promotions" sheetId="1" r:id="rId8"/><sheet name="Scratch" sheetId="2" r:id="rId7"/></sheets></workbook>`;
  if (opts.workbookFirst) zip.file("xl/workbook.xml", workbookXml);
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId7" Type="${REL_SHEET}" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId8" Type="${REL_SHEET}" Target="/xl/worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst ${MAIN_NS} count="2" uniqueCount="2"><si><t>SKU</t></si><si><r><t>Tm</t></r><r><rPr><b/></rPr><t xml:space="preserve">all </t></r></si></sst>`
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0"?><styleSheet ${MAIN_NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>` +
      `<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
      `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet ${MAIN_NS}><sheetData>` +
      `<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c></row>` +
      // rows and cells without r attributes follow the previous ones
      `<row><c t="inlineStr"><is><r><t>年货</t></r><r><t>节</t></r><rPh sb="0" eb="1"><t>ニエンフオ</t></rPh></is></c><c><v>7</v></c><c s="1"><v>46556</v></c><c s="2"><v>46556.5</v></c></row>` +
      `<row r="9"><c r="B9" t="e"><f>NA()</f><v>#N/A</v></c><c r="C9" t="b"><f>1=1</f><v>1</v></c><c r="D9" t="str"><f>"a"&amp;"&lt;b&gt;"</f><v>a&lt;b&gt;</v></c>` +
      `<c r="E9" t="d"><v>2027-06-18T00:00:00Z</v></c><c r="F9"><f>1/0</f></c><c r="G9" t="s"><v></v></c><c r="AA9"><v>-3.5</v></c></row>` +
      `</sheetData></worksheet>`
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<?xml version="1.0"?><worksheet ${MAIN_NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`
  );
  if (!opts.workbookFirst) zip.file("xl/workbook.xml", workbookXml);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

it("keeps multi-byte text whole across the parts' chunk boundaries (shared and inline strings)", async () => {
  // Thousands of distinct Chinese strings: the shared strings part inflates in many chunks, and some chunk boundary
  // falls inside a 3-byte UTF-8 character.
  const text = (i: number): string =>
    `产品${i}号·天猫旗舰店专供·${"双十一预售".repeat(1 + (i % 3))}`;
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Products");
  for (let i = 0; i < 4000; i++)
    ws.addRow([text(i), { richText: [{ text: "京东" }, { text: String(i) }] }]);
  const file = join(dir, "chinese.xlsx");
  await book.xlsx.writeFile(file);
  const read = await readWorkbook(file, all);
  const rows = read.sheets[0].rows;
  const bad = [];
  for (let i = 0; i < 4000; i++)
    if (rows[i]?.[0] !== text(i) || rows[i]?.[1] !== `京东${i}`) bad.push(i);
  expect(bad).toEqual([]);
});

describe("a workbook laid out by another program", () => {
  let wb: WorkbookRead;
  beforeAll(async () => {
    const file = join(dir, "handmade.xlsx");
    await handMadeWorkbook(file);
    wb = await readWorkbook(file, (name) => name === "Promotions");
  });

  it("knows the sheet names although xl/workbook.xml comes last and the targets are absolute", () => {
    expect(wb.sheetNames).toEqual(["Promotions", "Scratch"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Promotions"]);
  });

  it("reads shared, rich and inline strings as plain text (phonetic runs left out)", () => {
    expect(cell(wb, "Promotions", "A3")).toBe("SKU");
    expect(cell(wb, "Promotions", "C3")).toBe("Tmall ");
    expect(cell(wb, "Promotions", "A4")).toBe("年货节");
  });

  it("follows rows and cells that have no r attribute", () => {
    expect(cell(wb, "Promotions", "B4")).toBe(7);
    expect(wb.sheets[0].rows.length).toBe(9);
  });

  it("turns numbers into dates by the cell's number format, custom or built-in, keeping the time", () => {
    expect(cell(wb, "Promotions", "C4")).toEqual(new Date(Date.UTC(2027, 5, 18)));
    expect(cell(wb, "Promotions", "D4")).toEqual(new Date(Date.UTC(2027, 5, 18, 12)));
  });

  it("keeps the type of a formula's cached result", () => {
    expect(cell(wb, "Promotions", "B9")).toEqual({ error: "#N/A" });
    expect(cell(wb, "Promotions", "C9")).toBe(true);
    expect(cell(wb, "Promotions", "D9")).toBe("a<b>");
    expect(cell(wb, "Promotions", "E9")).toEqual(new Date(Date.UTC(2027, 5, 18)));
    expect(cell(wb, "Promotions", "F9")).toBeUndefined();
    expect(cell(wb, "Promotions", "G9")).toBeUndefined();
    expect(cell(wb, "Promotions", "AA9")).toBe(-3.5);
  });

  it.each([false, true])(
    "shifts dates of the 1904 date system (workbook.xml first: %s)",
    async (workbookFirst) => {
      const file = join(dir, `handmade1904-${workbookFirst}.xlsx`);
      await handMadeWorkbook(file, { date1904: true, workbookFirst });
      const wb1904 = await readWorkbook(file, all);
      expect(wb1904.sheetNames).toEqual(["Promotions", "Scratch"]);
      expect(cell(wb1904, "Promotions", "C4")).toEqual(new Date(Date.UTC(2031, 5, 19)));
      expect(cell(wb1904, "Promotions", "A3")).toBe("SKU");
    }
  );
});

it("reads SpreadsheetML written with a namespace prefix (x:row, x:c …)", async () => {
  const X =
    'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><x:workbook ${X}><x:sheets><x:sheet name="产品" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_SHEET}" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><x:worksheet ${X}><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>KA-101</x:t></x:is></x:c><x:c r="C2"><x:v>399</x:v></x:c></x:row></x:sheetData></x:worksheet>`
  );
  const file = join(dir, "prefixed.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const wb = await readWorkbook(file, all);
  expect(wb.sheetNames).toEqual(["产品"]);
  expect(cell(wb, "产品", "B2")).toBe("KA-101");
  expect(cell(wb, "产品", "C2")).toBe(399);
});

describe("date formats", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-804]yyyy/m/d;@", true],
    ["h:mm", true],
    ["m/d/yy h:mm", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ["0.0%", false],
    ["[$¥-804]#,##0.00", false],
    ['#,##0" days"', false],
    ["[Red]0.00;[Blue]-0.00", false],
    ["0.00_);\\(0.00\\)", false],
  ])("%s → %s", (code, isDate) => {
    expect(isDateFormat(code)).toBe(isDate);
  });
});

describe("date serials", () => {
  it("round-trip through the core's dateToSerial, around Excel's fictitious 1900-02-29 too", () => {
    for (const s of [1, 59, 61, 45658, 46556]) expect(dateToSerial(dateOfSerial(s, false))).toBe(s);
    expect(dateOfSerial(46556, false)).toEqual(new Date(Date.UTC(2027, 5, 18)));
  });

  it("a day's cells share one Date, dateOfSerial's, in either date system", () => {
    for (const date1904 of [false, true]) {
      const dateOf = sharedDates(date1904);
      for (const s of [1, 59, 61, 46556, 46556.5])
        expect(dateOf(s)).toEqual(dateOfSerial(s, date1904));
      expect(dateOf(46556)).toBe(dateOf(46556));
      expect(dateOf(46556)).not.toBe(dateOf(46557));
    }
  });

  it("serial 60 (29 February 1900, which no Date holds) and the days before it are written and read back as Excel counts them", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Promotions");
    for (const [ref, serial] of [
      ["A1", 59],
      ["A2", 60],
      ["A3", 60.75],
      ["A4", 61],
    ] as const) {
      ws.getCell(ref).value = plainValue(serial, true) as ExcelJS.CellValue;
      ws.getCell(ref).numFmt = "yyyy-mm-dd";
    }
    const file = join(dir, "serial60.xlsx");
    await book.xlsx.writeFile(file);
    const wb = await readWorkbook(file, all);
    expect(dateToSerial(cell(wb, "Promotions", "A1") as Date)).toBe(59);
    expect(cell(wb, "Promotions", "A2")).toBe(60);
    expect(cell(wb, "Promotions", "A3")).toBe(60.75);
    expect(cell(wb, "Promotions", "A4")).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });
});

describe("files that are not workbooks", () => {
  const problem = async (file: string): Promise<string> => {
    try {
      await readWorkbook(file, all);
    } catch (e) {
      if (e instanceof WorkbookOpenError) return e.problem;
      throw e;
    }
    return "read";
  };

  it("a missing file", async () => {
    expect(await problem(join(dir, "nope.xlsx"))).toBe("missing");
  });

  it("a directory, a text file and an empty file", async () => {
    expect(await problem(dir)).toBe("not-a-workbook");
    writeFileSync(join(dir, "text.xlsx"), "SKU,Platform\nA1,Tmall\n");
    expect(await problem(join(dir, "text.xlsx"))).toBe("not-a-workbook");
    writeFileSync(join(dir, "empty.xlsx"), "");
    expect(await problem(join(dir, "empty.xlsx"))).toBe("not-a-workbook");
  });

  it("a zip that is no workbook, and a workbook cut short", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    writeFileSync(join(dir, "doc.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    expect(await problem(join(dir, "doc.xlsx"))).toBe("not-a-workbook");

    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Products");
    for (let r = 1; r <= 2000; r++) ws.addRow([`SKU-${r}`, r * 3.5, `row ${r} of a longer sheet`]);
    const buf = Buffer.from(await book.xlsx.writeBuffer());
    writeFileSync(join(dir, "truncated.xlsx"), buf.subarray(0, Math.floor(buf.length / 2)));
    // It starts as a zip, but its central directory (at the end) is gone: a damaged file, not a foreign one.
    expect(await problem(join(dir, "truncated.xlsx"))).toBe("damaged");
  });

  it("an OLE file: password-protected when it holds an EncryptionInfo stream, else a legacy .xls", async () => {
    const ole = (names: string[]): Buffer => {
      const b = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      b.writeUInt16LE(9, 0x1e); // 512-byte sectors
      b.writeUInt32LE(1, 0x30); // directory in sector 1 (file offset 1024)
      names.forEach((n, i) => Buffer.from(n, "utf16le").copy(b, 1024 + i * 128));
      return b;
    };
    writeFileSync(
      join(dir, "locked.xlsx"),
      ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"])
    );
    writeFileSync(
      join(dir, "old.xls"),
      ole(["Root Entry", "Workbook", "\u0005SummaryInformation"])
    );
    expect(await problem(join(dir, "locked.xlsx"))).toBe("encrypted");
    expect(await problem(join(dir, "old.xls"))).toBe("legacy-xls");
  });
});
