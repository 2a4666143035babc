/** What kind of file a path holds, from its first bytes (src/core/xlsx/fileKind.ts, shared with the browser preview). */
import { promises as fs } from "fs";
import {
  DIRECTORY_BYTES,
  fileKindOf,
  oleDirectoryOffset,
  SCAN_BYTES,
  type FileKind,
} from "../../core/xlsx/fileKind";

export type { FileKind } from "../../core/xlsx/fileKind";

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Throws the fs error (ENOENT, EISDIR…) when the path cannot be read. */
export async function sniffFile(file: string): Promise<FileKind> {
  const handle = await fs.open(file, "r");
  try {
    const head = await readAt(handle, 0, SCAN_BYTES);
    const at = fileKindOf(head) === "ole" ? oleDirectoryOffset(head) : undefined;
    return fileKindOf(
      head,
      at === undefined ? undefined : await readAt(handle, at, DIRECTORY_BYTES)
    );
  } finally {
    await handle.close();
  }
}
