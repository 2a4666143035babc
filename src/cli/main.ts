/** The `ops-planner` command line: dispatches to the commands; every failure is one line on stderr and an exit code. */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import * as v8 from "v8";
import { cliText } from "./i18n";
import { CliError, processIO, type CliIO } from "./io";

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Loaded on demand: `validate` never loads ExcelJS's workbook model, which `template` needs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  template: async () => (await import("./commands/template")).runTemplate,
  validate: async () => (await import("./commands/validate")).runValidate,
  update: async () => (await import("./commands/update")).runUpdate,
  review: async () => (await import("./commands/review")).runReview,
  diff: async () => (await import("./commands/diff")).runDiff,
};

/** The package version: the nearest package.json above this file (src/cli in tests, dist/node/cli when built). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ops-planner" && typeof pkg.version === "string") return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

const debug = (): boolean => process.env.OPS_PLANNER_DEBUG === "1";

/** Runs one command line (without `node` and the script); resolves to the exit code. Never rejects. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const t = cliText("en");
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(t("usage"));
      return 0;
    }
    if (command === "--version" || command === "-v" || command === "-V") {
      io.stdout(packageVersion());
      return 0;
    }
    if (command === undefined) {
      io.stderr(`ops-planner: ${t("noCommand")}\n\n${t("usage")}`);
      return 2;
    }
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, command)
      ? COMMANDS[command]
      : undefined;
    if (!load) {
      io.stderr(`ops-planner: ${t("unknownCommand", { command })}\n\n${t("usage")}`);
      return 2;
    }
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`ops-planner: ${e.message}`);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(
      debug()
        ? `ops-planner: ${err.stack ?? err.message}`
        : `ops-planner: ${t("internalError", { message: err.message.split("\n")[0] })}`
    );
    return 2;
  }
}

/** One line on stderr and exit 2 for anything that escapes `main` (a stray stream error, an unhandled rejection). */
function crash(e: unknown): void {
  const err = e instanceof Error ? e : new Error(String(e));
  const text = debug()
    ? (err.stack ?? err.message)
    : cliText("en")("internalError", { message: err.message.split("\n")[0] });
  process.stderr.write(`ops-planner: ${text}\n`);
  process.exit(2);
}

/**
 * How much V8 may grow the old generation past what its last full collection kept, for `validate` (percent; V8's own
 * choice is up to 300). Its garbage comes in bursts, one per rule: on the 10,000-product messy plan it keeps ~90 MB
 * yet peaked at 350–430 MB, the heap grown fourfold before the next full collection. At 40 % the peak is ~255 MB
 * for ~15 % more CPU time (README, Benchmarks). Other commands keep V8's choice (`update` is bound by ExcelJS).
 */
const VALIDATE_HEAP_GROWING_PERCENT = 40;

/** Runs the process's command line and sets its exit code (the bin entry and `node dist/node/cli/main.js`). */
export function runAsProcess(): void {
  if (process.argv[2] === "validate")
    v8.setFlagsFromString(`--heap-growing-percent=${VALIDATE_HEAP_GROWING_PERCENT}`);
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  // A closed pipe (`ops-planner validate f.xlsx | head`) is not an error worth a message.
  process.stdout.on("error", (e: NodeJS.ErrnoException) =>
    e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : crash(e)
  );
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runAsProcess();
