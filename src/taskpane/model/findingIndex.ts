/**
 * A validation's findings indexed once for the Validate tab, so that 200,000 of them filter and search within a
 * frame or two: grouped by rule once (indexFindings), each finding's search text lower-cased once (prepareSearch,
 * which the tab runs in slices after the findings show), and a filter that narrows the previous one (a longer query,
 * the same sheet and severity) looking only at the previous matches.
 *
 * filterFindings(indexFindings(fs, title), filter) gives what groupByRule(fs.filter((f) => !f.waived &&
 * matchesFilter(f, filter, title))) gives, the waived ones apart: test/taskpane/findingIndex.test.ts holds it to that.
 */
import type { Finding } from "../../core/finding";
import { groupByRule, type FindingFilter, type RuleGroup } from "./findingGroups";

/** Never typed in a search box: keeps a query from matching across two fields of a finding's search text. */
const SEP = "\u0000";

/** A list the filters run over: one rule's unwaived findings, or the waived findings. */
interface SearchList {
  /** The rule's group; undefined for the waived list. */
  readonly group: RuleGroup | undefined;
  readonly findings: readonly Finding[];
  /** Lower-cased rule id and title of a rule's list (a query found there matches each of its findings); else null. */
  readonly ruleText: string | null;
  /** Lower-cased search text of findings[0 … text.length - 1]: filled by prepareSearch. */
  readonly text: string[];
}

export interface FindingIndex {
  /** Every rule's unwaived findings, as groupByRule orders them. */
  readonly groups: readonly RuleGroup[];
  readonly waived: readonly Finding[];
  /** The sheets findings point at, in the findings' order. */
  readonly sheets: readonly string[];
  readonly total: number;
  /** How many findings are not waived. */
  readonly active: number;
  readonly lists: readonly SearchList[];
  readonly title: (rule: string) => string;
}

/** What the filters let through. */
export interface FindingView {
  readonly index: FindingIndex;
  readonly sheet: string;
  readonly severity: FindingFilter["severity"];
  /** The query trimmed and lower-cased. */
  readonly query: string;
  /** The groups with a match; a group every finding of which matches is the index's own object. */
  readonly groups: readonly RuleGroup[];
  readonly waived: readonly Finding[];
  /** Matches, grouped and waived. */
  readonly shown: number;
  /** Per list of the index: the positions that match, or null for all of them (narrowing starts from these). */
  readonly kept: readonly (readonly number[] | null)[];
}

export function indexFindings(
  findings: readonly Finding[],
  title: (rule: string) => string
): FindingIndex {
  const active: Finding[] = [];
  const waived: Finding[] = [];
  const sheets = new Set<string>();
  for (const f of findings) {
    (f.waived ? waived : active).push(f);
    sheets.add(f.sheet);
  }
  const groups = groupByRule(active);
  const lists: SearchList[] = groups.map((g) => ({
    group: g,
    findings: g.findings,
    ruleText: `${g.rule}${SEP}${title(g.rule)}`.toLowerCase(),
    text: [],
  }));
  lists.push({ group: undefined, findings: waived, ruleText: null, text: [] });
  return {
    groups,
    waived,
    sheets: [...sheets],
    total: findings.length,
    active: active.length,
    lists,
    title,
  };
}

function searchText(list: SearchList, f: Finding, title: (rule: string) => string): string {
  const own = `${f.message}${SEP}${f.address}`;
  return (
    list.ruleText === null ? `${f.rule}${SEP}${title(f.rule)}${SEP}${own}` : own
  ).toLowerCase();
}

/**
 * Lower-cases the search text of up to `budget` more findings (all when omitted). True when every finding has its
 * text, so a search needs no more preparing.
 */
export function prepareSearch(index: FindingIndex, budget = Infinity): boolean {
  let left = budget;
  for (const list of index.lists) {
    const { findings, text } = list;
    while (text.length < findings.length) {
      if (left <= 0) return false;
      text.push(searchText(list, findings[text.length], index.title));
      left--;
    }
  }
  return true;
}

/** Whether `view` can only keep what `prev` kept: the same index, sheet and severity, a query containing its query. */
function narrows(
  prev: FindingView,
  view: Omit<FindingView, "groups" | "waived" | "shown" | "kept">
) {
  return (
    prev.index === view.index &&
    prev.sheet === view.sheet &&
    prev.severity === view.severity &&
    view.query.includes(prev.query)
  );
}

/** The findings the filter lets through; `previous` (the last view) lets a narrower filter look at its matches only. */
export function filterFindings(
  index: FindingIndex,
  filter: FindingFilter,
  previous?: FindingView
): FindingView {
  const query = filter.query.trim().toLowerCase();
  const { sheet, severity } = filter;
  const base = { index, sheet, severity, query };
  if (!sheet && severity === "all" && !query)
    return { ...base, ...unfiltered(index), kept: index.lists.map(() => null) };
  if (query) prepareSearch(index);
  const from = previous && narrows(previous, base) ? previous.kept : undefined;
  // No field holds a NUL: a query with one matches nothing (and must not match across two fields).
  const impossible = query.includes(SEP);

  const groups: RuleGroup[] = [];
  let waived: readonly Finding[] = [];
  let shown = 0;
  const kept = index.lists.map((list, i) => {
    const { findings, text } = list;
    const wholeRule = !query || (!impossible && !!list.ruleText?.includes(query));
    const matches = (j: number): boolean => {
      const f = findings[j];
      if (sheet && f.sheet !== sheet) return false;
      if (severity !== "all" && f.severity !== severity) return false;
      return wholeRule || (!impossible && text[j].includes(query));
    };
    const candidates = from?.[i];
    const positions: number[] = [];
    if (candidates) {
      for (const j of candidates) if (matches(j)) positions.push(j);
    } else {
      for (let j = 0; j < findings.length; j++) if (matches(j)) positions.push(j);
    }
    const all = positions.length === findings.length;
    if (positions.length > 0) {
      const pick = (): Finding[] => positions.map((j) => findings[j]);
      if (!list.group) waived = all ? findings : pick();
      else groups.push(all ? list.group : { ...list.group, findings: pick() });
      shown += positions.length;
    }
    return all ? null : positions;
  });
  return { ...base, groups, waived, shown, kept };
}

function unfiltered(index: FindingIndex): Pick<FindingView, "groups" | "waived" | "shown"> {
  return { groups: index.groups, waived: index.waived, shown: index.total };
}
