/**
 * Opening a file the planner chose or dropped: refused before any reading when it is too large, a legacy .xls, a
 * password-protected workbook or no zip at all (from its first bytes, as the CLI sniffs a file), else read by
 * `read` (the worker) into an OpenedWorkbook.
 */
import {
  DIRECTORY_BYTES,
  fileKindOf,
  oleDirectoryOffset,
  SCAN_BYTES,
} from "../../core/xlsx/fileKind";
import { MAX_OPEN_BYTES, OpenError } from "./openProblem";
import type { ReadBytes, ReadOptions, ReadResult } from "./readInWorker";

async function bytesOf(file: Blob, from: number, length: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(from, from + length).arrayBuffer());
}

/** Throws the OpenError that refuses the file, if any. */
export async function checkFile(file: Blob): Promise<void> {
  if (file.size >= MAX_OPEN_BYTES) throw new OpenError("too-large", String(file.size));
  const head = await bytesOf(file, 0, SCAN_BYTES);
  const at = fileKindOf(head) === "ole" ? oleDirectoryOffset(head) : undefined;
  const kind = fileKindOf(
    head,
    at === undefined ? undefined : await bytesOf(file, at, DIRECTORY_BYTES)
  );
  if (kind === "encrypted") throw new OpenError("encrypted");
  if (kind === "ole") throw new OpenError("legacy-xls");
  if (kind !== "zip") throw new OpenError("not-a-workbook");
}

export async function openXlsxFile(
  file: Blob,
  read: ReadBytes,
  onProgress: (share: number) => void,
  options?: ReadOptions
): Promise<ReadResult> {
  await checkFile(file);
  return read(await file.arrayBuffer(), onProgress, options);
}
