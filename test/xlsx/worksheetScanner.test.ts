/**
 * The shared worksheet scanner on nasty XML: prefixes, attributes in any order and quoting, entities, CDATA, rich and
 * phonetic runs, self-closing cells, rows and cells without `r`, line ends, every chunk boundary; and what is not
 * well-formed refused. The CLI's collector (values) and the preview's (cells, structure) are checked on the same text.
 */
import { SheetCollector } from "../../src/cli/xlsx/sheetXml";
import type { SheetXmlContext } from "../../src/core/xlsx/cellDecoding";
import {
  scanWorksheet,
  WorksheetScanner,
  XmlError,
  type ScannedCell,
  type WorksheetCollector,
} from "../../src/core/xlsx/worksheetScanner";
import { WorksheetCollector as PreviewCollector } from "../../src/preview/open/readWorksheet";

type Seen = Omit<ScannedCell, "formulaType" | "formulaSi" | "formulaRef"> & {
  f?: [string | undefined, string | undefined, string | undefined];
};

/** Everything the scanner hands a collector, in order. */
function events(chunks: readonly string[]): unknown[] {
  const out: unknown[] = [];
  const collector: WorksheetCollector = {
    row: (row, a) => out.push(["row", row, a.get("hidden") ?? null, a.get("spans") ?? null]),
    cell: (c) => {
      const seen: Seen = {
        row: c.row,
        col: c.col,
        type: c.type,
        style: c.style,
        text: c.text,
        hasFormula: c.hasFormula,
        formula: c.formula,
      };
      if (c.hasFormula) seen.f = [c.formulaType, c.formulaSi, c.formulaRef];
      out.push(["cell", seen]);
    },
    open: (name, a) => out.push(["open", name, a]),
    close: (name) => out.push(["close", name]),
    text: (t) => {
      const last = out.at(-1) as unknown[] | undefined;
      if (last?.[0] === "text") last[1] += t;
      else out.push(["text", t]);
    },
  };
  const scanner = new WorksheetScanner(collector);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out;
}

const cells = (xml: string): Seen[] =>
  events([xml])
    .filter((e) => (e as unknown[])[0] === "cell")
    .map((e) => (e as [string, Seen])[1]);

