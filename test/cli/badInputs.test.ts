/**
 * The catalogue of bad inputs (badInputs.ts): for each, `ops-planner validate` gives the expected exit code and
 * exactly the expected findings on their cells, or refuses in one line — never a crash, a silent blank or zero.
 */
import { BAD_INPUTS } from "./badInputs";
import { tempDir } from "./cliRun";
import { findingKeys, validateInProcess } from "./validateInProcess";

// Files are written and the CLI is run (some spawned): slower than a unit test on a busy machine.
jest.setTimeout(60_000);

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("bad-inputs");
});
afterAll(() => tmp.cleanup());

test("the catalogue has at least 60 kinds of bad input, each named once", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(BAD_INPUTS.map((b) => b.kind)).size).toBe(BAD_INPUTS.length);
});

describe.each(BAD_INPUTS)("$kind", (b) => {
  it(`exit ${b.code}${b.findings ? `: ${b.findings.join(", ")}` : ""}`, async () => {
    const out = await validateInProcess(await b.file(tmp.dir));
    if (b.code === 2) {
      expect(out.code).toBe(2);
      expect(out.error).toMatch(b.error ?? /./);
      expect(out.error).not.toMatch(/\n/);
      return;
    }
    expect(out.error).toBeUndefined();
    expect(findingKeys(out)).toEqual(b.findings ?? []);
    expect(out.code).toBe(b.code);
  });
});
