/**
 * The layer rule of `npm run lint` (eslint.config.mjs, no-restricted-imports): src/core imports no surface and the
 * preview does not import src/excel, the CLI no Office.js, pane or preview code, at any folder depth; imports inside a layer stay allowed. ESLint lints source
 * text as if it were the named file (lintText's filePath), so nothing is written into src/.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");

const importing = (spec: string): string =>
  `import * as m from "${spec}";\n\nexport const used = m;\n`;

const FORBIDDEN: [string, string][] = [
  ["src/core/validate.ts", "../excel/applyLayout"],
  ["src/core/write/update.ts", "../../functions/functions"],
  ["src/core/write/update.ts", "../../taskpane/i18n"],
  ["src/core/functions/definitions/promoCheck.ts", "../../../preview/formulaEngine"],
  ["src/core/rules/rule.ts", "../../cli/main"],
  ["src/core/presentation.ts", "../xlsx/renderParts"],
  ["src/preview/sheetModel.ts", "../excel/highlight"],
  ["src/preview/components/SheetGrid.tsx", "../../excel/highlight"],
  ["src/cli/update/updateWorkbook.ts", "../../taskpane/model/findingGroups"],
  ["src/cli/main.ts", "../excel/applyLayout"],
];

const ALLOWED: [string, string][] = [
  ["src/core/formulas/evaluate.ts", "../functions/runner"],
  ["src/core/functions/definitions/promoCheck.ts", "../../rules/belowCost"],
  ["src/core/functions/definitions/promoCheck.ts", "../runner"],
  ["src/preview/sheetModel.ts", "../core/presentation"],
  ["src/excel/highlight.ts", "../core/presentation"],
  ["src/functions/functions.ts", "../core/functions/runner"],
  ["src/cli/update/updateWorkbook.ts", "../../core/timeline/workbookTimeline"],
  ["src/cli/main.ts", "../xlsx/renderParts"],
];

/** ESLint (an ES module) runs in a child Node process, with the project's config, on every case at once. */
const LINT_ALL = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint();
const out = [];
for (const [file, source] of cases) {
  const [r] = await eslint.lintText(source, { filePath: file });
  out.push(r.messages.map((m) => m.ruleId ?? "parse error"));
}
process.stdout.write(JSON.stringify(out));
`;

let rules: Map<string, string[]>;

beforeAll(() => {
  const cases = [...FORBIDDEN, ...ALLOWED];
  const r = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      LINT_ALL,
      JSON.stringify(cases.map(([f, spec]) => [f, importing(spec)])),
    ],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const got = JSON.parse(r.stdout) as string[][];
  rules = new Map(cases.map(([f, spec], i) => [`${f} ${spec}`, got[i]]));
}, 60_000);

test.each(FORBIDDEN)("%s may not import %s", (file, spec) => {
  expect(rules.get(`${file} ${spec}`)).toContain("no-restricted-imports");
});

test.each(ALLOWED)("%s may import %s", (file, spec) => {
  expect(rules.get(`${file} ${spec}`)).toEqual([]);
});
