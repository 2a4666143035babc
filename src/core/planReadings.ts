/**
 * The readings the pane keeps of one workbook (src/core/versions/compare/reading.ts), shared by its tabs: the working
 * plan's last one — the Validate tab's validation, reused by Save as version and Compare while the workbook has not
 * changed since — and the last few versions' (a version never changes).
 *
 * Never stale: the working plan's reading is reused only when the port's change token is the one it was read under,
 * or, where the port has none (Excel: no event covers every change, a co-author's included) or it moved, when the
 * cells read now are those it was made of, value for value. Only on the same day ("today" sets the default plan year
 * and waivers' Until).
 */
import type { WorkbookPort } from "./port";
import type { SheetInput } from "./read/input";
import { sameSheets } from "./read/sameSheets";
import { PlanReading } from "./versions/compare/reading";
import type { VersionInfo } from "./versions/versionsSheet";

/** Versions' readings kept: a plan of 10,000 products' is tens of MB. */
const VERSIONS_KEPT = 3;

interface Working {
  token: string | undefined;
  sheets: SheetInput[];
  reading: PlanReading;
}

/** A version's identity: its id, and where and when it was saved (two co-authors' saves never share all three). */
const versionKey = (v: VersionInfo): string =>
  `${v.id}\u0001${v.row}\u0001${v.saved}\u0001${v.parts}`;

export class PlanReadings {
  private working?: Working;
  private readonly versions = new Map<string, PlanReading>();

  constructor(private readonly port: WorkbookPort) {}

  /** The working plan's reading: the last one while the workbook has not changed since, else a new read. */
  async workingPlan(now: Date = new Date()): Promise<PlanReading> {
    const last = this.working;
    const token = this.port.changeToken ? await this.port.changeToken() : undefined;
    if (last && token !== undefined && last.token === token && last.reading.isOf(now))
      return last.reading;
    const sheets = await this.port.readSheets();
    if (last && last.reading.isOf(now) && sameSheets(last.sheets, sheets)) {
      this.working = { ...last, token };
      return last.reading;
    }
    const reading = new PlanReading({ sheets }, now);
    this.working = { token, sheets, reading };
    return reading;
  }

  /** A version's reading: kept from its save or its last read, else read from the workbook. */
  async version(info: VersionInfo, now: Date = new Date()): Promise<PlanReading> {
    const key = versionKey(info);
    const kept = this.versions.get(key);
    if (kept && kept.isOf(now)) {
      this.keep(key, kept);
      return kept;
    }
    const version = await this.port.readVersion(info.id);
    const reading = new PlanReading(version.snapshot, now, version.findings);
    this.keep(versionKey(version), reading);
    return reading;
  }

  /**
   * A version just saved from `reading`: its reading is the working plan's (the version holds the same input cells
   * the reader reads; computed columns and other sheets, which it leaves out, the reader ignores).
   */
  saved(info: VersionInfo, reading: PlanReading): void {
    this.keep(versionKey(info), reading);
  }

  private keep(key: string, reading: PlanReading): void {
    this.versions.delete(key);
    this.versions.set(key, reading);
    while (this.versions.size > VERSIONS_KEPT) {
      const oldest = this.versions.keys().next().value;
      if (oldest === undefined) break;
      this.versions.delete(oldest);
    }
  }
}

const readingsByPort = new WeakMap<WorkbookPort, PlanReadings>();

/** The readings the pane keeps of the port's workbook (one set per port, shared by the tabs). */
export function planReadings(port: WorkbookPort): PlanReadings {
  let r = readingsByPort.get(port);
  if (!r) {
    r = new PlanReadings(port);
    readingsByPort.set(port, r);
  }
  return r;
}
