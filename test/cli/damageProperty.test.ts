/**
 * Property (issue 11): random damage to a valid .xlsx — the file cut short, bytes flipped, an entry dropped, two
 * parts swapped, a part cut short or its XML garbled (zipped again, so the checksums match) — never crashes
 * `ops-planner validate`, finishes in time, and gives either exit 2 with one line, or a plan whose findings name
 * real cells of the workbook's sheets.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { columnIndex } from "../../src/core/cells";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { basePlan } from "./badInputs";
import { tempDir } from "./cliRun";
import { workbookParts, zipParts } from "./handmadeXlsx";
import { validateInProcess, type ValidateOutcome } from "./validateInProcess";

jest.setTimeout(180_000);

const RUNS = 120;
/** One validation may take this long at most (a damaged file must not hang the reader). */
const RUN_MS = 10_000;
const CORPUS_FILE = join(__dirname, "..", "corpus", "openpyxl-plan.xlsx");

let tmp: ReturnType<typeof tempDir>;
let base: Buffer;
let baseParts: Map<string, string | Buffer>;
beforeAll(async () => {
  tmp = tempDir("damage");
  const wb = basePlan();
  wb.sheets[0].tables = [{ ref: "A1:D4" }];
  wb.sheets[1].merges = ["A2:A3"];
  baseParts = workbookParts(wb);
  base = await zipParts(baseParts);
});
afterAll(() => tmp.cleanup());

let n = 0;
/** Outcomes seen, so a property that only ever saw one kind of outcome is noticed. */
const seen = { refused: 0, read: 0 };
afterAll(() => {
  expect(seen.refused).toBeGreaterThan(0);
  expect(seen.read).toBeGreaterThan(0);
});

async function check(bytes: Buffer): Promise<ValidateOutcome> {
  const file = join(tmp.dir, `damaged${++n % 50}.xlsx`);
  writeFileSync(file, bytes);
  let timer: NodeJS.Timeout | undefined;
  const out = await Promise.race([
    validateInProcess(file),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${RUN_MS} ms`)), RUN_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  await expectSound(out, file);
  if (out.code === 2) seen.refused++;
  else seen.read++;
  return out;
}

/** Exit 2 in one line, or findings on real cells of the workbook's sheets. */
async function expectSound(out: ValidateOutcome, file: string): Promise<void> {
  if (out.code === 2) {
    expect(out.error).toMatch(/^\S.*[^\n]$/);
    expect(out.error).not.toMatch(/\n|\bat \w+ \(/);
    return;
  }
  expect([0, 1]).toContain(out.code);
  const sheets = new Set((await readWorkbook(file, () => true)).sheetNames);
  for (const f of out.json?.findings ?? []) {
    expect(sheets.has(f.sheet)).toBe(true);
    expect(Number.isInteger(f.row) && f.row >= 1 && f.row <= 1_048_576).toBe(true);
    expect(/^[A-Z]{1,3}$/.test(f.column) && columnIndex(f.column) <= 16_384).toBe(true);
    expect(f.message).toMatch(/\S/);
  }
}

const rezip = async (parts: Map<string, string | Buffer>): Promise<Buffer> => zipParts(parts);

describe("damage to the zip's bytes", () => {
  it("cut short anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), async (at) => {
        await check(base.subarray(0, at % (base.length + 1)));
      }),
      { numRuns: RUNS }
    );
  });

  it("bytes flipped anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const b = Buffer.from(base);
          for (const [at, mask] of flips) b[at % b.length] ^= mask;
          await check(b);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

describe("damage to the parts (zipped again: the checksums match)", () => {
  const names = (): string[] => [...baseParts.keys()];

  it("an entry dropped", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (i) => {
        const p = new Map(baseParts);
        const name = names()[i % names().length];
        p.delete(name);
        const out = await check(await rezip(p));
        // A sheet, the shared strings, the workbook or its relationships gone: never a smaller plan.
        if (/worksheets\/sheet\d+\.xml$|sharedStrings|workbook\.xml|tables\//.test(name))
          expect(out.code).toBe(2);
      }),
      { numRuns: 40 }
    );
  });

  it("two parts swapped", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), async (i, j) => {
        const p = new Map(baseParts);
        const [a, b] = [names()[i % names().length], names()[j % names().length]];
        const x = p.get(a) as string | Buffer;
        p.set(a, p.get(b) as string | Buffer);
        p.set(b, x);
        await check(await rezip(p));
      }),
      { numRuns: 60 }
    );
  });

  it("a part cut short, or its characters changed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom("<", ">", '"', "&", "x", "0", "9", "/", " ", "é", "")),
          {
            maxLength: 6,
          }
        ),
        async (i, cut, edits) => {
          const p = new Map(baseParts);
          const name = names()[i % names().length];
          let text = String(p.get(name));
          if (edits.length === 0) text = text.slice(0, cut % (text.length + 1));
          for (const [at, ch] of edits) {
            const k = at % (text.length + 1);
            text = text.slice(0, k) + ch + text.slice(k + 1);
          }
          p.set(name, text);
          await check(await rezip(p));
        }
      ),
      { numRuns: RUNS }
    );
  });
});

it("a real file written by openpyxl, damaged at random, never crashes either", async () => {
  const original = await JSZip.loadAsync(readFileSync(CORPUS_FILE));
  const entries = Object.keys(original.files).filter((k) => !original.files[k].dir);
  const parts = new Map<string, string | Buffer>();
  for (const k of entries)
    parts.set(k, await (original.file(k) as JSZip.JSZipObject).async("nodebuffer"));
  const zipped = await rezip(parts);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.record({ cut: fc.nat() }),
        fc.record({ flips: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
        fc.record({ drop: fc.nat() })
      ),
      async (d) => {
        if ("cut" in d) return void (await check(zipped.subarray(0, d.cut % zipped.length)));
        if ("flips" in d) {
          const b = Buffer.from(zipped);
          for (const at of d.flips) b[at % b.length] ^= 0x5a;
          return void (await check(b));
        }
        const p = new Map(parts);
        p.delete(entries[d.drop % entries.length]);
        await check(await rezip(p));
      }
    ),
    { numRuns: 40 }
  );
});
