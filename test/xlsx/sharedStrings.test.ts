/**
 * The shared string table read by the worksheet scanner: plain and rich text, phonetic runs left out, entities,
 * `_xHHHH_` escapes, CDATA, prefixed elements, an empty <si>, any chunk boundary; XML that is not well-formed refused.
 */
import { SharedStringsCollector } from "../../src/core/xlsx/sharedStrings";
import { WorksheetScanner, XmlError } from "../../src/core/xlsx/worksheetScanner";

const SST =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">` +
  `<x:si><x:t>Plain</x:t></x:si>` +
  `<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Rich </x:t></x:r><x:r><x:t xml:space="preserve">run &amp; more</x:t></x:r></x:si>` +
  `<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si>` +
  `<x:si><x:t>line_x000D_\r\nend &#x4e2d;</x:t></x:si>` +
  `<x:si><x:t/></x:si>` +
  `<x:si><x:t><![CDATA[a <b> & c]]></x:t></x:si>` +
  `</x:sst>`;

const EXPECTED = ["Plain", "Rich run & more", "東京", "line\r\nend 中", "", "a <b> & c"];

function read(chunks: readonly string[]): string[] {
  const collector = new SharedStringsCollector();
  const scanner = new WorksheetScanner(collector);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return collector.strings;
}

test("each <si> as its plain text, in order", () => {
  expect(read([SST])).toEqual(EXPECTED);
});

test("the same at every chunk boundary", () => {
  for (let at = 1; at < SST.length; at++)
    expect(read([SST.slice(0, at), SST.slice(at)])).toEqual(EXPECTED);
});

test("a part that is not well-formed is refused, not read in part", () => {
  expect(() => read([SST.slice(0, SST.length - 5)])).toThrow(XmlError);
  expect(() => read([SST.replace("</x:t></x:si>", "</x:si>")])).toThrow(XmlError);
  expect(() => read([SST.replace("&amp;", "&nbsp;")])).toThrow(XmlError);
});
