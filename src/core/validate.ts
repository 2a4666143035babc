/** validatePlan: runs every rule, applies waivers, renders messages, sorts findings in the spec's order. */
import { RULES, ruleById } from "./rules";
import { HitsByCell } from "./rules/uniqueHits";
import { refAddress, type Finding, type Hit } from "./finding";
import { translator } from "./i18n";
import { DEFAULT_PLATFORMS, normKey } from "./lists";
import type { Plan, Row, Waiver } from "./plan";
import { buildIndex } from "./planIndex";
import { SHEET_ORDER, type Lang } from "./schema/types";
import type { Settings } from "./settings";
import { invisibleNote, shownParams } from "./messageText";
import { todaySerial } from "./read/dates";
import { columnIndex } from "./cells";

export interface ValidateOptions {
  lang?: Lang;
  /** "Today" for waivers' Until (default: now). */
  today?: Date;
}

export interface Counts {
  error: number;
  warning: number;
  waived: number;
}

const SHEET_RANK = new Map(SHEET_ORDER.map((id, i) => [id, i]));

function compareHits(a: Hit, b: Hit): number {
  return (
    (SHEET_RANK.get(a.at.sheetId) ?? 99) - (SHEET_RANK.get(b.at.sheetId) ?? 99) ||
    a.at.row - b.at.row ||
    columnIndex(a.at.column) - columnIndex(b.at.column) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** "Promotions!$E$12", "'Promotions'!E12", "e12" → a comparable key; sheet-less targets match any sheet. */
function targetKey(target: string): { sheet?: string; cell: string } {
  const t = target.trim().replace(/\$/g, "");
  const bang = t.lastIndexOf("!");
  if (bang < 0) return { cell: t.toUpperCase() };
  const sheet = t
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet: normKey(sheet), cell: t.slice(bang + 1).toUpperCase() };
}

interface ActiveWaiver {
  rule: string;
  sheet?: string;
  cell: string;
  sku: string;
  reason: string;
}

function activeWaivers(rows: readonly Row<Waiver>[], today: number): ActiveWaiver[] {
  return rows
    .filter((w) => w.v.until === undefined || w.v.until >= today)
    .map((w) => ({
      rule: w.v.rule.trim().toUpperCase(),
      ...targetKey(w.v.target),
      sku: w.v.target.trim(),
      reason: w.v.reason,
    }));
}

function waiverFor(hit: Hit, waivers: readonly ActiveWaiver[]): ActiveWaiver | undefined {
  const cell = `${hit.at.column}${hit.at.row}`;
  const sheet = normKey(hit.at.sheet);
  return waivers.find(
    (w) =>
      w.rule === hit.rule &&
      ((w.cell === cell && (w.sheet === undefined || w.sheet === sheet)) ||
        (hit.sku !== undefined && w.sku === hit.sku))
  );
}

const PLATFORM_ZH = new Map(DEFAULT_PLATFORMS.map((e) => [e.value, e.zh ?? e.value]));

/** Rules pass canonical (English) platform names; Chinese messages name built-in platforms in Chinese (天猫). */
function localParams(params: Hit["params"], lang: Lang): Hit["params"] {
  if (lang !== "zh-CN" || !params) return params;
  let out = params;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string" || !/platform/i.test(k) || /zh$/i.test(k)) continue;
    const zh = v
      .split(", ")
      .map((p) => PLATFORM_ZH.get(p) ?? p)
      .join("、");
    if (zh !== v) out = { ...out, [k]: zh };
  }
  return out;
}

/** A hit's message: its values quoted capped, an invisible character in one shown and named. */
function messageOf(t: ReturnType<typeof translator>, h: Hit, lang: Lang): string {
  const shown = shownParams(localParams(h.params, lang) ?? {});
  const message = t(`rules:${h.rule}`, shown.params);
  return shown.invisible.length > 0
    ? `${message} ${invisibleNote(shown.invisible, lang)}`
    : message;
}

/** Runs every rule of spec §3 over a plan read by `readPlan`. Never throws on bad data: bad data is a finding. */
export function validatePlan(
  plan: Plan,
  settings: Settings = plan.settings,
  opts: ValidateOptions = {}
): Finding[] {
  const ctx = { plan, settings, index: buildIndex(plan) };
  const hits: Hit[] = [...plan.readHits];
  for (const rule of RULES) hits.push(...rule.check(ctx));

  // One breach gives one finding per rule and cell.
  const byCell = new HitsByCell();
  for (const h of hits) byCell.addHit(h);
  const unique = byCell.hits();
  unique.sort(compareHits);

  const lang = opts.lang ?? "en";
  const t = translator(lang);
  // Waivers by rule: a finding looks only at its own rule's waivers, not at every waiver.
  const waivers = new Map<string, ActiveWaiver[]>();
  for (const w of activeWaivers(plan.waivers, todaySerial(opts.today ?? new Date()))) {
    const list = waivers.get(w.rule);
    if (list) list.push(w);
    else waivers.set(w.rule, [w]);
  }
  return unique.map((h) => {
    const rule = ruleById(h.rule);
    const f: Finding = {
      rule: h.rule,
      severity: rule?.severity ?? "error",
      sheet: h.at.sheet,
      row: h.at.row,
      column: h.at.column,
      address: refAddress(h.at),
      message: messageOf(t, h, lang),
      related: (h.related ?? []).map(refAddress),
    };
    const ruleWaivers = waivers.get(h.rule);
    const w = ruleWaivers ? waiverFor(h, ruleWaivers) : undefined;
    if (w) {
      f.waived = true;
      f.reason = w.reason;
    }
    return f;
  });
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) c.waived++;
    else c[f.severity]++;
  }
  return c;
}
