/**
 * `npm run test:e2e`: tests that drive programs from Debian packages (LibreOffice, Chromium).
 * test/e2e/requirements.ts finds them or fails with the apt-get line that installs them.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testTimeout: 120000,
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  globals: base.globals,
};
