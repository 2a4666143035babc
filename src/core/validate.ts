/** validatePlan: runs every rule, sorts the findings in the spec's order, applies waivers, renders messages. */
import { RULES, ruleById } from "./rules";
import type { RuleContext } from "./rules/rule";
import { sameBreach } from "./rules/uniqueHits";
import type { Finding, Hit, Severity } from "./finding";
import { HitTable, type HitKeys } from "./hitTable";
import { FindingTable } from "./findingTable";
import { messageRenderer, type MessageRenderer } from "./messageTemplates";
import { DEFAULT_PLATFORMS, normKey } from "./lists";
import type { Plan, Row, Waiver } from "./plan";
import { buildIndex } from "./planIndex";
import { SHEET_ORDER, type Lang } from "./schema/types";
import type { Settings } from "./settings";
import { invisibleNote, paramsShownAsIs, shownParams } from "./messageText";
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

const SEVERITY = new Map<string, Severity>();
/** A rule's severity ("error" for an id no rule has), looked up once per rule id. */
function severityOf(rule: string): Severity {
  let severity = SEVERITY.get(rule);
  if (severity === undefined) {
    severity = ruleById(rule)?.severity ?? "error";
    SEVERITY.set(rule, severity);
  }
  return severity;
}

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

/** Whether a param names platforms (and is not already Chinese): worked out once per param name. */
const platformParam = new Map<string, boolean>();
function namesPlatforms(k: string): boolean {
  let yes = platformParam.get(k);
  if (yes === undefined) {
    yes = /platform/i.test(k) && !/zh$/i.test(k);
    platformParam.set(k, yes);
  }
  return yes;
}

/** A platform list's Chinese text, by its English text (a plan names few platforms, in few combinations). */
const ZH_PLATFORMS = new Map<string, string>();

/** Rules pass canonical (English) platform names; Chinese messages name built-in platforms in Chinese (天猫). */
function localParams(params: Hit["params"], lang: Lang): Hit["params"] {
  if (lang !== "zh-CN" || !params) return params;
  let out = params;
  for (const k in params) {
    const v = params[k];
    if (typeof v !== "string" || !namesPlatforms(k)) continue;
    let zh = ZH_PLATFORMS.get(v);
    if (zh === undefined) {
      zh = v
        .split(", ")
        .map((p) => PLATFORM_ZH.get(p) ?? p)
        .join("、");
      if (ZH_PLATFORMS.size < 10_000) ZH_PLATFORMS.set(v, zh);
    }
    if (zh !== v) out = { ...out, [k]: zh };
  }
  return out;
}

/** A hit's message: its values quoted capped, an invisible character in one shown and named. */
function messageOf(render: MessageRenderer, h: Hit, lang: Lang): string {
  const params = localParams(h.params, lang) ?? {};
  if (paramsShownAsIs(params)) return render(h.rule, params);
  const shown = shownParams(params);
  const message = render(h.rule, shown.params);
  return shown.invisible.length > 0
    ? `${message} ${invisibleNote(shown.invisible, lang)}`
    : message;
}

/**
 * Every rule's hits, the reader's first, in the order they were reported, each message rendered as it comes (so its
 * params are garbage at once; a hit that is a duplicate costs a message that is thrown away).
 */
function collectHits<T extends HitKeys & { add(h: Hit, message: string): void }>(
  ctx: RuleContext,
  render: MessageRenderer,
  lang: Lang,
  table: T
): T {
  for (const h of ctx.plan.readHits) table.add(h, messageOf(render, h, lang));
  const keep = (h: Hit): void => table.add(h, messageOf(render, h, lang));
  for (const rule of RULES) {
    if (rule.report) rule.report(ctx, keep);
    else for (const h of rule.check(ctx)) keep(h);
  }
  return table;
}

const ROW_SPAN = 2 ** 21; // rows 1..1,048,576
const COLUMN_SPAN = 2 ** 15; // columns 1..16,384
const RULE_SPAN = 2 ** 8; // sheet ranks 0..99 above these: 7 + 21 + 15 + 8 = 51 bits, exact in a double

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

/**
 * `order` stably sorted by `key[order[i]]` (below 2^32): a least-significant-digit radix sort, two counting passes of
 * 16 bits. Stable, so sorting by the low part and then the high part sorts by the whole key, ties in `order`'s order.
 */
function radixSorted(order: Uint32Array<ArrayBuffer>, key: Uint32Array): Uint32Array<ArrayBuffer> {
  let from = order;
  let to = new Uint32Array(order.length);
  const counts = new Uint32Array(DIGITS);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[(key[from[i]] >>> shift) & (DIGITS - 1)]++;
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < from.length; i++)
      to[counts[(key[from[i]] >>> shift) & (DIGITS - 1)]++] = from[i];
    [from, to] = [to, from];
  }
  return from;
}

