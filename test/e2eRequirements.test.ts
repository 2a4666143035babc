// test/e2e/requirements.ts decides whether `npm run test:e2e` can run; checked here with fake
// installs so it runs in `npm test` whether or not LibreOffice or Chromium is installed.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { findProgram, requireProgram } from "./e2e/requirements";

const NO_FIXED_PATHS = { preferred: [], standard: [] };
let dir: string;

function fakeProgram(name: string, executable = true): string {
  const file = join(dir, name);
  writeFileSync(file, "#!/bin/sh\n");
  chmodSync(file, executable ? 0o755 : 0o644);
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-req-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("requireProgram", () => {
  it("finds a program on PATH", () => {
    const soffice = fakeProgram("soffice");
    expect(
      requireProgram("soffice", "libreoffice-calc", { PATH: `/nonexistent:${dir}` }, NO_FIXED_PATHS)
    ).toBe(soffice);
  });

  it("ignores files that are not executable", () => {
    fakeProgram("soffice", false);
    expect(findProgram("soffice", { PATH: dir }, NO_FIXED_PATHS)).toBeUndefined();
  });

  it("tries the fixed install paths after PATH", () => {
    const fixed = fakeProgram("chromium-real");
    expect(findProgram("chromium", { PATH: "" }, { preferred: [], standard: [fixed] })).toBe(fixed);
    const preferred = fakeProgram("chromium-preferred");
    const onPath = fakeProgram("chromium");
    expect(
      findProgram("chromium", { PATH: dir }, { preferred: [preferred], standard: [fixed] })
    ).toBe(preferred);
    expect(findProgram("chromium", { PATH: dir }, { preferred: [], standard: [fixed] })).toBe(
      onPath
    );
  });

  it("uses CHROME_PATH for chromium before anything else", () => {
    const named = fakeProgram("my-chrome");
    fakeProgram("chromium");
    expect(
      requireProgram("chromium", "chromium", { PATH: dir, CHROME_PATH: named }, NO_FIXED_PATHS)
    ).toBe(named);
  });

  it("says in one line which package to install when the program is missing", () => {
    expect(() =>
      requireProgram("soffice", "libreoffice-calc", { PATH: dir }, NO_FIXED_PATHS)
    ).toThrow(
      new Error(
        "soffice not found: install it with apt-get install -y --no-install-recommends libreoffice-calc"
      )
    );
    const missing = join(dir, "no-chrome");
    expect(() =>
      requireProgram("chromium", "chromium", { PATH: "", CHROME_PATH: missing }, NO_FIXED_PATHS)
    ).toThrow(
      new Error(
        `chromium not found at CHROME_PATH=${missing}: install it with apt-get install -y --no-install-recommends chromium`
      )
    );
  });
});
