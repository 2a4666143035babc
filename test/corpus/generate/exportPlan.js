#!/usr/bin/env node
/**
 * Writes the original plan the corpus files are written from: the sample plan (plan year 2027) in English and
 * 简体中文, as JSON — every sheet but Findings, its columns (header, type, whether computed) and rows (dates as
 * serials, computed cells as { formula, result }). Needs the compiled core (`npm run build:cli`).
 * Usage: node test/corpus/generate/exportPlan.js <outDir>
 */
const fs = require("fs");
const path = require("path");

const dist = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "dist",
  "node",
  "core",
  "write",
  "planWorkbook.js"
);
const { planWorkbookLayout } = require(dist);

const outDir = process.argv[2] ?? __dirname;
for (const lang of ["en", "zh-CN"]) {
  const layout = planWorkbookLayout({
    lang,
    year: 2027,
    sample: true,
    today: new Date(Date.UTC(2026, 5, 1)),
    formulas: true,
  });
  const sheets = layout.sheets
    .filter((s) => s.id !== "findings")
    .map((s) => ({
      id: s.id,
      name: s.name,
      columns: s.columns.map((c) => ({
        header: c.header,
        letter: c.letter,
        type: c.type,
        computed: c.formula !== undefined,
        numFmt: c.numFmt ?? null,
      })),
      rows: s.rows.map((r) => r.map((v) => (v === undefined ? null : v))),
    }));
  const file = path.join(outDir, `plan.${lang}.json`);
  // One row a line: small, and a diff shows which rows changed.
  const sheetText = sheets.map((s) => {
    const head = JSON.stringify({ id: s.id, name: s.name, columns: s.columns });
    const rows = s.rows.map((r) => `    ${JSON.stringify(r)}`).join(",\n");
    return `  ${head.slice(0, -1)},\n   "rows": [\n${rows}\n   ]}`;
  });
  fs.writeFileSync(
    file,
    `{"lang": ${JSON.stringify(lang)}, "year": 2027, "sheets": [\n${sheetText.join(",\n")}\n]}\n`
  );
  console.log(`wrote ${file}`);
}
