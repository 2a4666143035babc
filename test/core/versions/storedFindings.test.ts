/**
 * A version's findings stored at its save (src/core/versions/storedFindings.ts): they are what a fresh validation of
 * the version gives, a compare uses them instead of validating the version again, and wherever their fingerprint says
 * a fresh validation could differ (the version's values changed under them, another build's validator, other rules,
 * another language, a waiver's Until passed, another plan year from "today", a version saved without them) the
 * version is validated as before.
 */
import type { Finding } from "../../../src/core/finding";
import { ALL_RULES } from "../../../src/core/rules";
import { PlanReadings } from "../../../src/core/planReadings";
import type { Lang } from "../../../src/core/schema/types";
import * as validate from "../../../src/core/validate";
import { PlanReading } from "../../../src/core/versions/compare/reading";
import { compareSides, saveWorkingPlan } from "../../../src/core/versions/session";
import { takeSnapshot } from "../../../src/core/versions/snapshot";
import {
  parseStoredFindings,
  storedFindingsFor,
  storeFindings,
  type ComparedFinding,
} from "../../../src/core/versions/storedFindings";
import { readVersionData, snapshotParts } from "../../../src/core/versions/versionsSheet";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { sampleSheets, TODAY } from "../../taskpane/fakePort";

const NEW_VERSION = { name: "v1", note: "", saved: "2026-06-01T00:00:00.000Z", baseline: false };

function sampleWorkbook(lang: Lang = "en"): MemoryWorkbook {
  const wb = new MemoryWorkbook(lang);
  for (const s of sampleSheets(lang)) wb.addSheet(s.name, s.rows, `A${s.firstRow ?? 1}`);
  return wb;
}

/** What the compare uses of a fresh validation's findings. */
const compared = (findings: readonly Finding[]): ComparedFinding[] =>
  findings.map((f) => {
    const c: ComparedFinding = {
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      address: f.address,
      message: f.message,
    };
    if (f.waived) c.waived = true;
    return c;
  });

afterEach(() => jest.restoreAllMocks());

