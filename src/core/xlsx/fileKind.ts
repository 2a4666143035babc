/**
 * What kind of file some bytes begin: a zip (an .xlsx is one), an OLE compound file (a legacy .xls, or an .xlsx
 * encrypted with a password: Office wraps those in OLE with an "EncryptionInfo" stream), or something else. Shared by
 * the CLI (src/cli/xlsx/sniff.ts reads the bytes from a file) and the browser preview (from a dropped File).
 */
export type FileKind = "zip" | "encrypted" | "ole" | "other";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local file header (03 04), empty archive (05 06), spanned (07 08)
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes scanned for the directory entries: the first blocks, and the first directory sector named in the header. */
export const SCAN_BYTES = 64 * 1024;
export const DIRECTORY_BYTES = 8 * 1024;

/** Stream names only an encrypted OOXML package has, as OLE directory entries store them (UTF-16LE). */
const ENCRYPTION_MARKERS = ["EncryptionInfo", "EncryptedPackage"].map((s) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
});

const startsWith = (buf: Uint8Array, magic: number[]): boolean =>
  magic.every((b, i) => buf[i] === b);

function includes(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Where an OLE file's first directory sector starts (sector shift at 0x1E, first directory sector at 0x30), or
 * undefined when the header does not say.
 */
export function oleDirectoryOffset(head: Uint8Array): number | undefined {
  if (head.length < 0x34) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const sectorSize = 2 ** view.getUint16(0x1e, true);
  const dirSector = view.getUint32(0x30, true);
  if (sectorSize < 128 || sectorSize > 65536 || dirSector >= 0xfffffffa) return undefined;
  return (dirSector + 1) * sectorSize;
}

/**
 * The kind of file from its first bytes (up to SCAN_BYTES) and, for an OLE file, the bytes of its first directory
 * sector (DIRECTORY_BYTES at oleDirectoryOffset): an OLE file is "encrypted" when one of the encryption stream names
 * appears in its directory (the first 64 KB are scanned too, which covers small files with the directory first).
 */
export function fileKindOf(head: Uint8Array, directory?: Uint8Array): FileKind {
  if (startsWith(head, ZIP_MAGIC) && head.length >= 4) return "zip";
  if (!startsWith(head, OLE_MAGIC)) return "other";
  const regions = directory ? [head, directory] : [head];
  return regions.some((r) => ENCRYPTION_MARKERS.some((m) => includes(r, m))) ? "encrypted" : "ole";
}