/** The bits a whole number in 0 … 2^32 − 1 takes. */
const bitsOf = (x: number): number => 32 - Math.clz32(x);

/**
 * The indices 0 … n − 1 ordered by `high`, then `low` (orderHits' two parts), ties by index, given the largest
 * sheet rank, row, column and rule; undefined when the key does not fit. Each part is packed at the width this
 * validation needs (a plan's take ~30 bits where the fixed layout takes 51), the index below them, into one double
 * per hit that the engine's own numeric sort orders: native code, where the radix sort's loops run cold in a CLI
 * that sorts once.
 */
function sortedByPackedKey(
  high: Uint32Array,
  low: Uint32Array,
  [maxRank, maxRow, maxColumn, maxRule]: readonly number[]
): Uint32Array<ArrayBuffer> | undefined {
  const n = high.length;
  const rankBits = bitsOf(maxRank);
  const rowBits = bitsOf(maxRow);
  const columnBits = bitsOf(maxColumn);
  const ruleBits = bitsOf(Math.max(0, maxRule));
  const indexBits = bitsOf(Math.max(0, n - 1));
  if (rankBits + rowBits + columnBits + ruleBits + indexBits > 53) return undefined;
  const rowScale = 2 ** rowBits;
  const ruleScale = 2 ** ruleBits;
  const indexScale = 2 ** indexBits;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = high[i];
    const l = low[i];
    const sheetAndRow = Math.floor(h / ROW_SPAN) * rowScale + (h % ROW_SPAN);
    const columnAndRule = Math.floor(l / RULE_SPAN) * ruleScale + (l % RULE_SPAN);
    packed[i] = (sheetAndRow * 2 ** columnBits * ruleScale + columnAndRule) * indexScale + i;
  }
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i] % indexScale;
  return order;
}

/**
 * The hits' indices in the spec's order (compareHits, ties in report order), each breach once per rule and cell (the
 * first reported). Sorts one number per hit — sheet rank, row, column and rule packed (sortedByPackedKey, else a radix
 * sort of 51 bits) — not the hits; `by: "compareHits"` compares the hits themselves, the reference the keys are held to
 * (test/core/validate/orderHits.test.ts).
 */
export function orderHits(hits: HitKeys, by: "keys" | "compareHits" = "keys"): Uint32Array {
  const rules = [...new Set(hits.rule)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleRank = new Map(rules.map((r, i) => [r, i]));
  const sheetRank = hits.sheets.map((s) => SHEET_RANK.get(s.sheetId) ?? 99);
  const keys = new Float64Array(hits.length);
  // The key in two parts for the radix sort: sheet rank and row (28 bits), column and rule (23 bits).
  const high = new Uint32Array(hits.length);
  const low = new Uint32Array(hits.length);
  const columns = new Map<string, number>();
  let packable = by === "keys" && rules.length < RULE_SPAN;
  // The largest of each part, for the packed key's widths: [sheet rank, row, column, rule].
  const max = [0, 0, 0, 0];
  for (let i = 0; i < hits.length && packable; i++) {
    const row = hits.row[i];
    const letters = hits.column[i];
    let column = columns.get(letters);
    if (column === undefined) columns.set(letters, (column = columnIndex(letters)));
    packable = Number.isInteger(row) && row >= 0 && row < ROW_SPAN && column < COLUMN_SPAN;
    high[i] = sheetRank[hits.sheet[i]] * ROW_SPAN + row;
    low[i] = column * RULE_SPAN + (ruleRank.get(hits.rule[i]) ?? 0);
    keys[i] = high[i] * (COLUMN_SPAN * RULE_SPAN) + low[i];
    if (sheetRank[hits.sheet[i]] > max[0]) max[0] = sheetRank[hits.sheet[i]];
    if (row > max[1]) max[1] = row;
    if (column > max[2]) max[2] = column;
  }
  let order = new Uint32Array(hits.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (packable)
    order =
      sortedByPackedKey(high, low, [max[0], max[1], max[2], rules.length - 1]) ??
      radixSorted(radixSorted(order, low), high);
  else order.sort((a, b) => compareHits(hits.hit(a), hits.hit(b)) || a - b);

  // Duplicates share a sort key, so they sit side by side, the first reported first.
  const out = new Uint32Array(order.length);
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < order.length; i++) {
    const first = out[runStart];
    if (
      n > runStart &&
      (packable
        ? keys[first] !== keys[order[i]]
        : compareHits(hits.hit(first), hits.hit(order[i])) !== 0)
    )
      runStart = n;
    let duplicate = false;
    for (let j = runStart; j < n && !duplicate; j++) {
      duplicate = sameBreach(hits.hit(out[j]), hits.hit(order[i]));
    }
    if (!duplicate) out[n++] = order[i];
  }
  return out.subarray(0, n);
}

/**
 * A plan's findings in the spec's order, each built (its message rendered) only when asked for: the CLI writes them
 * out one by one and never holds them all; `validatePlan` collects them.
 */
export interface OrderedFindings {
  readonly length: number;
  /** Unwaived errors and warnings, and waived findings, over all findings. */
  readonly counts: Counts;
  /** Whether the i-th finding is waived (without building it). */
  waived(i: number): boolean;
  /** The i-th finding's rule, severity and address (without building it). */
  head(i: number): Pick<Finding, "rule" | "severity" | "address">;
  /** The i-th finding's message, and its waiver's reason (undefined when not waived), without building it. */
  message(i: number): string;
  reason(i: number): string | undefined;
  /** The i-th finding, built anew on each call. */
  finding(i: number): Finding;
}

/** Each ordered hit's waiver (undefined: none), and the counts of the findings they make. */
function waiversOf(
  plan: Plan,
  opts: ValidateOptions,
  hits: HitKeys,
  order: Uint32Array
): { waiverOf: (ActiveWaiver | undefined)[]; counts: Counts } {
  // Waivers by rule: a finding looks only at its own rule's waivers, not at every waiver.
  const waivers = new Map<string, ActiveWaiver[]>();
  for (const w of activeWaivers(plan.waivers, todaySerial(opts.today ?? new Date()))) {
    const list = waivers.get(w.rule);
    if (list) list.push(w);
    else waivers.set(w.rule, [w]);
  }
  const waiverOf: (ActiveWaiver | undefined)[] = new Array<ActiveWaiver | undefined>(order.length);
  const counts: Counts = { error: 0, warning: 0, waived: 0 };
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    const ruleWaivers = waivers.get(hits.rule[k]);
    const w = ruleWaivers ? waiverFor(hits.hit(k), ruleWaivers) : undefined;
    waiverOf[i] = w;
    if (w) counts.waived++;
    else counts[severityOf(hits.rule[k])]++;
  }
  return { waiverOf, counts };
}

