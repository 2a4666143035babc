/**
 * functions.json as the add-in build emits it: the metadata custom-functions-metadata-plugin generates from the JSDoc,
 * with the top-level `"allowErrorForDataTypeAny": true` that lets Excel pass error values to the PLAN functions
 * (scripts/functionsMetadata.js). The build is run here — webpack.config.js's add-in config, the functions bundle
 * only, into a temporary folder — and the emitted file read back.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { PLAN_FUNCTIONS } from "../src/core/functions/definitions";

const { allowErrorsForAny } = jest.requireActual<{ allowErrorsForAny: (json: string) => string }>(
  "../scripts/functionsMetadata"
);
const makeConfig =
  jest.requireActual<
    (env: Record<string, boolean>, argv: { mode: string }) => Promise<webpack.Configuration>
  >("../webpack.config.js");

describe("allowErrorsForAny", () => {
  const generated = JSON.stringify({ functions: [{ id: "CPC", name: "CPC", parameters: [] }] });

  test("adds the flag at the top level and keeps the functions as generated", () => {
    const out = JSON.parse(allowErrorsForAny(generated));
    expect(out).toEqual({
      allowErrorForDataTypeAny: true,
      functions: [{ id: "CPC", name: "CPC", parameters: [] }],
    });
  });

  test("is idempotent, and a false flag becomes true", () => {
    const once = allowErrorsForAny(generated);
    expect(allowErrorsForAny(once)).toBe(once);
    const off = JSON.stringify({ allowErrorForDataTypeAny: false, functions: [] });
    expect(JSON.parse(allowErrorsForAny(off)).allowErrorForDataTypeAny).toBe(true);
  });

  test("refuses what is not custom functions metadata", () => {
    expect(() => allowErrorsForAny("{}")).toThrow(/no "functions" list/);
    expect(() => allowErrorsForAny("[]")).toThrow(/no "functions" list/);
    expect(() => allowErrorsForAny("not json")).toThrow();
  });
});

describe("the add-in build's functions.json", () => {
  let dir: string;
  let metadata: { allowErrorForDataTypeAny?: unknown; functions: { id: string }[] };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ops-planner-build-"));
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const entry = config.entry as Record<string, string>;
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      webpack(
        {
          ...config,
          entry: { functions: entry.functions },
          devtool: false,
          output: { ...config.output, path: dir, clean: false },
        },
        (err, s) => (err ? reject(err) : resolve(s))
      )
    );
    expect(stats?.toJson({ all: false, errors: true }).errors).toEqual([]);
    metadata = JSON.parse(readFileSync(join(dir, "functions.json"), "utf8"));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('says "allowErrorForDataTypeAny": true at its top level', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("still holds every PLAN function the metadata plugin generated from the JSDoc", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      [...PLAN_FUNCTIONS.map((f) => f.name), "VERSION"].sort()
    );
  });
});
