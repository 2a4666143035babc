/** The dispatcher in process: an unexpected error is one line and exit 2, its stack only with OPS_PLANNER_DEBUG=1. */
import type { CliIO } from "../../src/cli/io";
import { CliError } from "../../src/cli/io";

jest.mock("../../src/cli/commands/validate", () => ({
  runValidate: async (argv: string[]): Promise<number> => {
    if (argv[0] === "usage") throw new CliError("bad usage");
    if (argv[0] === "exit1") return 1;
    throw new Error("boom\nsecond line");
  },
}));

jest.mock("../../src/cli/commands/template", () => ({
  runTemplate: async (): Promise<number> => 0,
}));

import { main } from "../../src/cli/main";

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (t: string) => void (io.out += `${t}\n`),
    stderr: (t: string) => void (io.err += `${t}\n`),
  };
  return io;
}

afterEach(() => {
  delete process.env.OPS_PLANNER_DEBUG;
});

it("passes the command's exit code through", async () => {
  const io = capture();
  expect(await main(["validate", "exit1"], io)).toBe(1);
  expect(io.err).toBe("");
});

it("prints a CliError's message as one line and exits with its code", async () => {
  const io = capture();
  expect(await main(["validate", "usage"], io)).toBe(2);
  expect(io.err).toBe("ops-planner: bad usage\n");
});

it("turns any other error into one line on stderr and exit 2, without a stack trace", async () => {
  const io = capture();
  expect(await main(["validate", "x.xlsx"], io)).toBe(2);
  expect(io.err).toBe("ops-planner: internal error: boom (set OPS_PLANNER_DEBUG=1 for details)\n");
  expect(io.out).toBe("");
});

it("shows the stack with OPS_PLANNER_DEBUG=1", async () => {
  process.env.OPS_PLANNER_DEBUG = "1";
  const io = capture();
  expect(await main(["validate", "x.xlsx"], io)).toBe(2);
  expect(io.err).toMatch(/^ops-planner: Error: boom\nsecond line\n\s+at /);
});
