/**
 * OutputPieces: to an IO that takes bytes, the UTF-8 of the pieces in blocks, never a character cut between two, with
 * the one final line end `stdout` adds; to any other IO, the same text in pieces that end with a line end but the last.
 */
import { Writable } from "stream";
import { writeThrough, type CliIO } from "../../src/cli/io";
import { OutputPieces } from "../../src/cli/outputPieces";

const PIECES = Array.from(
  { length: 5000 },
  (_, i) => `${i} 促销 ¥99 😀 "quoted" ${"x".repeat(i % 97)}\n`
).concat(["the end, without a line end"]);
const TEXT = PIECES.join("");

function written(io: CliIO, pieces: readonly string[]): void {
  const out = new OutputPieces(io);
  for (const p of pieces) out.write(p);
  out.end();
}

describe("OutputPieces", () => {
  it("writes the pieces' UTF-8 in blocks, with one final line end", () => {
    const blocks: Uint8Array[] = [];
    const io: CliIO = {
      stdout: () => {
        throw new Error("bytes were expected");
      },
      stderr: () => undefined,
      // Copied and written through: the block may be filled again.
      stdoutBytes: (b) => blocks.push(Buffer.from(b)) > 0,
    };
    written(io, PIECES);
    expect(blocks.length).toBeGreaterThan(1);
    // Each block is whole UTF-8 on its own: no character is cut between two blocks.
    for (const b of blocks) expect(Buffer.from(Buffer.from(b).toString("utf8"))).toEqual(b);
    expect(Buffer.concat(blocks).toString("utf8")).toBe(`${TEXT}\n`);
  });

  it("adds no second line end to an output that ends with one, and writes a piece larger than a block", () => {
    const blocks: Uint8Array[] = [];
    const io: CliIO = {
      stdout: () => undefined,
      stderr: () => undefined,
      stdoutBytes: (b) => blocks.push(Buffer.from(b)) > 0,
    };
    const big = `${"汉".repeat(100_000)}\n`;
    written(io, ["a\n", big, "b\n"]);
    expect(Buffer.concat(blocks).toString("utf8")).toBe(`a\n${big}b\n`);
  });

  it("never fills again a block the IO still holds", () => {
    // Kept as handed on, as a stream writing asynchronously keeps it: a block filled again would change them.
    const held: Uint8Array[] = [];
    written(
      {
        stdout: () => undefined,
        stderr: () => undefined,
        stdoutBytes: (b) => {
          held.push(b);
          return false;
        },
      },
      PIECES
    );
    expect(held.length).toBeGreaterThan(1);
    expect(Buffer.concat(held).toString("utf8")).toBe(`${TEXT}\n`);
  });

  it("gives an IO without bytes the text in pieces, each ending with a line end but the last", () => {
    const pieces: string[] = [];
    written({ stdout: (t) => pieces.push(t), stderr: () => undefined }, PIECES);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p.endsWith("\n")).toBe(true);
    expect(pieces.join("")).toBe(TEXT);
  });

  it("through a stream that completes its writes later, every block arrives as written (none is filled again)", async () => {
    const arrived: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1 << 30,
      write(chunk: Buffer, _encoding, done) {
        // Copied only when the write completes, a tick later: a block filled again meanwhile would arrive changed.
        setTimeout(() => {
          arrived.push(Buffer.from(chunk));
          done();
        }, 0);
      },
    });
    const io: CliIO = {
      stdout: () => undefined,
      stderr: () => undefined,
      stdoutBytes: writeThrough(slow),
    };
    written(io, PIECES);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(Buffer.concat(arrived).toString("utf8")).toBe(`${TEXT}\n`);
  });
});
