/**
 * Where the time of opening the bench plan in the preview goes, in Node (no browser): the reading worker's read
 * (readXlsxBytes), packing the sheets, the trip to the page (a structured clone), unpacking them and the page's
 * workbook. A profiling aid (`node dist/bench/bench/profileOpen.js [file]`), not a bench case: the target is the
 * browser's (bench/previewOpen.bench.ts).
 */
import { readFileSync } from "fs";
import { performance } from "perf_hooks";
import { packWorkbook, unpackWorkbook } from "../src/preview/open/packedSheets";
import { readXlsxBytes } from "../src/preview/open/readXlsxBytes";
import { toMemoryWorkbook } from "../src/preview/open/toMemoryWorkbook";
import { inProcessEngine } from "../src/preview/engine/transports";

async function main(): Promise<void> {
  const file = process.argv[2] ?? "bench/out/plan-10k.xlsx";
  const bytes = readFileSync(file);
  let t = performance.now();
  const lap = (what: string): void => {
    const now = performance.now();
    console.log(`${what}: ${Math.round(now - t)} ms`);
    t = now;
  };
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const read = await readXlsxBytes(buffer);
  lap(`readXlsxBytes (${read.sheets.map((s) => `${s.name} ${s.cellCount}`).join(", ")})`);
  const packed = packWorkbook(read);
  lap("packWorkbook");
  const cloned = structuredClone(packed);
  lap("structuredClone of the packed workbook");
  const unpacked = await unpackWorkbook(cloned);
  lap("unpackWorkbook");
  const client = inProcessEngine();
  const wb = toMemoryWorkbook(unpacked, "en", "not recomputed", client);
  lap("toMemoryWorkbook");
  await client.settled().catch((e: unknown) => console.log(String(e)));
  lap("engine settled");
  wb.dispose();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
