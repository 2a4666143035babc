/**
 * Excel's registration (src/functions/functions.ts) must spell each function's parameters by hand — the metadata
 * generator reads them from the JSDoc and the TypeScript signature — and hand them to the runner. This checks the
 * hand-written part against the declaration: each registered function, called with one distinct value per declared
 * parameter, hands exactly those values, in the declared order, to the runner with its own declaration.
 */
Object.assign(globalThis, {
  CustomFunctions: {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
});

import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PLAN_FUNCTIONS } from "../../src/core/functions/definitions";
import * as runner from "../../src/core/functions/runner";
import * as fns from "../../src/functions/functions";

let associated: { id: string; functionName: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    join(__dirname, "../../src/functions/functions.ts"),
    false
  );
  expect(generated.errors).toEqual([]);
  associated = generated.associate;
}, 60_000);

afterEach(() => jest.restoreAllMocks());

test.each(PLAN_FUNCTIONS.map((def) => [def.name, def] as const))(
  "%s hands its declared parameters to the runner, in order",
  (name, def) => {
    const functionName = associated.find((a) => a.id === name)?.functionName;
    expect(functionName).toBeDefined();
    const fn = (fns as unknown as Record<string, (...args: unknown[]) => unknown>)[
      functionName ?? ""
    ];
    expect(typeof fn).toBe("function");
    expect(fn.length).toBe(def.params.length);

    const reached: { def: runner.FunctionDef; args: readonly unknown[] }[] = [];
    const record = (d: runner.FunctionDef, args: readonly unknown[]) => {
      reached.push({ def: d, args });
      return d.shape === "elementwise" ? [[1]] : 1;
    };
    jest.spyOn(runner, "invokeGrid").mockImplementation((d, args) => record(d, args) as never);
    jest.spyOn(runner, "invokeSingle").mockImplementation((d, args) => record(d, args) as never);

    const sentinels = def.params.map((p) => [[`${name}.${p.name}`]]);
    fn(...sentinels);
    expect(reached).toHaveLength(1);
    expect(reached[0].def).toBe(def);
    expect(reached[0].args).toEqual(sentinels);
  }
);