describe("a version's stored findings", () => {
  it.each<Lang>(["en", "zh-CN"])(
    "equal a fresh validation of the version read back (%s)",
    async (lang) => {
      const wb = sampleWorkbook(lang);
      const info = await saveWorkingPlan(wb, new PlanReadings(wb), NEW_VERSION, lang);
      const version = await wb.readVersion(info.id);
      expect(version.findings?.lang).toBe(lang);
      const fresh = new PlanReading(version.snapshot);
      const expected = compared(fresh.findings(lang));
      expect(expected.length).toBeGreaterThan(5);
      expect(expected.some((f) => f.waived)).toBe(true);
      expect(storedFindingsFor(version.findings, lang, fresh.day, fresh.plan)).toEqual(expected);
    }
  );

  it("are used by a compare with nothing kept: only the working plan is validated", async () => {
    const wb = sampleWorkbook();
    const info = await saveWorkingPlan(wb, new PlanReadings(wb), NEW_VERSION, "en");
    wb.setCell("Promotions", "G2", 1);
    const spy = jest.spyOn(validate, "validatePlan");
    const stored = await compareSides(new PlanReadings(wb), info, "plan", "en");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(stored.effects.appeared.length).toBeGreaterThan(0);

    // The same compare, the version validated (in the other language, where nothing is stored: a fresh validation).
    spy.mockClear();
    const validated = await compareSides(new PlanReadings(wb), info, "plan", "zh-CN");
    expect(spy).toHaveBeenCalledTimes(2);
    expect(validated.effects.appeared.map((f) => f.address)).toEqual(
      stored.effects.appeared.map((f) => f.address)
    );
  });

  it("a version saved without them (format 1 before them) compares the same, validated", async () => {
    const wb = sampleWorkbook();
    const sheets = await wb.readSheets();
    const withFindings = await saveWorkingPlan(wb, new PlanReadings(wb), NEW_VERSION, "en");
    const without = await wb.saveVersion({
      ...NEW_VERSION,
      parts: snapshotParts(takeSnapshot(sheets)),
    });
    expect((await wb.readVersion(without.id)).findings).toBeUndefined();
    wb.setCell("Promotions", "G2", 1);
    wb.setCell("Products", "B3", "renamed");
    const a = await compareSides(new PlanReadings(wb), withFindings, "plan", "en");
    const spy = jest.spyOn(validate, "validatePlan");
    const b = await compareSides(new PlanReadings(wb), without, "plan", "en");
    expect(spy).toHaveBeenCalledTimes(2);
    expect(b).toEqual(a);
    expect(a.effects.appeared.length + a.effects.disappeared.length).toBeGreaterThan(0);
  });

  it("are not used where a fresh validation would differ: a waiver's Until passed since the save", () => {
    const sheets = sampleSheets();
    const saved = new PlanReading({ sheets }, TODAY);
    const stored = storeFindings(saved.findings("en"), "en", saved.day, saved.plan);
    const snapshot = readVersionData(snapshotParts(takeSnapshot(sheets), stored));
    expect(snapshot.findings).toEqual({ ...stored, input: expect.any(String) });

    const later = new PlanReading(snapshot.snapshot, new Date(TODAY.getTime() + 30 * 86_400_000));
    expect(storedFindingsFor(snapshot.findings, "en", later.day, later.plan)).toEqual(
      compared(later.findings("en"))
    );

    const until = Math.max(...saved.plan.waivers.map((w) => w.v.until ?? 0));
    const afterUntil = new Date(TODAY.getTime() + (until - saved.day + 2) * 86_400_000);
    const expired = new PlanReading(snapshot.snapshot, afterUntil, snapshot.findings);
    expect(storedFindingsFor(snapshot.findings, "en", expired.day, expired.plan)).toBeUndefined();
    const fresh = compared(
      validate.validatePlan(expired.plan, expired.plan.settings, { today: afterUntil })
    );
    expect(compared(expired.comparedFindings("en") as Finding[])).toEqual(fresh);
    expect(fresh.filter((f) => f.waived).length).toBeLessThan(
      compared(saved.findings("en")).filter((f) => f.waived).length
    );
  });

  it("that do not read whole are left out, the version's values still read", () => {
    const saved = new PlanReading({ sheets: sampleSheets() }, TODAY);
    const stored = {
      ...storeFindings(saved.findings("en"), "en", saved.day, saved.plan),
      input: "",
    };
    expect(parseStoredFindings(stored)).toBe(stored);
    expect(parseStoredFindings({ ...stored, format: 1 })).toBeUndefined();
    expect(parseStoredFindings({ ...stored, code: undefined })).toBeUndefined();
    expect(parseStoredFindings({ ...stored, input: undefined })).toBeUndefined();
    expect(parseStoredFindings({ ...stored, at: stored.at.slice(1) })).toBeUndefined();
    expect(parseStoredFindings({ ...stored, at: stored.at.map(() => 99) })).toBeUndefined();
    const data = readVersionData(
      snapshotParts(takeSnapshot(sampleSheets()), {
        ...stored,
        messages: [1] as unknown as string[],
      })
    );
    expect(data.findings).toBeUndefined();
    expect(data.snapshot.sheets.length).toBeGreaterThan(5);
  });
});

/** The build's validator code as jest defines it (jest.config.js), set to `code` for `fn`. */
function withValidatorCode<T>(code: string | undefined, fn: () => T): T {
  const g = globalThis as { OPS_PLANNER_VALIDATOR_CODE?: string };
  const before = g.OPS_PLANNER_VALIDATOR_CODE;
  g.OPS_PLANNER_VALIDATOR_CODE = code;
  try {
    return fn();
  } finally {
    g.OPS_PLANNER_VALIDATOR_CODE = before;
  }
}