const sheet = (body: string, around = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${around}<sheetData>${body}</sheetData></worksheet>`;

const cell = (over: Partial<Seen>): Seen => ({
  row: 1,
  col: 1,
  type: undefined,
  style: 0,
  text: undefined,
  hasFormula: false,
  formula: "",
  ...over,
});

const CTX: SheetXmlContext = {
  sharedStrings: ["zero", "one"],
  fullCalcOnLoad: false,
  isDateStyle: (s) => s === 9,
  date1904: false,
};

test("values, types and styles of plain cells", () => {
  expect(
    cells(
      sheet(
        '<row r="2"><c r="B2" s="3" t="s"><v>1</v></c><c r="C2"><v>12.5</v></c><c r="D2" t="b"><v>1</v></c></row>'
      )
    )
  ).toEqual([
    cell({ row: 2, col: 2, style: 3, type: "s", text: "1" }),
    cell({ row: 2, col: 3, text: "12.5" }),
    cell({ row: 2, col: 4, type: "b", text: "1" }),
  ]);
});

test("attributes in any order, either quote, white space around = and before >", () => {
  expect(cells(sheet(`<row r = '4' ><c t='str'  s = "7" r='AB4' ><v>x</v></c ></row >`))).toEqual([
    cell({ row: 4, col: 28, type: "str", style: 7, text: "x" }),
  ]);
});

test("prefixed elements (x:c) read by their local name; prefixed attributes are not r, t or s", () => {
  const xml =
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:y="urn:y">' +
    '<x:sheetData><x:row r="3" y:r="9"><x:c r="C3" y:t="s" y:s="5" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c>' +
    "</x:row></x:sheetData></x:worksheet>";
  expect(cells(xml)).toEqual([cell({ row: 3, col: 3, type: "inlineStr", text: "hi" })]);
});

test("entities and character references in text and attribute values", () => {
  expect(
    cells(
      sheet(
        '<row r="1"><c r="A1" t="str"><f>IF(A2&gt;1,"a&amp;b",&quot;&lt;&quot;)</f><v>&#20013;&#x6587; &apos;q&apos;</v></c>' +
          '<c r="B&#49;" s="&#50;"><v>2</v></c></row>'
      )
    )
  ).toEqual([
    cell({
      type: "str",
      hasFormula: true,
      formula: 'IF(A2>1,"a&b","<")',
      f: [undefined, undefined, undefined],
      text: "中文 'q'",
    }),
    cell({ col: 2, style: 2, text: "2" }),
  ]);
});

test("CDATA sections are text; comments and processing instructions are skipped", () => {
  expect(
    cells(
      sheet(
        '<row r="1"><!-- a comment <c> --><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]> tail</t></is></c>' +
          '<?pi something?><c r="B1"><v><![CDATA[4]]>2</v></c></row>'
      )
    )
  ).toEqual([cell({ type: "inlineStr", text: "<b>&amp;</b> tail" }), cell({ col: 2, text: "42" })]);
});

test("a <v> read at once, and one with a comment, white space or nothing inside read as the tags say", () => {
  expect(
    cells(
      sheet(
        '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1"><v>1<!-- c -->2</v></c><c r="C1"><v>3</v ></c>' +
          '<c r="D1" t="str"><v></v></c><c r="E1"> <v>4</v> </c><c r="F1" t="str"><v>a&amp;b</v></c></row>'
      )
    )
  ).toEqual([
    cell({ text: "1.5" }),
    cell({ col: 2, text: "12" }),
    cell({ col: 3, text: "3" }),
    cell({ col: 4, type: "str", text: "" }),
    cell({ col: 5, text: "4" }),
    cell({ col: 6, type: "str", text: "a&b" }),
  ]);
});

test("rich text runs join; phonetic runs are left out", () => {
  expect(
    cells(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>東</t></r><r><t xml:space="preserve"> 京 </t></r>' +
          '<rPh sb="0" eb="1"><t>トウ</t></rPh><phoneticPr fontId="1"/></is></c></row>'
      )
    )
  ).toEqual([cell({ type: "inlineStr", text: "東 京 " })]);
});

test("self-closing cells and rows, rows and cells without r, an empty <v/>", () => {
  expect(
    cells(
      sheet(
        '<row r="5"><c r="B5" s="4"/><c><v>1</v></c></row><row/><row><c r="A7"><v/></c><c/></row><row r="9" spans="1:2"/>'
      )
    )
  ).toEqual([
    cell({ row: 5, col: 2, style: 4 }),
    cell({ row: 5, col: 3, text: "1" }),
    cell({ row: 7, col: 1, text: "" }),
    cell({ row: 7, col: 2 }),
  ]);
  expect(
    events([sheet('<row r="2" hidden="1"/><row/>')]).filter((e) => (e as unknown[])[0] === "row")
  ).toEqual([
    ["row", 2, "1", null],
    ["row", 3, null, null],
  ]);
});

test("shared and array formulas keep their attributes", () => {
  expect(
    cells(
      sheet(
        '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>4</v></c></row>' +
          '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="B3"><f t="array" ref="B3:B4">{1;2}</f></c></row>'
      )
    )
  ).toEqual([
    cell({
      row: 2,
      text: "4",
      hasFormula: true,
      formula: "B2*2",
      f: ["shared", "0", "A2:A3"],
    }),
    cell({ row: 3, text: "6", hasFormula: true, f: ["shared", "0", undefined] }),
    cell({ row: 3, col: 2, hasFormula: true, formula: "{1;2}", f: ["array", undefined, "B3:B4"] }),
  ]);
});

test("line ends read as \\n in text, as spaces in attribute values", () => {
  const xml = sheet(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc\nd</t></is></c></row>',
    '<dataValidations><dataValidation sqref="A1\r\nB2\tC3"><formula1>x\r\ny</formula1></dataValidation></dataValidations>'
  );
  const all = events([xml]);
  expect(all).toContainEqual(["cell", cell({ type: "inlineStr", text: "a\nb\nc\nd" })]);
  expect(all).toContainEqual(["open", "dataValidation", { sqref: "A1 B2 C3" }]);
  expect(all).toContainEqual(["text", "x\ny"]);
});

test("outside sheetData, elements and text reach the collector as a SAX parser gives them", () => {
  const xml = `\ufeff${sheet("", '<x:cols xmlns:x="u"><x:col min="1" max="2" width="9.5"/></x:cols>')}<!-- end -->\n`;
  expect(events([xml])).toEqual([
    ["open", "worksheet", { xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main" }],
    ["open", "cols", { "xmlns:x": "u" }],
    ["open", "col", { min: "1", max: "2", width: "9.5" }],
    ["close", "col"],
    ["close", "cols"],
    ["close", "worksheet"],
  ]);
});

test("split at every place into two or three chunks, or a character at a time, it reads the same", () => {
  const xml = `\ufeff${sheet(
    '<row r="1" x14ac:dyDescent="0.25"><!-- a > b --><c r="A1" t="inlineStr"><is><t>a&amp;b&#x4E2D;</t></is></c>' +
      '<c r="B1" s="2"><f>SUM(A1:A2)&gt;0</f><v>1</v></c><c r="C1"/><c r="D1" t="str"><v><![CDATA[x]]>&lt;</v></c>' +
      // '>' where XML allows it as it is: in an attribute value and in text.
      '<c r="E1" t="str" x14ac:note="a>b"><v>1 > 0</v></c><c r="F1" t="inlineStr"><is><t xml:space="preserve"> > </t></is></c></row>',
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><!-- c -->'
  )}`;
  const whole = events([xml]);
  expect(whole.length).toBeGreaterThan(8);
  expect(JSON.stringify(whole)).toContain('"1 > 0"');
  expect(JSON.stringify(whole)).toContain('"text":" > "');
  for (let i = 0; i <= xml.length; i++) {
    expect(events([xml.slice(0, i), xml.slice(i)])).toEqual(whole);
    for (const j of [i + 1, i + 3, i + 9])
      expect(events([xml.slice(0, i), xml.slice(i, j), xml.slice(j)])).toEqual(whole);
  }
  expect(events([...xml])).toEqual(whole);
});

test.each([
  ["cut short inside sheetData", sheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -30)],
  ["cut short inside a tag", sheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -3)],
  ["a stray close tag", sheet('<row r="1"><c r="A1"><v>1</v></c></c></row>')],
  ["a close tag that does not match", sheet('<row r="1"><c r="A1"><v>1</c></v></row>')],
  ["an undefined entity", sheet('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>')],
  ["an entity without its ';'", sheet('<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>')],
  ["a bad character reference", sheet('<row r="1"><c r="A1" t="str"><v>&#xD800;</v></c></row>')],
  ["an unquoted attribute", sheet("<row r=1></row>")],
  ["an attribute without a value", sheet("<row hidden></row>")],
  ["'<' in an attribute value", sheet('<row r="<1"></row>')],
  ["text outside the root", `${sheet("")}trailing`],
  ["two roots", `${sheet("")}<worksheet/>`],
  ["no element at all", "   "],
  ["an empty part", ""],
  ["a tag without a name", sheet("< row/>")],
])("refuses XML that is not well-formed: %s", (_, xml) => {
  expect(() => scanWorksheet(xml, { cell: () => undefined })).toThrow(XmlError);
});

test("the CLI's collector: values decoded (shared strings, _x000D_ escapes, dates), formulas without values listed", () => {
  const collector = new SheetCollector(CTX);
  scanWorksheet(
    sheet(
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>KA-1_x000D_</t></is></c>' +
        '<c r="C2" s="9"><v>46023</v></c><c r="D2"><f>A2&amp;"x"</f></c><c r="E2"><f t="shared" si="3">C2+1</f></c></row>' +
        '<row r="3"><c r="E3"><f t="shared" si="3"/></c></row>',
      ""
    ).replace("</sheetData>", '</sheetData><mergeCells><mergeCell ref="A2:A3"/></mergeCells>'),
    collector
  );
  const { rows, formulas, merges } = collector.result();
  expect(rows[1]).toEqual(["one", "KA-1\r", new Date(Date.UTC(2026, 0, 1))]);
  expect(rows[2]).toBeUndefined();
  expect(formulas).toEqual([
    { row: 2, col: 4, formula: 'A2&"x"' },
    { row: 2, col: 5, formula: "C2+1" },
    { row: 3, col: 5, formula: "C3+1" },
  ]);
  expect(merges).toEqual(["A2:A3"]);
});

test("the preview's collector: cells with formulas and formats, hidden rows, widths, panes, dropdowns", () => {
  const collector = new PreviewCollector("Promotions", {
    ...CTX,
    formatOf: (s) => (s === 9 ? "yyyy-mm-dd" : "General"),
  });
  scanWorksheet(
    sheet(
      '<row r="1" hidden="true"><c r="A1" t="s"><v>0</v></c><c r="B1" s="9"/><c r="C1"><f>1+1</f><v>2</v></c></row>',
      '<sheetViews><sheetView><pane xSplit="1" ySplit="1" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="3" width="12" customWidth="1"/></cols>'
    ).replace(
      "</sheetData>",
      '</sheetData><dataValidations><dataValidation type="list" sqref="D2:D9 E2"><formula1>"Tmall,JD"</formula1></dataValidation></dataValidations>'
    ),
    collector
  );
  const { sheet: s } = collector.result();
  expect(s.cellAt(1, 1)).toEqual({ value: "zero" });
  expect(s.cellAt(1, 2)).toEqual({ value: null, numFmt: "yyyy-mm-dd" });
  expect(s.cellAt(1, 3)).toEqual({ value: 2, formula: "1+1" });
  expect([...s.hiddenRows]).toEqual([1]);
  expect([...s.widths]).toEqual([
    ["B", 12],
    ["C", 12],
  ]);
  expect([s.frozenRows, s.frozenColumns]).toEqual([1, 1]);
  expect(s.validations).toEqual([
    { range: "D2:D9", source: '="Tmall,JD"' },
    { range: "E2", source: '="Tmall,JD"' },
  ]);
});
