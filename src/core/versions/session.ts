/**
 * Save as version and Compare as the pane runs them over the workbook port (the Versions tab, and the bench that times
 * them), reusing what the pane already made of the working plan and of each version (src/core/planReadings.ts).
 */
import type { PlanReadings } from "../planReadings";
import type { NewVersion, WorkbookPort } from "../port";
import type { Lang } from "../schema/types";
import { compareReadings, type Comparison } from "./compare/compare";
import type { PlanReading } from "./compare/reading";
import { takeSnapshot } from "./snapshot";
import { storeFindings } from "./storedFindings";
import { snapshotParts, type VersionInfo } from "./versionsSheet";

/** A side of a comparison: the working plan, or a version (as the list gives it). */
export type PlanSide = "plan" | VersionInfo;

/**
 * Saves the working plan as a version, with its findings in `lang` (the pane's validation's, made now if it has not
 * run) so a compare need not validate the version again; its reading is kept as the version's.
 */
export async function saveWorkingPlan(
  port: WorkbookPort,
  readings: PlanReadings,
  version: Omit<NewVersion, "parts">,
  lang: Lang
): Promise<VersionInfo> {
  const reading = await readings.workingPlan();
  const sheets = reading.input.sheets;
  // A file's formula cells without a value are calculated over every sheet, and a version keeps the input sheets
  // only: there, the version is read (and validated) from what it holds when first compared.
  const same = !sheets.some((s) => s.formulas && s.formulas.length > 0);
  const findings = same
    ? storeFindings(reading.findings(lang), lang, reading.day, reading.plan)
    : undefined;
  const info = await port.saveVersion({
    ...version,
    parts: snapshotParts(takeSnapshot(sheets), findings),
  });
  if (same) readings.saved(info, reading);
  return info;
}

export function readingOf(readings: PlanReadings, side: PlanSide): Promise<PlanReading> {
  return side === "plan" ? readings.workingPlan() : readings.version(side);
}

/** Two sides compared (src/core/versions/compare/compare.ts), each read and validated at most once. */
export async function compareSides(
  readings: PlanReadings,
  before: PlanSide,
  after: PlanSide,
  lang: Lang
): Promise<Comparison> {
  const a = await readingOf(readings, before);
  const b = await readingOf(readings, after);
  return compareReadings(a, b, lang);
}