/** Every rule's hits in `table`, their order (orderHits) and the waiver of each in that order. */
function validated<T extends HitKeys & { add(h: Hit, message: string): void }>(
  plan: Plan,
  settings: Settings,
  opts: ValidateOptions,
  table: T
): { hits: T; order: Uint32Array; waiverOf: (ActiveWaiver | undefined)[]; counts: Counts } {
  const lang = opts.lang ?? "en";
  const hits = collectHits(
    { plan, settings, index: buildIndex(plan) },
    messageRenderer(lang),
    lang,
    table
  );
  const order = orderHits(hits);
  return { hits, order, ...waiversOf(plan, opts, hits, order) };
}

/** Runs every rule of spec §3 over a plan read by `readPlan`; the findings are rendered on demand. */
export function orderedFindings(
  plan: Plan,
  settings: Settings = plan.settings,
  opts: ValidateOptions = {}
): OrderedFindings {
  const { hits, order, waiverOf, counts } = validated(plan, settings, opts, new HitTable());

  return {
    length: order.length,
    counts,
    waived: (i) => waiverOf[i] !== undefined,
    head(i) {
      const k = order[i];
      const severity = severityOf(hits.rule[k]);
      return { rule: hits.rule[k], severity, address: hits.address(k) };
    },
    message: (i) => hits.message[order[i]],
    reason: (i) => waiverOf[i]?.reason,
    finding(i) {
      const k = order[i];
      const f: Finding = {
        rule: hits.rule[k],
        severity: severityOf(hits.rule[k]),
        sheet: hits.sheets[hits.sheet[k]].sheet,
        row: hits.row[k],
        column: hits.column[k],
        address: hits.address(k),
        message: hits.message[k],
        related: hits.relatedOf(k),
      };
      const w = waiverOf[i];
      if (w) {
        f.waived = true;
        f.reason = w.reason;
      }
      return f;
    },
  };
}

/**
 * Runs every rule of spec §3 over a plan read by `readPlan`. Never throws on bad data: bad data is a finding. The
 * same findings as `orderedFindings`, each made once as its hit is reported (the pane and compare hold them all).
 */
export function validatePlan(
  plan: Plan,
  settings: Settings = plan.settings,
  opts: ValidateOptions = {}
): Finding[] {
  const { hits, order, waiverOf } = validated(plan, settings, opts, new FindingTable(severityOf));
  const out = new Array<Finding>(order.length);
  for (let i = 0; i < order.length; i++) {
    const f = hits.findings[order[i]];
    const w = waiverOf[i];
    if (w) {
      f.waived = true;
      f.reason = w.reason;
    }
    out[i] = f;
  }
  return out;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) c.waived++;
    else c[f.severity]++;
  }
  return c;
}
