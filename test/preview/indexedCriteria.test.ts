// The preview's indexed COUNTIFS / MINIFS / … (src/preview/indexedCriteria.ts) answer exactly as HyperFormula's own
// implementation: the same random sheet is computed by an engine with HyperFormula's plugins and one with the indexed
// replacement, before and after random edits; and an edit through the preview's engine is seen by the next answer.
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import {
  ENGINE_CONFIG,
  FormulaEngine,
  previewEngineConfig,
  registerPlanFunctions,
} from "../../src/preview/formulaEngine";
import { criteriaAnswers } from "../../src/preview/indexedCriteria";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { linkRangesOnce } from "../../src/preview/rangeLinks";

jest.setTimeout(120_000);

// Cell contents as HyperFormula reads them: text (quoted or read as a number / date / boolean by the engine), numbers,
// blanks, errors and formulas whose result is "" or a number.
const TEXTS = [
  "sku-1",
  "SKU-1",
  "Sku-1",
  "é",
  "e",
  "E",
  "straße",
  "a*",
  "a?c",
  "abc",
  "a~*",
  "a|b",
  "ΑΣ",
  "ας",
  "x.y",
  "(1)",
  " 1",
];
const cell: fc.Arbitrary<RawCellContent> = fc.oneof(
  fc.constantFrom(...TEXTS).map((t) => `'${t}`),
  fc.constantFrom("1", "01", "1.0", "2", "-1", "2024-01-01", "TRUE", "false", "1e2", "12%"),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, 1.5, 45000, -0, 1e-9),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("=1/0", "=NA()", '=""', "=1+1", '="SKU-1"')
);
// Criteria as typed in a cell: plain values, operators with numbers or text, wildcards, empty.
const criterion: fc.Arbitrary<RawCellContent> = fc.oneof(
  cell,
  fc
    .tuple(
      fc.constantFrom(">", ">=", "<", "<=", "=", "<>", ""),
      fc.constantFrom(
        "0",
        "1",
        "-1",
        "1.5",
        "abc",
        "",
        "2024-01-01",
        "sku-1",
        "a*",
        "*",
        "?",
        "TRUE"
      )
    )
    .map(([op, v]) => `'${op}${v}`)
);

const ROWS = 12;
const cols = ["A", "B", "C"];
/** Every criteria function over A–C, with criteria in E1:E4, over bounded and whole-column ranges. */
function formulas(): string[] {
  const r = (c: string, whole: boolean): string => (whole ? `${c}:${c}` : `${c}1:${c}${ROWS}`);
  const out: string[] = [];
  for (const whole of [false, true]) {
    const [a, b, c] = cols.map((x) => r(x, whole));
    out.push(
      `=COUNTIFS(${a},E1)`,
      `=COUNTIFS(${a},E1,${b},E2)`,
      `=COUNTIFS(${a},E1,${b},E2,${c},E3)`,
      `=MINIFS(${c},${a},E1,${b},E2)`,
      `=MAXIFS(${c},${a},E1,${b},E3)`,
      `=SUMIFS(${c},${a},E1,${b},E4)`,
      `=COUNTIF(${b},E2)`,
      `=SUMIF(${a},E1,${c})`,
      `=AVERAGEIF(${a},E1,${c})`,
      `=MINIFS(${c},${a},E1,${c},E2)`
    );
  }
  // Ranges of different sizes (HyperFormula's #VALUE!), two-column ranges, a range not from the first row.
  out.push(
    `=COUNTIFS(A1:A${ROWS},E1,B1:B${ROWS - 1},E2)`,
    `=COUNTIFS(A1:B${ROWS},E1)`,
    `=MINIFS(B2:C${ROWS},A2:B${ROWS},E1)`,
    `=COUNTIFS(A3:A${ROWS},E1,C3:C${ROWS},E2)`
  );
  return out;
}

interface Sheet {
  cells: RawCellContent[][];
  criteria: RawCellContent[];
}
const sheetArb: fc.Arbitrary<Sheet> = fc.record({
  cells: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), {
    minLength: ROWS,
    maxLength: ROWS,
  }),
  criteria: fc.array(criterion, { minLength: 4, maxLength: 4 }),
});
const editArb = fc.record({
  row: fc.integer({ min: 0, max: ROWS + 1 }),
  col: fc.constantFrom(0, 1, 2, 4),
  content: fc.oneof(cell, criterion),
});

/** The sheet: data in A–C, criteria in E1:E4, the formulas in G1 down. */
function grid(s: Sheet, fs: string[]): RawCellContent[][] {
  const rows = Math.max(ROWS, fs.length);
  return Array.from({ length: rows }, (_, i) => [
    ...(s.cells[i] ?? [null, null, null]),
    null,
    i < 4 ? s.criteria[i] : null,
    null,
    fs[i] ?? null,
  ]);
}

function results(hf: HyperFormula, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => {
    const v = hf.getCellValue({ sheet: 0, row: i, col: 6 });
    return typeof v === "object" && v !== null ? { error: v.type, message: v.message } : v;
  });
}

