import { takeSnapshot } from "../../../src/core/versions/snapshot";
import {
  baselineColumn,
  nextVersionId,
  PART_CHARS,
  readSnapshot,
  readVersionList,
  snapshotParts,
  VersionDataError,
  VERSIONS_HEADER,
  versionRow,
} from "../../../src/core/versions/versionsSheet";
import { restorePlan } from "../../../src/core/versions/restore";
import { plan, PROMOTIONS } from "./plans";

describe("a version in the versions sheet", () => {
  it("keeps every input sheet's values, not the computed columns, and no output sheet", () => {
    const x = plan({
      Promotions: [
        [...PROMOTIONS[0], "Days", "Flags"],
        ["KA-1", "Tmall", "618", 46546, 46556, 169, 120, 11, "too long"],
      ],
      Findings: [["Severity"], ["error"]],
      Notes: [["mine"]],
    });
    const snap = takeSnapshot(x.sheets);
    expect(snap.sheets.map((s) => s.id)).toEqual([
      "settings",
      "products",
      "promotions",
      "prices",
      "budget",
    ]);
    const promo = snap.sheets.find((s) => s.id === "promotions");
    expect(promo?.rows).toEqual([
      [...PROMOTIONS[0], "Days", "Flags"],
      ["KA-1", "Tmall", "618", 46546, 46556, 169, 120],
    ]);
  });

  it("round-trips through parts of at most 32,000 characters, never splitting a surrogate pair", () => {
    const long = "𠀀".repeat(40_000); // 80,000 UTF-16 units
    const x = plan({
      Products: [
        ["SKU", "Tier", "List price", "Name"],
        ["KA-1", "hero", 1, long],
      ],
    });
    const parts = snapshotParts(takeSnapshot(x.sheets));
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(PART_CHARS);
      const last = p.charCodeAt(p.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    const back = readSnapshot(parts);
    expect(back.sheets.find((s) => s.id === "products")?.rows[1][3]).toBe(long);
  });

  it("keeps dates, errors and booleans", () => {
    const d = new Date(Date.UTC(2027, 5, 18));
    const x = {
      sheets: [
        {
          name: "Products",
          rows: [
            ["SKU", "Tier", "List price", "Launch date"],
            ["A", true, { error: "#N/A" }, d],
          ],
        },
      ],
    };
    const back = readSnapshot(snapshotParts(takeSnapshot(x.sheets)));
    expect(back.sheets[0].rows[1]).toEqual(["A", true, { error: "#N/A" }, d]);
  });

  it("lists the versions of the sheet's rows, leaving out a row that does not read as one", () => {
    const grid = [
      VERSIONS_HEADER,
      versionRow(
        { id: 1, name: "Original", saved: "2026-12-06T10:00:00.000Z", note: "", baseline: true },
        ["{}"]
      ),
      ["typed over"],
      versionRow(
        { id: 3, name: "Scenario", saved: "2026-12-06T11:00:00.000Z", note: "n", baseline: false },
        ["{", "}"]
      ),
    ];
    const list = readVersionList(grid);
    expect(list.map((v) => [v.id, v.name, v.baseline, v.row, v.parts])).toEqual([
      [1, "Original", true, 2, 1],
      [3, "Scenario", false, 4, 2],
    ]);
    expect(nextVersionId(list)).toBe(4);
    expect(baselineColumn(list, 3)).toEqual([[""], [""], ["yes"]]);
  });

  it("refuses damaged data rather than reading half a plan", () => {
    const parts = snapshotParts(takeSnapshot(plan().sheets));
    expect(() => readSnapshot(parts.map((p) => p.slice(0, -3)))).toThrow(VersionDataError);
    expect(() => readSnapshot(['{"format":2,"sheets":[]}'])).toThrow(VersionDataError);
  });
});

describe("restorePlan", () => {
  it("writes each field into the working sheet's column of that field and clears rows beyond the version", () => {
    const version = takeSnapshot(plan().sheets);
    const working = plan({
      Prices: [
        ["Effective from", "SKU", "Platform", "Price"],
        [46388, "KA-1", "Tmall", 189],
        [46388, "KA-2", "JD", 99],
        [46400, "KA-3", "JD", 59],
      ],
    }).sheets;
    const r = restorePlan(version, working);
    const prices = r.writes.filter((w) => w.sheet === "Prices");
    expect(prices.map((w) => [w.at, w.values.map((v) => v[0])])).toEqual([
      ["A2", [46388, 46388, null]],
      ["B2", ["KA-1", "KA-2", null]],
      ["C2", ["Tmall", "JD", null]],
      ["D2", [199, 99, null]],
    ]);
    expect(r.create).toEqual([]);
  });

  it("creates a sheet the working plan lacks, with the version's grid", () => {
    const version = takeSnapshot(plan().sheets);
    const working = plan().sheets.filter((s) => s.name !== "Budget");
    const r = restorePlan(version, working);
    expect(r.create).toEqual(["Budget"]);
    expect(r.writes.find((w) => w.sheet === "Budget")?.at).toBe("A1");
  });
});
