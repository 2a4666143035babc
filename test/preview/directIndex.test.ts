// The preview's INDEX (src/preview/directIndex.ts) answers exactly as HyperFormula's own: random ranges (values,
// blanks, errors, a spilled array), row and column numbers in and out of range, fractions, text, and arrays that are
// not sheet ranges, computed by an engine with HyperFormula's plugins and one set up as the preview's.
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import {
  ENGINE_CONFIG,
  previewEngineConfig,
  registerPlanFunctions,
} from "../../src/preview/formulaEngine";

jest.setTimeout(60_000);

const cell: fc.Arbitrary<RawCellContent> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom("'a", "'B", "=1/0", '=""', null, true, "2024-01-01", "12%")
);
const number = fc.constantFrom(
  "0",
  "1",
  "2",
  "3",
  "4",
  "-1",
  "1.5",
  "2.9",
  "99",
  '"x"',
  '"2"',
  "1/0",
  "C1"
);
const range = fc.constantFrom(
  "A1:A4",
  "A1:B4",
  "B2:B3",
  "A:A",
  "A:B",
  "A2:B2",
  "{1,2;3,4}",
  "C1:C2",
  "A1"
);

function results(hf: HyperFormula, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => {
    const v = hf.getCellValue({ sheet: 0, row: i, col: 4 });
    return typeof v === "object" && v !== null ? { error: v.type, message: v.message } : v;
  });
}

test("INDEX answers as HyperFormula's own", () => {
  registerPlanFunctions();
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 4, maxLength: 4 }),
      fc.array(fc.tuple(range, number, fc.option(number, { nil: undefined })), {
        minLength: 1,
        maxLength: 8,
      }),
      (data, calls) => {
        const rows: RawCellContent[][] = Array.from(
          { length: Math.max(4, calls.length) },
          (_, i) => [
            ...(data[i] ?? [null, null]),
            i === 0 ? "=SEQUENCE(2)" : null,
            null,
            calls[i]
              ? `=INDEX(${calls[i][0]},${calls[i][1]}${calls[i][2] !== undefined ? `,${calls[i][2]}` : ""})`
              : null,
          ]
        );
        const reference = HyperFormula.buildFromArray(rows, ENGINE_CONFIG);
        const preview = HyperFormula.buildFromArray(rows, previewEngineConfig());
        try {
          expect(results(preview, calls.length)).toEqual(results(reference, calls.length));
        } finally {
          reference.destroy();
          preview.destroy();
        }
      }
    ),
    { numRuns: 150 }
  );
});
