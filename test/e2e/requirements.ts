/** Finds the programs the end-to-end tests drive, or says in one line which Debian package to install. */
import { accessSync, constants, statSync } from "fs";
import { delimiter, join } from "path";

export type ProgramName = "soffice" | "chromium";

interface Lookup {
  /** An environment variable that names the binary; when set it must be right. */
  envVar?: string;
  /** Paths tried before PATH (Debian's chromium wrapper prints a warning the real binary does not). */
  preferred: string[];
  /** Names looked up on PATH, then the usual install paths. */
  names: string[];
  standard: string[];
}

const LOOKUPS: Record<ProgramName, Lookup> = {
  soffice: {
    preferred: [],
    names: ["soffice", "libreoffice"],
    standard: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"],
  },
  chromium: {
    envVar: "CHROME_PATH",
    preferred: ["/usr/lib/chromium/chromium"],
    names: ["chromium", "chromium-browser"],
    standard: ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
  },
};

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function installHint(debianPackage: string): string {
  return `install it with apt-get install -y --no-install-recommends ${debianPackage}`;
}

/**
 * The path of the program's binary, or undefined when it is not installed. `fixedPaths`
 * replaces the built-in list of fixed paths (tests use it).
 */
export function findProgram(
  name: ProgramName,
  env: NodeJS.ProcessEnv = process.env,
  fixedPaths?: { preferred: string[]; standard: string[] }
): string | undefined {
  const lookup = LOOKUPS[name];
  const { preferred, standard } = fixedPaths ?? lookup;
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .flatMap((dir) => lookup.names.map((n) => join(dir, n)));
  return [...preferred, ...onPath, ...standard].find(isExecutable);
}

/** The path of the program's binary; throws a one-line Error naming the package when missing. */
export function requireProgram(
  name: ProgramName,
  debianPackage: string,
  env: NodeJS.ProcessEnv = process.env,
  fixedPaths?: { preferred: string[]; standard: string[] }
): string {
  const { envVar } = LOOKUPS[name];
  const named = envVar ? env[envVar] : undefined;
  if (named) {
    if (isExecutable(named)) return named;
    throw new Error(`${name} not found at ${envVar}=${named}: ${installHint(debianPackage)}`);
  }
  const found = findProgram(name, env, fixedPaths);
  if (found) return found;
  throw new Error(`${name} not found: ${installHint(debianPackage)}`);
}
