/**
 * functions.json, as custom-functions-metadata-plugin generates it in the webpack build (the same generator, called
 * directly on src/functions/functions.ts: running webpack here would be too slow). Every PLAN function is there with
 * its id, name, parameters (names, types, optionality, dimensionality) and result, matching its declaration.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { PLAN_FUNCTIONS } from "../../src/core/functions/definitions";

const SOURCE = join(__dirname, "../../src/functions/functions.ts");

let functions: IFunction[];
let associated: { id: string; functionName: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: IFunction[] }).functions;
  associated = generated.associate;
}, 60_000);

const byId = (id: string): IFunction => {
  const f = functions.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} in functions.json`);
  return f;
};

test("every spec §4 function, and VERSION, is registered under its uppercase id", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(
    [...PLAN_FUNCTIONS.map((f) => f.name), "VERSION"].sort()
  );
  for (const f of functions) {
    expect(f.name).toBe(f.id);
    expect(f.id).toMatch(/^[A-Z]+$/);
    expect(f.description?.length).toBeGreaterThan(10);
  }
  expect(associated.map((a) => a.id).sort()).toEqual(functions.map((f) => f.id).sort());
});

describe.each(PLAN_FUNCTIONS.map((def) => [def.name, def] as const))("%s", (name, def) => {
  test("parameters: names, optionality, types, dimensionality as declared", () => {
    const f = byId(name);
    expect(f.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
    def.params.forEach((p, i) => {
      const meta = f.parameters[i];
      // "any" lets text and errors reach the runner, whose messages name the argument.
      expect(meta.type).toBe("any");
      expect(meta.optional ?? false).toBe(p.optional ?? false);
      const matrix = def.shape === "elementwise" || p.type === "numbers";
      expect(meta.dimensionality).toBe(matrix ? "matrix" : undefined);
      expect(meta.description?.length).toBeGreaterThan(3);
      expect(meta.repeating).toBeUndefined();
    });
  });

  test("result: a number matrix for the metrics (they spill), one value for the others", () => {
    const f = byId(name);
    if (def.shape === "elementwise")
      expect(f.result).toEqual({ type: "number", dimensionality: "matrix" });
    else
      expect(f.result).toEqual({
        type: name === "SATURATION" || name === "EXPECTEDRATE" ? "number" : "string",
      });
  });
});

test("optional parameters come last", () => {
  for (const f of functions) {
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0)
      expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  }
});
