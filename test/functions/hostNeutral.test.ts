/**
 * src/core caches the formulas' results through the PLAN function definitions (src/core/functions), so everything it
 * reaches must stay host-neutral: no file reachable from src/core may be a surface (the Excel registration layer
 * src/functions, src/excel, the task pane, the CLI, the preview) or use an Office API (CustomFunctions, Office,
 * Excel), nor a Node-only module.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) => existsSync(p));
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm)].map(
    (m) => m[1]
  );

test("everything src/core reaches is host-neutral", () => {
  const seen = new Set<string>();
  const queue = filesUnder(join(SRC, "core"));
  const bare = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      const target = resolveImport(file, spec);
      if (target) queue.push(target);
      else bare.add(spec);
    }
  }
  const reached = [...seen].map((f) => relative(SRC, f));
  expect(reached).toContain("core/functions/definitions/promoCheck.ts");
  expect(reached).toContain("core/functions/runner.ts");
  for (const f of reached) {
    expect(f).not.toMatch(/^(excel|taskpane|cli|preview|functions)\//);
    const code = readFileSync(join(SRC, f), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect([f, code]).not.toEqual([
      f,
      expect.stringMatching(/\b(CustomFunctions|Office|Excel)\.\w/),
    ]);
  }
  expect(
    [...bare].filter(
      (m) => !["i18next", "date-fns"].some((ok) => m === ok || m.startsWith(`${ok}/`))
    )
  ).toEqual([]);
});