describe("indexed criteria functions", () => {
  const fs = formulas();

  test("answer as HyperFormula's own, on random ranges and criteria, before and after edits", () => {
    registerPlanFunctions();
    const before = { ...criteriaAnswers };
    fc.assert(
      fc.property(sheetArb, fc.array(editArb, { maxLength: 6 }), (s, edits) => {
        const reference = HyperFormula.buildFromArray(grid(s, fs), ENGINE_CONFIG);
        // As the preview's engine: indexed criteria, whole-column ranges linked once (built empty, then filled).
        const indexed = HyperFormula.buildEmpty(previewEngineConfig());
        linkRangesOnce(indexed);
        indexed.addSheet();
        indexed.setSheetContent(0, grid(s, fs));
        try {
          expect(results(indexed, fs.length)).toEqual(results(reference, fs.length));
          for (const e of edits) {
            reference.setCellContents({ sheet: 0, row: e.row, col: e.col }, e.content);
            indexed.setCellContents({ sheet: 0, row: e.row, col: e.col }, e.content);
            expect(results(indexed, fs.length)).toEqual(results(reference, fs.length));
          }
        } finally {
          reference.destroy();
          indexed.destroy();
        }
      }),
      { numRuns: 150 }
    );
    // Both paths were compared: answers from the index and HyperFormula's scan (patterns, <>, booleans, blanks).
    expect(criteriaAnswers.indexed - before.indexed).toBeGreaterThan(1000);
    expect(criteriaAnswers.scanned - before.scanned).toBeGreaterThan(1000);
  });

  test("the preview's engine answers plain look-ups from the index and patterns by HyperFormula's scan", () => {
    const rows: RawCellContent[][] = Array.from({ length: 600 }, (_, i) => [
      `'sku-${i % 100}`,
      i,
      i < 100 ? `=COUNTIFS(A:A,"SKU-${i}",B:B,">0")` : null,
      i < 100 ? `=MINIFS(B:B,A:A,"sku-${i}",B:B,">0")` : null,
      i === 0 ? `=COUNTIFS(A:A,"sku-1*")` : null,
    ]);
    const before = { ...criteriaAnswers };
    const indexed = HyperFormula.buildFromArray(rows, previewEngineConfig());
    expect(criteriaAnswers.indexed - before.indexed).toBe(200);
    expect(criteriaAnswers.scanned - before.scanned).toBe(1);
    const reference = HyperFormula.buildFromArray(rows, ENGINE_CONFIG);
    const read = (hf: HyperFormula) =>
      [0, 1, 99].map((r) => [2, 3].map((c) => hf.getCellValue({ sheet: 0, row: r, col: c })));
    expect(read(indexed)).toEqual([
      [5, 100],
      [6, 1],
      [6, 99],
    ]);
    expect(read(reference)).toEqual(read(indexed));
    expect(indexed.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe(66); // sku-1, sku-10…19
    expect(reference.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe(66);
    indexed.destroy();
    reference.destroy();
  });
});

describe("an edit reaches the indexed answers of the preview's engine", () => {
  function book(): MemoryWorkbook {
    const wb = new MemoryWorkbook("en");
    wb.addSheet("Promotions", [
      ["SKU", "Start"],
      ["A-1", 46100],
      ["a-1", 46090],
      ["B-2", 46200],
      ["A-1", "tbd"],
    ]);
    wb.addSheet("Products", [["SKU", "Promotions", "First"], ["A-1"], ["B-2"], ["C-3"]]);
    for (const r of [2, 3, 4]) {
      wb.setCell("Products", `B${r}`, `=COUNTIFS(Promotions!A:A,A${r},Promotions!B:B,">0")`);
      wb.setCell(
        "Products",
        `C${r}`,
        `=MINIFS(Promotions!B:B,Promotions!A:A,A${r},Promotions!B:B,">0")`
      );
    }
    wb.useCalculator(new FormulaEngine());
    return wb;
  }
  const at = (wb: MemoryWorkbook, a: string) => wb.cell("Products", a)?.value;

  test("a Start, a SKU, a new row and a deleted value change the answers at once", () => {
    const wb = book();
    expect([at(wb, "B2"), at(wb, "C2"), at(wb, "B3"), at(wb, "C3"), at(wb, "B4")]).toEqual([
      2, 46090, 1, 46200, 0,
    ]);
    wb.setCell("Promotions", "B3", 46300); // the earliest moves later
    expect([at(wb, "B2"), at(wb, "C2")]).toEqual([2, 46100]);
    wb.setCell("Promotions", "B5", 46000); // text became a date
    expect([at(wb, "B2"), at(wb, "C2")]).toEqual([3, 46000]);
    wb.setCell("Promotions", "A4", "c-3"); // B-2's promotion moves to C-3
    expect([at(wb, "B3"), at(wb, "C3"), at(wb, "B4"), at(wb, "C4")]).toEqual([0, 0, 1, 46200]);
    wb.setCell("Promotions", "A6", "B-2"); // a new row below the table's last
    wb.setCell("Promotions", "B6", 46400);
    expect([at(wb, "B3"), at(wb, "C3")]).toEqual([1, 46400]);
    wb.setCell("Promotions", "B6", null);
    expect([at(wb, "B3"), at(wb, "C3")]).toEqual([0, 0]);
  });
});
