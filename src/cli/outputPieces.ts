/**
 * A long output (validate's findings: ~70 MB of JSON on a messy 10,000-product plan) handed on as its writer makes it,
 * a finding's text at a time. To an IO that takes bytes, each piece is encoded straight into a block of UTF-8 bytes
 * written when full: no piece is joined to another, so no text of a block's size is built, flattened and then
 * encoded (which cost as much as making the text). A block the IO has written through is filled again: a new 64 KB
 * block per write made V8 count ~70 MB of outside memory and run full collections for it. Any other IO gets the text through `stdout` in pieces of about
 * PIECE characters, each ending with a line end but the last; both end as `stdout` ends a text, with one line end.
 */
import type { CliIO } from "./io";

/** Bytes in a block, and characters in a text piece. */
const PIECE = 1 << 16;
/** The most bytes UTF-8 takes for one UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export class OutputPieces {
  private block: Buffer | undefined;
  private used = 0;
  private text = "";
  private lastEndsLine = true;

  constructor(private readonly io: CliIO) {}

  /** Writes a piece: every piece but the last ends with a line end. */
  write(piece: string): void {
    if (piece.length === 0) return;
    this.lastEndsLine = piece.charCodeAt(piece.length - 1) === 10;
    if (!this.io.stdoutBytes) {
      this.text += piece;
      if (this.text.length >= PIECE && this.lastEndsLine) this.flushText();
      return;
    }
    const room = piece.length * MAX_BYTES_PER_UNIT;
    if (this.block !== undefined && this.used + room > this.block.length) this.flushBytes();
    if (this.block !== undefined && room > this.block.length) this.block = undefined;
    if (this.block === undefined) this.block = Buffer.allocUnsafe(Math.max(PIECE, room));
    // A piece is encoded whole, so no character is ever cut between two blocks.
    this.used += this.block.write(piece, this.used, "utf8");
  }

  /** The output is whole: what is left goes out, with a line end when the last piece had none. */
  end(): void {
    if (!this.io.stdoutBytes) {
      this.flushText();
      return;
    }
    if (!this.lastEndsLine) this.write("\n");
    this.flushBytes();
  }

  private flushText(): void {
    if (this.text.length === 0) return;
    this.io.stdout(this.text);
    this.text = "";
  }

  private flushBytes(): void {
    if (this.block === undefined || this.used === 0 || !this.io.stdoutBytes) return;
    // A block the stream still holds (an asynchronous pipe) is left to it: the next is a new one.
    if (!this.io.stdoutBytes(this.block.subarray(0, this.used))) this.block = undefined;
    this.used = 0;
  }
}
