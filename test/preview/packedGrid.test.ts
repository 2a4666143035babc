/** Rows packed for a worker's message (src/preview/packedGrid.ts) read back as they were, through a structured clone. */
import type { LayoutCell } from "../../src/core/write/layout";
import {
  packedBuffers,
  PackedGridReader,
  packGrid,
  unpackGrid,
} from "../../src/preview/packedGrid";

const roundTrip = (rows: LayoutCell[][]): LayoutCell[][] =>
  unpackGrid(structuredClone(packGrid(rows)));

describe("packed grids", () => {
  test("every kind of cell comes back as it was", () => {
    const date = new Date(Date.UTC(2027, 0, 31));
    const rows: LayoutCell[][] = [
      [null, undefined, 0, -1.5, 1e300, Number.NaN, "", "text", "产品 €", true, false, date],
      [{ error: "#N/A" }, { formula: "SUM(A1:A3)", result: 6 }, { formula: "A1", result: null }],
      [
        { formula: 'IF(A1="","",A1)', result: "年货节" },
        { formula: "NA()", result: { error: "#N/A" } },
        { formula: "TODAY()", result: date },
        { formula: "A2", result: undefined },
        { formula: "TRUE()", result: true },
        { text: "Promotions!E12", link: "Promotions!E12" },
      ],
      [],
      ["only"],
    ];
    const back = roundTrip(rows);
    expect(back).toEqual(rows);
    expect(back[0][11]).toBeInstanceOf(Date);
    expect(back[2][2]).toEqual({ formula: "TODAY()", result: date });
  });

  test("holes stay holes (forEach skips them), an undefined cell stays one", () => {
    const row: LayoutCell[] = new Array<LayoutCell>(4);
    row[1] = "b";
    row[3] = undefined;
    const [back] = roundTrip([row]);
    expect(back).toHaveLength(4);
    expect(0 in back).toBe(false);
    expect(2 in back).toBe(false);
    expect(3 in back).toBe(true);
    expect(back[1]).toBe("b");
    const seen: number[] = [];
    back.forEach((_, j) => seen.push(j));
    expect(seen).toEqual([1, 3]);
  });

  test("a cell of another shape is kept whole, the texts around it in their places", () => {
    const odd = { formula: "A1", result: 1, note: "extra" } as unknown as LayoutCell;
    const oddResult = { formula: "A1", result: { nested: 1 } } as unknown as LayoutCell;
    const rows: LayoutCell[][] = [["before", odd, oddResult, { error: "#REF!" }, "after"]];
    expect(roundTrip(rows)).toEqual(rows);
    expect(packGrid(rows).whole.map(([i]) => i)).toEqual([1, 2]);
  });

  test("rows are read a few at a time, in order only", () => {
    const rows: LayoutCell[][] = Array.from({ length: 10 }, (_, i) => [
      `r${i}`,
      { formula: `A${i + 1}*2`, result: i * 2 },
    ]);
    const reader = new PackedGridReader(packGrid(rows));
    expect(reader.rowCount).toBe(10);
    expect([...reader.rows(0, 3), ...reader.rows(3, 10)]).toEqual(rows);
    const again = new PackedGridReader(packGrid(rows));
    expect(() => again.rows(2, 4)).toThrow("out of order");
  });

  test("its buffers can be transferred", () => {
    const p = packGrid([[1, "a"]]);
    const buffers = packedBuffers(p);
    expect(buffers).toHaveLength(3);
    const moved = structuredClone(p, { transfer: buffers });
    expect(p.kinds.byteLength).toBe(0);
    expect(unpackGrid(moved)).toEqual([[1, "a"]]);
  });
});
