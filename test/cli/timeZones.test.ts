/**
 * A date in a cell is the day the planner sees, whatever the machine's zone (issue 11): the CLI run under UTC,
 * Asia/Shanghai (UTC+8, where planners work) and America/Los_Angeles (UTC−7) gives the same findings for date-times
 * stored as serials and as ISO text (`t="d"`, Excel Strict and openpyxl).
 */
import { join } from "path";
import { runCli, tempDir, type ValidateJson } from "./cliRun";
import { rowsToCells, writeHandmade } from "./handmadeXlsx";
import { ZONES } from "./zones";

// Files are written and the CLI is run (some spawned): slower than a unit test on a busy machine.
jest.setTimeout(60_000);

const DAY = 46556; // 2027-06-18
const at = (serial: number, hours: number) => ({ s: 2, v: String(serial + hours / 24) });
const iso = (text: string) => ({ t: "d", s: 2, v: text });

let tmp: ReturnType<typeof tempDir>;
let file: string;
beforeAll(async () => {
  tmp = tempDir("zones");
  file = join(tmp.dir, "zones.xlsx");
  await writeHandmade(file, {
    sheets: [
      {
        name: "Products",
        cells: rowsToCells([
          ["SKU", "Tier", "List price"],
          ["KA-1", "secondary", 100],
          ["KA-2", "secondary", 100],
        ]),
      },
      {
        name: "Promotions",
        cells: rowsToCells([
          ["SKU", "Platform", "Start", "End", "Promo price"],
          // 18 June 10:00 – 20 June 16:00: 3 days. In Shanghai 16:00 is the next day's local midnight.
          ["KA-1", "Tmall", at(DAY, 10), at(DAY + 2, 16), 80],
          // ISO date-times: 07:00 is the day before in UTC seen from Shanghai, 17:30 the day after from LA.
          ["KA-2", "JD", iso("2027-06-18T07:00:00"), iso("2027-06-20T17:30:00"), 80],
          // 1 August 16:00 – 4 August 00:00: 4 days, a real PROMO_TOO_LONG.
          ["KA-1", "JD", at(DAY + 44, 16), iso("2027-08-04T00:00:00Z"), 80],
        ]),
      },
    ],
  });
});
afterAll(() => tmp.cleanup());

describe.each(ZONES)("TZ=%s", (zone) => {
  it("reads every date as the day in its cell: one 4-day promotion, no false PROMO_TOO_LONG", async () => {
    const run = await runCli(["validate", file, "--json"], { env: { TZ: zone } });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.findings.map((f) => `${f.rule}@${f.address}`)).toEqual([
      "PROMO_TOO_LONG@Promotions!D4",
    ]);
    expect(out.findings[0].message).toMatch(/2027-08-01.*2027-08-04|4 days/);
    expect(run.code).toBe(1);
  });
});
