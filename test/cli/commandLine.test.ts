/** The command line itself: help on every command, the version, usage errors (exit 2, one line on stderr). */
import { readFileSync } from "fs";
import { join } from "path";
import { expectOneLineError, runCli } from "./cliRun";

jest.setTimeout(60_000);

describe("help", () => {
  it.each([["--help"], ["-h"], ["help"]])(
    "ops-planner %s prints the commands on stdout and exits 0",
    async (flag) => {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: ops-planner <command>/);
      expect(run.stdout).toMatch(/template <out\.xlsx>/);
      expect(run.stdout).toMatch(/validate <file\.xlsx>/);
      expect(run.stderr).toBe("");
    }
  );

  it.each([
    ["validate", "--help"],
    ["validate", "-h"],
    ["template", "--help"],
    ["template", "-h"],
  ])("ops-planner %s %s prints the command's usage and exits 0", async (command, flag) => {
    const run = await runCli([command, flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: ops-planner ${command} `));
    expect(run.stderr).toBe("");
  });

  it("validate's help names every option and the exit codes", async () => {
    const run = await runCli(["validate", "--help"]);
    for (const option of ["--json", "--lang en|zh-CN", "--fail-on error|warning", "Exit codes"])
      expect(run.stdout).toContain(option);
  });

  it("help wins over other arguments, even bad ones", async () => {
    const run = await runCli(["validate", "missing.xlsx", "--bogus", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ops-planner validate/);
  });

  it("is in Chinese with --lang zh-CN", async () => {
    const run = await runCli(["validate", "--help", "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：ops-planner validate/);
  });
});

it("--version prints the package version", async () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  const run = await runCli(["--version"]);
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toBe(pkg.version);
});

describe("usage errors exit 2 with one line on stderr", () => {
  it("no command: the line, then the usage", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expectOneLineError(run, /^ops-planner: no command given\n\nUsage: ops-planner <command>/);
  });

  it("an unknown command: the line, then the usage", async () => {
    const run = await runCli(["check", "plan.xlsx"]);
    expect(run.code).toBe(2);
    expectOneLineError(
      run,
      /^ops-planner: unknown command "check"\n\nUsage: ops-planner <command>/
    );
  });

  it.each([
    [["validate"], /^ops-planner: validate needs the workbook to check/],
    [["validate", "a.xlsx", "b.xlsx"], /^ops-planner: unexpected argument "b\.xlsx"\n$/],
    [["validate", "a.xlsx", "--bogus"], /^ops-planner: unknown option --bogus\n$/],
    [["validate", "a.xlsx", "--lang"], /^ops-planner: option --lang needs a value\n$/],
    [
      ["validate", "a.xlsx", "--lang", "fr"],
      /^ops-planner: option --lang must be one of en, zh-CN, not "fr"\n$/,
    ],
    [
      ["validate", "a.xlsx", "--fail-on", "info"],
      /^ops-planner: option --fail-on must be one of error, warning, not "info"\n$/,
    ],
    [["template"], /^ops-planner: template needs the file to write/],
  ])("%j", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expectOneLineError(run, message);
  });

  it("in Chinese with --lang zh-CN", async () => {
    const run = await runCli(["validate", "--lang", "zh-CN"]);
    expect(run.code).toBe(2);
    expectOneLineError(run, /^ops-planner: validate 需要要检查的工作簿/);
  });
});

it("says how to build when dist/ is missing (exit 2, one line)", async () => {
  const { copyFileSync, mkdirSync } = await import("fs");
  const { tempDir } = await import("./cliRun");
  const { spawnSync } = await import("child_process");
  const { dir, cleanup } = tempDir("unbuilt");
  try {
    mkdirSync(join(dir, "bin"));
    copyFileSync(
      join(__dirname, "..", "..", "bin", "ops-planner.js"),
      join(dir, "bin", "ops-planner.js")
    );
    const run = spawnSync(process.execPath, [join(dir, "bin", "ops-planner.js"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("ops-planner is not built: run npm run build\n");
    expect(run.stdout).toBe("");
  } finally {
    cleanup();
  }
});