describe("a version's stored findings are never stale", () => {
  const sheets = sampleSheets();
  const saved = new PlanReading({ sheets }, TODAY);
  const stored = storeFindings(saved.findings("en"), "en", saved.day, saved.plan);
  const parts = snapshotParts(takeSnapshot(sheets), stored);

  it("are stored with this build's validator code, and read back whole", () => {
    expect(typeof stored.code).toBe("string");
    expect(stored.code).toMatch(/^[0-9a-f]{16}$/);
    const back = readVersionData(parts);
    expect(back.findings).toBeDefined();
    const reading = new PlanReading(back.snapshot, TODAY);
    expect(storedFindingsFor(back.findings, "en", reading.day, reading.plan)).toEqual(
      compared(saved.findings("en"))
    );
  });

  it("the version's values changed under them (its sheets' JSON edited, the findings left): validated", () => {
    // The same findings, stored beside values where PC-206's Stock covers its expected units (STOCK_SHORT goes).
    const edited = sampleSheets();
    const products = edited.find((s) => s.name === "Products");
    if (!products) throw new Error("no Products sheet");
    const header = products.rows.findIndex((r) => r.includes("SKU"));
    const stockCol = products.rows[header].indexOf("Stock");
    const row = products.rows.findIndex((r) => r[0] === "PC-206");
    expect(stockCol).toBeGreaterThan(0);
    products.rows[row][stockCol] = 99_999;
    const editedParts = snapshotParts(takeSnapshot(edited), stored);
    // The edited values' JSON with the findings (and their hash) stored for the original values.
    const cut = (p: string[]): [string, string] => {
      const json = p.join("");
      const at = json.lastIndexOf(",`findings`:");
      return [json.slice(0, at), json.slice(at)];
    };
    const spliced = cut(editedParts)[0] + cut(parts)[1];
    expect(readVersionData([spliced]).snapshot).toEqual(readVersionData(editedParts).snapshot);
    expect(readVersionData([cut(parts)[0] + cut(parts)[1]]).findings).toBeDefined();

    const back = readVersionData([spliced]);
    expect(back.findings).toBeUndefined();
    const used = new PlanReading(back.snapshot, TODAY, back.findings).comparedFindings("en");
    const fresh = compared(new PlanReading(back.snapshot, TODAY).findings("en"));
    expect(fresh).not.toEqual(compared(saved.findings("en")));
    expect(compared(used as Finding[])).toEqual(fresh);
  });

  it("another build's validator code, or a build without one: validated", () => {
    const back = readVersionData(parts);
    const reading = new PlanReading(back.snapshot, TODAY, back.findings);
    const used = (code: string | undefined): boolean =>
      withValidatorCode(code, () =>
        storedFindingsFor(back.findings, "en", reading.day, reading.plan)
      ) !== undefined;
    expect(used(stored.code)).toBe(true);
    expect(used("0123456789abcdef")).toBe(false);
    expect(used(undefined)).toBe(false);
    // Stored by a build without one: never used, not even by such a build.
    const none = withValidatorCode(undefined, () =>
      storeFindings(saved.findings("en"), "en", saved.day, saved.plan)
    );
    expect(none.code).toBe("");
    const noneBack = readVersionData(snapshotParts(takeSnapshot(sheets), none)).findings;
    expect(
      withValidatorCode("", () => storedFindingsFor(noneBack, "en", reading.day, reading.plan))
    ).toBeUndefined();
    // And a compare in another build validates the version: validatePlan runs for both sides.
    const spy = jest.spyOn(validate, "validatePlan");
    withValidatorCode("0123456789abcdef", () =>
      new PlanReading(back.snapshot, TODAY, back.findings).comparedFindings("en")
    );
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("a rule changed (its severity, message or reads): validated", () => {
    const back = readVersionData(parts);
    const reading = new PlanReading(back.snapshot, TODAY);
    const rule = ALL_RULES.find((r) => r.id === back.findings?.ruleIds[0]);
    if (!rule) throw new Error("no rule");
    const mutable = rule as { severity: string };
    const severity = mutable.severity;
    mutable.severity = severity === "error" ? "warning" : "error";
    try {
      expect(storedFindingsFor(back.findings, "en", reading.day, reading.plan)).toBeUndefined();
    } finally {
      mutable.severity = severity;
    }
    expect(storedFindingsFor(back.findings, "en", reading.day, reading.plan)).toBeDefined();
  });

  it("a plan without a plan year, compared in another year than its save: validated", () => {
    const noYear = sampleSheets().map((s) =>
      s.name === "Settings" ? { ...s, rows: s.rows.filter((r) => r[0] !== "Plan year") } : s
    );
    const then = new PlanReading({ sheets: noYear }, TODAY);
    expect(then.plan.settings.planYear).toBe(TODAY.getFullYear() + 1);
    const kept = readVersionData(
      snapshotParts(
        takeSnapshot(noYear),
        storeFindings(then.findings("en"), "en", then.day, then.plan)
      )
    );
    const sameYear = new PlanReading(kept.snapshot, new Date(TODAY.getFullYear(), 11, 31));
    expect(storedFindingsFor(kept.findings, "en", sameYear.day, sameYear.plan)).toBeDefined();
    const nextYear = new PlanReading(kept.snapshot, new Date(TODAY.getFullYear() + 1, 0, 1));
    expect(nextYear.plan.settings.planYear).toBe(TODAY.getFullYear() + 2);
    expect(storedFindingsFor(kept.findings, "en", nextYear.day, nextYear.plan)).toBeUndefined();
  });
});
