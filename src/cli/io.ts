/**
 * Where a command writes; tests pass their own to capture output. A command may write its output in pieces: every
 * piece but the last ends with a line end, and the process adds one to a piece without it.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * A block of a long output's UTF-8 bytes, written as they are (OutputPieces' blocks; it adds the final line end
   * itself); true when they are out already, so the block may be filled again. An IO without it gets the same text
   * through `stdout`, in pieces.
   */
  stdoutBytes?(bytes: Uint8Array): boolean;
}

/**
 * Writes bytes to a stream; true when the stream holds none of them any more (written through: a file, a blocking
 * pipe), so their block may be filled again. A write the stream completes later keeps the block (it is held, and
 * counted in writableLength, until then).
 */
export function writeThrough(stream: NodeJS.WritableStream & { writableLength: number }) {
  return (bytes: Uint8Array): boolean => {
    stream.write(bytes);
    return stream.writableLength === 0;
  };
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  stdoutBytes: writeThrough(process.stdout),
};

/** A usage error or unreadable input: exit 2 with one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
  }
}
