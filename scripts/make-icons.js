#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-<size>.png): a teal rounded square with a white calendar
 * and a check mark. Pure Node (zlib), 4×4 supersampled. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [14, 122, 109]; // #0E7A6D
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

/** The colour at (x, y) in the unit square, or null where the icon is transparent. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  const ring = (x0) => inRoundedRect(x, y, x0, 0.15, x0 + 0.07, 0.31, 0.03);
  if (ring(0.32) || ring(0.61)) return WHITE;
  const page = inRoundedRect(x, y, 0.18, 0.23, 0.82, 0.84, 0.07);
  const inside = inRoundedRect(x, y, 0.24, 0.39, 0.76, 0.78, 0.03);
  if (page && !inside) return WHITE;
  const tick = [
    [0.34, 0.59],
    [0.46, 0.7],
    [0.67, 0.48],
  ];
  if (nearSegment(x, y, tick[0], tick[1], 0.045) || nearSegment(x, y, tick[1], tick[2], 0.045)) {
    return WHITE;
  }
  return BACKGROUND;
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter type "None"
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = 1 + px * 4;
      if (covered > 0) {
        row[o] = Math.round(r / covered);
        row[o + 1] = Math.round(g / covered);
        row[o + 2] = Math.round(b / covered);
        row[o + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
      }
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
