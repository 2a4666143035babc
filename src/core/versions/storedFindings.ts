/**
 * A version's findings, stored with it at its save (in its JSON, `findings`), so a compare uses them instead of
 * validating the version again (validatePlan is most of a compare's time on a large plan). Only what the compare uses
 * of each finding: its rule, sheet, row, column and waived mark (its identity across versions: effects.ts
 * findingKeys), and its message in the language of the save (shown when it appears or disappears); severity and
 * address follow from the rule and the cell.
 *
 * Not used stale: stored with a fingerprint of everything a validation's result depends on, and used only where all
 * of it is as it is now — else the version is validated as before:
 * - the version's values: a hash of their JSON as stored (`input`; checked where the JSON is read back,
 *   versionsSheet.ts readVersionData), so values changed under the findings drop them (a 32-bit hash with the
 *   length: a change that keeps both is a chance of about 1 in 4 billion, and the sheet is very hidden and protected);
 * - the validator: its rules (ids, severities, messages, the columns they read: `rules`) and the build's code
 *   (`code`: a hash of src/core's sources and package-lock.json made at build time, ./validatorCode.ts; a build without one uses none);
 * - the language of the messages;
 * - time: the plan year as read (a plan without one takes it from "today"), and every waiver with an Until active
 *   on the day of the compare exactly when it was on the day of the save (the only uses of "today" in reading and
 *   validating a plan).
 */
import { cellAddress, columnIndex, columnLetter } from "../cells";
import type { Finding } from "../finding";
import type { Plan } from "../plan";
import { ALL_RULES, ruleById } from "../rules";
import { LANGS, type Lang } from "../schema/types";
import { textHash } from "./textHash";
import { validatorCode } from "./validatorCode";

/** 2: with the validator's code and the values' hash (format 1, without them, is never used: validated). */
export const FINDINGS_FORMAT = 2;
/** Numbers per finding in `at`: rule, sheet, row, column, waived. */
const STRIDE = 5;

export interface StoredFindings {
  format: number;
  lang: Lang;
  /** The day of the save (a serial, as todaySerial gives it) and the plan year read then. */
  day: number;
  planYear: number;
  rules: string;
  /** The build's validator code at the save ("" for a build without one: never used). */
  code: string;
  /** textHash of the version's sheets' JSON as stored (versionsSheet.ts snapshotParts). */
  input: string;
  sheets: string[];
  ruleIds: string[];
  /** STRIDE numbers a finding: rule and sheet (indexes into ruleIds, sheets), row, column (1-based), waived (0/1). */
  at: number[];
  messages: string[];
}

/** What the compare uses of a finding (effects.ts: findingKeys, and the FindingRef of one that appears or not). */
export type ComparedFinding = Pick<
  Finding,
  "rule" | "severity" | "sheet" | "row" | "column" | "address" | "message" | "waived"
>;

/** Stored findings before the values' hash is known (snapshotParts adds it, over the JSON it writes). */
export type FindingsToStore = Omit<StoredFindings, "input">;

/** A fingerprint of the rules as this build has them: their ids, severities, messages (in `lang`) and reads. */
export function rulesFingerprint(lang: Lang): string {
  return textHash(
    ALL_RULES.map(
      (r) => `${r.id}\u0001${r.severity}\u0001${r.message[lang]}\u0001${r.reads.join(",")}`
    ).join("\u0002")
  );
}

/** The findings of a plan validated on `day` in `lang`, as a version stores them. */
export function storeFindings(
  findings: readonly Finding[],
  lang: Lang,
  day: number,
  plan: Plan
): FindingsToStore {
  const sheets: string[] = [];
  const ruleIds: string[] = [];
  const index = (list: string[], s: string): number => {
    let i = list.indexOf(s);
    if (i < 0) i = list.push(s) - 1;
    return i;
  };
  const at: number[] = [];
  const messages: string[] = [];
  for (const f of findings) {
    at.push(
      index(ruleIds, f.rule),
      index(sheets, f.sheet),
      f.row,
      columnIndex(f.column),
      f.waived ? 1 : 0
    );
    messages.push(f.message);
  }
  return {
    format: FINDINGS_FORMAT,
    lang,
    day,
    planYear: plan.settings.planYear,
    rules: rulesFingerprint(lang),
    code: validatorCode() ?? "",
    sheets,
    ruleIds,
    at,
    messages,
  };
}

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === "string");

/** Stored findings as read back from a version's JSON; undefined when absent or not whole (then: validate). */
export function parseStoredFindings(v: unknown): StoredFindings | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  if (o.format !== FINDINGS_FORMAT || !LANGS.includes(o.lang as Lang)) return undefined;
  if (typeof o.day !== "number" || typeof o.planYear !== "number") return undefined;
  if (typeof o.rules !== "string" || typeof o.code !== "string" || typeof o.input !== "string")
    return undefined;
  if (!isStrings(o.sheets) || !isStrings(o.ruleIds) || !isStrings(o.messages)) return undefined;
  const at = o.at;
  if (!Array.isArray(at) || at.length !== o.messages.length * STRIDE) return undefined;
  for (let i = 0; i < at.length; i++) {
    const n: unknown = at[i];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return undefined;
    const k = i % STRIDE;
    if (k === 0 && n >= o.ruleIds.length) return undefined;
    if (k === 1 && n >= o.sheets.length) return undefined;
    if ((k === 2 || k === 3) && n < 1) return undefined;
  }
  return o as unknown as StoredFindings;
}

/**
 * The stored findings as the compare uses them, when a fresh validation of `plan` (the version read on `day`) in
 * `lang` would give the same; else undefined.
 */
export function storedFindingsFor(
  stored: StoredFindings | undefined,
  lang: Lang,
  day: number,
  plan: Plan
): ComparedFinding[] | undefined {
  if (!stored || stored.lang !== lang || stored.rules !== rulesFingerprint(lang)) return undefined;
  const code = validatorCode();
  if (code === undefined || stored.code !== code) return undefined;
  if (stored.planYear !== plan.settings.planYear) return undefined;
  for (const { v } of plan.waivers) {
    if (v.until === undefined) continue;
    const activeThen = v.until >= stored.day;
    const activeNow = v.until >= day;
    if (activeThen !== activeNow) return undefined;
  }
  const out: ComparedFinding[] = [];
  const { at } = stored;
  for (let i = 0; i < stored.messages.length; i++) {
    const j = i * STRIDE;
    const rule = stored.ruleIds[at[j]];
    const sheet = stored.sheets[at[j + 1]];
    const row = at[j + 2];
    const column = columnLetter(at[j + 3]);
    const f: ComparedFinding = {
      rule,
      severity: ruleById(rule)?.severity ?? "error",
      sheet,
      row,
      column,
      address: cellAddress(sheet, column, row),
      message: stored.messages[i],
    };
    if (at[j + 4] === 1) f.waived = true;
    out.push(f);
  }
  return out;
}
