/**
 * What each command the adapter queues costs on the wire, measured with Office.js's own serializer (measure.ts). The
 * table is written to test-output/office-request-sizes.md; the checks pin the client's behaviour the adapter's budget
 * depends on, so a new @microsoft/office-js that serialises otherwise shows here.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { payloadBytes } from "../../../src/excel/chunks";
import { FakeExcel } from "../fakeExcel";
import { installOfficeClient } from "./installOfficeClient";
import {
  COMMAND_KINDS,
  gridWrite,
  measureCommand,
  requestBytes,
  type CommandSize,
} from "./measure";

const sizes: CommandSize[] = [];
/** 2-D writes: bytes over the grid's JSON for one set (≤ 1,500 cells) and per further 1,500-cell slice. */
const grids: { framing: number; perSlice: number } = { framing: 0, perSlice: 0 };
const bySize = (kind: RegExp): CommandSize => {
  const s = sizes.find((x) => kind.test(x.kind));
  if (!s) throw new Error(`not measured: ${kind}`);
  return s;
};

beforeAll(async () => {
  for (const k of COMMAND_KINDS) sizes.push(await measureCommand(k));
  const one = await gridWrite(300, 5);
  const ten = await gridWrite(3000, 5);
  grids.framing = one.bytes - one.json;
  grids.perSlice = Math.round((ten.bytes - ten.json - grids.framing) / 9);
  const rows = sizes.map(
    (s) => `| ${s.kind} | ${s.small} | ${s.large} | ${s.payload} | ${s.overhead} |`
  );
  const dir = join(__dirname, "../../../test-output");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "office-request-sizes.md"),
    [
      "| command | bytes, small batch | bytes, large batch | payload counted | overhead |",
      "|---|---:|---:|---:|---:|",
      ...rows,
      "",
      `2-D values / formulas write: ${grids.framing} bytes over the JSON of the grid for one set of at most 1,500 ` +
        `cells; ${grids.perSlice} bytes more per further slice of 1,500 cells (the client splits larger sets).`,
      "",
    ].join("\n")
  );
}, 120_000);

test("every kind was measured and costs more than the payload it carries", () => {
  expect(sizes).toHaveLength(COMMAND_KINDS.length);
  for (const s of sizes) {
    expect(s.small).toBeGreaterThan(s.payload);
    expect(s.large).toBeGreaterThanOrEqual(s.small);
  }
});

/**
 * Issue 10 reports ~350 B a hyperlink, ~560 B font.bold, ~1.4 kB a highlight: what the serializer sends for a context
 * made with `new Excel.RequestContext()`. Inside Excel.run (as the adapter runs) every Range is auto-tracked: the
 * client adds `_KeepReference` and a second Instantiate per range, about 150 B more per range object.
 */
test("inside Excel.run: ~0.5 kB a hyperlink, ~0.7 kB font.bold, ~1.6 kB a highlight", () => {
  expect(bySize(/^hyperlink/).large).toBeGreaterThan(450);
  expect(bySize(/^hyperlink/).large).toBeLessThan(600);
  expect(bySize(/^font\.bold/).large).toBeGreaterThan(650);
  expect(bySize(/^font\.bold/).large).toBeLessThan(850);
  expect(bySize(/^highlight CF/).large).toBeGreaterThan(1400);
  expect(bySize(/^highlight CF/).large).toBeLessThan(1900);
});

test("outside Excel.run (no auto-tracking) a hyperlink and a bold row cost what issue 10 measured", async () => {
  const bytes = async (n: number): Promise<number> => {
    const installed = installOfficeClient(new FakeExcel(["Plan"]));
    try {
      const context = new Excel.RequestContext();
      const s = context.workbook.worksheets.getItem("Plan");
      for (let i = 0; i < n; i++) {
        s.getRange(`D${i + 2}`).hyperlink = {
          documentReference: `Promotions!E${i + 2}`,
          textToDisplay: `Promotions!E${i + 2}`,
        };
        s.getRange(`A${i + 1}:K${i + 1}`).format.font.bold = true;
      }
      await context.sync();
      return installed.host.requests[0].bytes;
    } finally {
      installed.uninstall();
    }
  };
  const pair = (await bytes(2)) - (await bytes(1));
  expect(pair).toBeGreaterThan(350 + 450);
  expect(pair).toBeLessThan(350 + 560 + 50);
  expect(pair).toBeLessThan(bySize(/^hyperlink/).small + bySize(/^font\.bold/).small - 200);
});

describe("2-D writes (values / formulas)", () => {
  const grid = (rows: number, cols: number): string[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));
  const write = (g: string[][]) => async (): Promise<number> =>
    (
      await requestBytes(1, (_c, s) => {
        s.getRange(`A1:${String.fromCharCode(64 + g[0].length)}${g.length}`).formulas = g;
      })
    )[0];

  test("the measured framing: a few hundred bytes per set, about as much per further 1,500-cell slice", () => {
    expect(grids.framing).toBeGreaterThan(300);
    expect(grids.framing).toBeLessThan(1000);
    expect(grids.perSlice).toBeGreaterThan(300);
    expect(grids.perSlice).toBeLessThan(1500);
  });

  test("up to 1,500 cells: one set, its framing a few hundred bytes over the JSON of the grid", async () => {
    const g = grid(300, 5);
    const bytes = await write(g)();
    expect(bytes - payloadBytes(g)).toBeGreaterThan(300);
    expect(bytes - payloadBytes(g)).toBeLessThan(1000);
  });

  test("over 1,500 cells the client sends one set per 1,500 cells (setRangePropertiesInBulk)", async () => {
    const g = grid(3000, 5);
    const bytes = await write(g)();
    const framing = bytes - payloadBytes(g);
    // 10 slices of 300 rows, each getRow(i).getBoundingRect(getRow(j)) and its own set.
    expect(framing).toBeGreaterThan(10 * 300);
    expect(framing).toBeLessThan(10 * 1500);
  });
});
