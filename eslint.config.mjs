// ESLint flat config for `npm run lint` (office-addin-lint uses ./eslint.config.mjs when it exists):
// eslint-plugin-office-addins' rules and Prettier (office-addin-prettier-config, see .prettierrc.json)
// as office-addin-lint has them, plus typescript-eslint's and React's recommended rules for strict
// TS + React code (.tsx included: the office-addins preset only covers .js/.ts files).
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const officeAddinsRules = Object.assign(
  {},
  ...officeAddins.configs.recommended.map((c) => c.rules ?? {})
);

const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
  ].map((name) => [name, "readonly"])
);

/**
 * The layers (README "Architecture"): src/core imports no surface, and the preview reaches the Office.js adapter's
 * work only through the core. no-restricted-imports matches an import's text, so a relative path is matched per folder
 * depth: from src/core/a/b.ts, `../../excel/…` leaves the core for src/excel, while `../functions/…` stays inside it.
 */
const MAX_DEPTH = 8;
function layerRule(layer, forbidden, message) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: [`src/${layer}/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(\\.\\./){${depth + 1}}(\\.\\./src/)?(${forbidden.join("|")})(/|$)`,
              message,
            },
          ],
        },
      ],
    },
  }));
}

export default [
  { ignores: ["dist/**", "coverage/**", "node_modules/**", "bench/out/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{js,cjs,mjs,ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-undef": "off", // TypeScript checks names, and knows the DOM, Node and Office.js globals
      "react/prop-types": "off", // TypeScript checks props
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  ...layerRule(
    "core",
    ["functions", "excel", "taskpane", "preview", "cli", "xlsx"],
    "src/core is pure TypeScript shared by every surface: it imports no surface (move what both need into src/core)."
  ),
  ...layerRule(
    "preview",
    ["excel", "functions"],
    "The preview stands in for Excel: it shares the Office.js adapter's constants and logic through src/core, not src/excel."
  ),
  ...layerRule(
    "cli",
    ["excel", "taskpane", "preview", "functions"],
    "The CLI runs without Office.js, React or the preview: it shares their logic through src/core."
  ),
  prettierConfig,
];
