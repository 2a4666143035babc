/**
 * What kind of file a path holds, from its first bytes: a zip (an .xlsx is one), an OLE compound file (a legacy .xls,
 * or an .xlsx encrypted with a password: Office wraps those in OLE with an "EncryptionInfo" stream), or something else.
 */
import { promises as fs } from "fs";

export type FileKind = "zip" | "encrypted" | "ole" | "other";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local file header (03 04), empty archive (05 06), spanned (07 08)
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream names only an encrypted OOXML package has, as OLE directory entries store them (UTF-16LE). */
const ENCRYPTION_MARKERS = ["EncryptionInfo", "EncryptedPackage"].map((s) =>
  Buffer.from(s, "utf16le")
);
/** Bytes scanned for the directory entries: the first blocks, and the first directory sector named in the header. */
const SCAN_BYTES = 64 * 1024;
const DIRECTORY_BYTES = 8 * 1024;

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/**
 * An OLE file is "encrypted" when one of the encryption stream names appears in its directory. The directory's first
 * sector is found from the header (sector shift at 0x1E, first directory sector at 0x30); the first 64 KB are scanned
 * too, which covers the small files where writers put the directory first.
 */
async function oleIsEncrypted(handle: fs.FileHandle, head: Buffer): Promise<boolean> {
  const regions = [head];
  if (head.length >= 0x34) {
    const sectorSize = 2 ** head.readUInt16LE(0x1e);
    const dirSector = head.readUInt32LE(0x30);
    if (sectorSize >= 128 && sectorSize <= 65536 && dirSector < 0xfffffffa) {
      regions.push(await readAt(handle, (dirSector + 1) * sectorSize, DIRECTORY_BYTES));
    }
  }
  return regions.some((r) => ENCRYPTION_MARKERS.some((m) => r.includes(m)));
}

/** Throws the fs error (ENOENT, EISDIR…) when the path cannot be read. */
export async function sniffFile(file: string): Promise<FileKind> {
  const handle = await fs.open(file, "r");
  try {
    const head = await readAt(handle, 0, SCAN_BYTES);
    if (startsWith(head, ZIP_MAGIC) && head.length >= 4) return "zip";
    if (startsWith(head, OLE_MAGIC))
      return (await oleIsEncrypted(handle, head)) ? "encrypted" : "ole";
    return "other";
  } finally {
    await handle.close();
  }
}
