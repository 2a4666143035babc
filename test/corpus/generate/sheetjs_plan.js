#!/usr/bin/env node
/**
 * The original plan (plan.<lang>.json) written with SheetJS (the npm build @e965/xlsx, Apache-2.0), as web apps
 * and Node tools write workbooks.
 *
 * Usage: node sheetjs_plan.js <path of @e965/xlsx> <plan.json> <out.xlsx>
 * (regenerate.js installs @e965/xlsx into a temporary folder: it is no dependency of the project.)
 *
 * The file has what SheetJS files have and the reader must get right (issue 11):
 * - inline strings (bookSST false), no shared-strings part;
 * - dates as ISO 8601 date-time cells (cellDates: t="d") with a time of day: 00:30, 16:00 or 23:45;
 * - the computed columns as formulas with the core's values cached;
 * - the SKU merged over consecutive Promotions rows of one SKU (!merges);
 * - no styles for most cells.
 */
const [xlsxPath, src, out] = process.argv.slice(2);
const XLSX = require(xlsxPath);
const fs = require("fs");

const MS_PER_DAY = 86_400_000;
const MINUTES = [30, 16 * 60, 23 * 60 + 45];
/** The wall clock of serial + minutes, as an ISO text without a zone (SheetJS writes t="d" cells from it). */
const isoOf = (serial, row) =>
  new Date((serial - 25569) * MS_PER_DAY + MINUTES[row % MINUTES.length] * 60_000)
    .toISOString()
    .slice(0, 19);

const plan = JSON.parse(fs.readFileSync(src, "utf8"));
const wb = XLSX.utils.book_new();
for (const sheet of plan.sheets) {
  const ws = {};
  const cols = sheet.columns;
  cols.forEach((c, j) => {
    ws[XLSX.utils.encode_cell({ r: 0, c: j })] = { t: "s", v: c.header };
  });
  sheet.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      const ref = XLSX.utils.encode_cell({ r: i + 1, c: j });
      if (v === null) return;
      if (typeof v === "object" && "formula" in v) {
        const r = v.result;
        ws[ref] =
          typeof r === "number"
            ? { t: "n", v: r, f: v.formula }
            : { t: "s", v: r === null ? "" : String(r), f: v.formula };
      } else if (cols[j].type === "date" && typeof v === "number") {
        ws[ref] = { t: "d", v: isoOf(v, i), z: "yyyy-mm-dd hh:mm" };
      } else if (typeof v === "number") ws[ref] = { t: "n", v };
      else if (typeof v === "boolean") ws[ref] = { t: "b", v };
      else ws[ref] = { t: "s", v: String(v) };
    });
  });
  ws["!ref"] = XLSX.utils.encode_range(
    { r: 0, c: 0 },
    { r: sheet.rows.length, c: cols.length - 1 }
  );
  if (sheet.id === "promotions") {
    const merges = [];
    let start = 1;
    for (let r = 2; r <= sheet.rows.length + 1; r++) {
      const same = r <= sheet.rows.length && sheet.rows[r - 1][0] === sheet.rows[start - 1][0];
      if (same) continue;
      if (r - 1 > start) {
        merges.push({ s: { r: start, c: 0 }, e: { r: r - 1, c: 0 } });
        for (let k = start + 1; k <= r - 1; k++) delete ws[XLSX.utils.encode_cell({ r: k, c: 0 })];
      }
      start = r;
    }
    ws["!merges"] = merges;
  }
  XLSX.utils.book_append_sheet(wb, ws, sheet.name);
}
XLSX.writeFile(wb, out, { bookSST: false, cellDates: true, compression: true });
console.log(`wrote ${out}`);
