/**
 * COUNTIFS, MINIFS and their kin (every function of HyperFormula's ConditionalAggregationPlugin) answered from an
 * index of each criteria range, for the preview's engine only (docs/perf/formula-profile.md).
 *
 * HyperFormula scans the whole criteria range for every call and caches a result per criterion text only; the
 * workbook's Products Flags ask `COUNTIFS(Promotions!A:A,sku,Promotions!D:D,">0")` and the same MINIFS with a
 * different sku in each row, so a build or one Promotions edit cost products × promotions cell reads. Here a range's
 * cells are read once into an index (text → rows, number → rows, numbers sorted), the rows the most selective
 * criterion allows are taken from it, and every criterion is then checked on those rows with HyperFormula's own
 * criterion (its parsing and comparison, so results are HyperFormula's by construction): the rows that pass are
 * folded in sheet order with HyperFormula's own compose function, as its scan folds them.
 *
 * What is not indexed goes to HyperFormula's implementation: a criterion with wildcards (`*`, `?`, `~`) or `|`, `<>`,
 * a boolean or an empty criterion, a range that is not a sheet range, ranges of different sizes (its #VALUE!), a
 * criterion that is an error or not a value, and engines set up for regular expressions or partial-cell matching.
 *
 * An index is good for one range vertex of the engine while HyperFormula keeps the mark it leaves in that range's
 * criterion cache: HyperFormula clears the cache whenever it recomputes the range — when a cell in it changed, the
 * same signal that invalidates HyperFormula's own cached COUNTIFS answers — and the index is also rebuilt when the
 * range's size changed. Within one recalculation a range is recomputed before any formula that reads it (the range
 * is one of its dependencies), so an index built by the first reader holds the values every later reader sees. (A
 * generation counter bumped before every change sent to the engine was tried first: it rebuilt every index an edit
 * reads — the 10,000-row SKU column for one Start edit — for ~10 ms of CPU per edit at 2,000 / 10,000.)
 */
import { HyperFormula, type FunctionPluginDefinition, type SimpleRangeValue } from "hyperformula";
import { withOwnMethods } from "./pluginMethods";

interface Address {
  sheet: number;
  row: number;
  col: number;
}
interface RangeAddress {
  start: Address;
  end: Address;
}
interface RangeVertex {
  getCriterionFunctionValues(key: string): Map<string, unknown>;
  setCriterionFunctionValues(key: string, values: Map<string, unknown>): void;
}
type Lambda = (value: unknown) => boolean;
interface CriterionPackage {
  raw: unknown;
  lambda: Lambda;
}
interface Criterion {
  operator: string;
  value: unknown;
}
/** The parts of HyperFormula's function plugin this one reads (not in its public typings). */
interface PluginInternals {
  dependencyGraph: {
    getRange(start: Address, end: Address): RangeVertex | undefined;
    getScalarValue(address: Address): unknown;
  };
  interpreter: {
    criterionBuilder: {
      fromCellValue(raw: unknown, helper: unknown): CriterionPackage | undefined;
      parseCriterion(raw: unknown, helper: unknown): Criterion | undefined;
    };
  };
  arithmeticHelper: {
    normalizeString(s: string): string;
    coerceToMaybeNumber(s: string): unknown;
  };
  config: {
    caseSensitive: boolean;
    useRegularExpressions: boolean;
    matchWholeCell: boolean;
    smartRounding: boolean;
  };
}
type Compose = (acc: unknown, value: unknown) => unknown;
type MapValue = (value: unknown) => unknown;
interface ConditionalAggregation {
  computeConditionalAggregationFunction(
    valuesRange: SimpleRangeValue,
    conditionArgs: unknown[],
    functionName: string,
    reduceInitialValue: unknown,
    composeFunction: Compose,
    mapFunction: MapValue
  ): unknown;
}

/** How many calls were answered from an index and how many by HyperFormula's scan (what the tests check). */
export const criteriaAnswers = { indexed: 0, scanned: 0 };

const NOT_INDEXED = Symbol("not indexed");

/** Criteria remembered per engine before starting over (a plan asks about one per product and a few more). */
const MAX_CRITERIA = 100_000;

/** The mark an index leaves in the range's criterion cache: HyperFormula clears that cache when the range changes. */
const MARK = "opsPlanner.criteriaIndex";

/** A number as HyperFormula's raw value (its dates, times and percents are objects holding `val`). */
function raw(v: unknown): unknown {
  if (typeof v === "object" && v !== null) {
    const val = (v as { val?: unknown }).val;
    if (typeof val === "number" && !("range" in v)) return val;
  }
  return v;
}

/** One range's cells, and what is built from them as criteria ask. */
class RangeIndex {
  private byText?: Map<string, number[]>;
  private byNumber?: Map<number, number[]>;
  private sorted?: { values: Float64Array; offsets: Int32Array };

  constructor(
    readonly width: number,
    readonly height: number,
    /** Each cell's raw value, row by row. */
    readonly cells: unknown[],
    private readonly normalize: (s: string) => string,
    private readonly toNumber: (s: string) => unknown
  ) {}

  /** String cells by their normalised text (HyperFormula's equality compares normalised text). */
  text(key: string): readonly number[] {
    if (!this.byText) {
      this.byText = new Map();
      this.cells.forEach((v, i) => {
        if (typeof v === "string") push(this.byText!, this.normalize(v), i);
      });
    }
    return this.byText.get(key) ?? [];
  }

  /** Cells equal to a number: numbers, and text that reads as that number (HyperFormula's numeric equality). */
  number(n: number): readonly number[] {
    if (!this.byNumber) {
      this.byNumber = new Map();
      this.cells.forEach((v, i) => {
        if (typeof v === "number") push(this.byNumber!, v, i);
        else if (typeof v === "string" && v !== "") {
          const x = raw(this.toNumber(v));
          if (typeof x === "number") push(this.byNumber!, x, i);
        }
      });
    }
    return this.byNumber.get(n) ?? [];
  }

  /** Offsets of number cells within [lo, hi] (bounds included or not), in value order. */
  between(lo: number, loIn: boolean, hi: number, hiIn: boolean): Int32Array {
    if (!this.sorted) {
      const offsets: number[] = [];
      this.cells.forEach((v, i) => {
        if (typeof v === "number") offsets.push(i);
      });
      offsets.sort((a, b) => (this.cells[a] as number) - (this.cells[b] as number));
      this.sorted = {
        values: Float64Array.from(offsets, (i) => this.cells[i] as number),
        offsets: Int32Array.from(offsets),
      };
    }
    const { values, offsets } = this.sorted;
    const from = firstIndex(values, (x) => (loIn ? x >= lo : x > lo));
    const to = firstIndex(values, (x) => (hiIn ? x > hi : x >= hi));
    return offsets.subarray(from, Math.max(from, to));
  }
}

function push<K>(m: Map<K, number[]>, k: K, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

/** The first index whose value passes a test that, over sorted values, fails then passes. */
function firstIndex(values: Float64Array, passes: (x: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (passes(values[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Wildcards, tilde escapes and `|` (which HyperFormula leaves unescaped in its pattern) make a criterion a pattern. */
const PATTERN_CHARS = /[*?~|]/;

const Base = HyperFormula.getFunctionPlugin("COUNTIFS") as unknown as new (
  interpreter: unknown
) => ConditionalAggregation;

class IndexedCriteriaPlugin extends Base {
  private indexes = new WeakMap<RangeVertex, RangeIndex>();
  /** HyperFormula's reading of each criterion value (parsing a text criterion tries numbers and dates). */
  private criteria = new Map<string, { lambda: Lambda; criterion: Criterion } | null>();

  override computeConditionalAggregationFunction(
    valuesRange: SimpleRangeValue,
    conditionArgs: unknown[],
    functionName: string,
    reduceInitialValue: unknown,
    composeFunction: Compose,
    mapFunction: MapValue
  ): unknown {
    const answer = this.indexed(
      valuesRange,
      conditionArgs,
      reduceInitialValue,
      composeFunction,
      mapFunction
    );
    if (answer !== NOT_INDEXED) {
      criteriaAnswers.indexed++;
      return answer;
    }
    criteriaAnswers.scanned++;
    return super.computeConditionalAggregationFunction(
      valuesRange,
      conditionArgs,
      functionName,
      reduceInitialValue,
      composeFunction,
      mapFunction
    );
  }

  private indexed(
    valuesRange: SimpleRangeValue,
    conditionArgs: unknown[],
    init: unknown,
    compose: Compose,
    map: MapValue
  ): unknown {
    const hf = this as unknown as PluginInternals;
    const { config } = hf;
    if (config.useRegularExpressions || !config.matchWholeCell || config.smartRounding)
      return NOT_INDEXED;
    const values = valuesRange.range;
    if (!values) return NOT_INDEXED;
    const width = valuesRange.width();
    const height = valuesRange.height();
    const conditions: {
      range: RangeAddress;
      lambda: Lambda;
      index: RangeIndex;
      criterion: Criterion;
    }[] = [];
    for (let i = 0; i < conditionArgs.length; i += 2) {
      const range = conditionArgs[i] as SimpleRangeValue;
      if (!range.range || range.width() !== width || range.height() !== height) return NOT_INDEXED;
      const parsed = this.criterion(hf, conditionArgs[i + 1]);
      if (!parsed) return NOT_INDEXED;
      const index = this.indexOf(hf, range.range, width, height);
      if (!index) return NOT_INDEXED;
      conditions.push({ range: range.range, index, ...parsed });
    }
    // The fewest rows an equality allows (exact look-ups), else the fewest a comparison allows.
    let rows: ArrayLike<number> | undefined;
    let sorted = true;
    for (const equality of [true, false]) {
      for (const c of conditions) {
        if ((c.criterion.operator === "EQUAL") !== equality) continue;
        const found = this.candidates(hf, c.index, c.criterion);
        if (found && (!rows || found.rows.length < rows.length)) {
          rows = found.rows;
          sorted = found.sorted;
        }
      }
      if (rows) break;
    }
    if (!rows) return NOT_INDEXED;
    const order = sorted ? rows : Int32Array.from(rows).sort();
    let acc = init;
    for (let k = 0; k < order.length; k++) {
      const o = order[k];
      if (conditions.every((c) => c.lambda(c.index.cells[o]))) {
        const at = {
          sheet: values.start.sheet,
          row: values.start.row + Math.floor(o / width),
          col: values.start.col + (o % width),
        };
        acc = compose(acc, map(hf.dependencyGraph.getScalarValue(at)));
      }
    }
    return acc;
  }

  /** A criterion value as HyperFormula reads it (its test, and its operator and operand), remembered. */
  private criterion(
    hf: PluginInternals,
    value: unknown
  ): { lambda: Lambda; criterion: Criterion } | undefined {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
      return undefined;
    const key = `${typeof value}:${String(value)}`;
    let known = this.criteria.get(key);
    if (known === undefined) {
      const builder = hf.interpreter.criterionBuilder;
      const pkg = builder.fromCellValue(value, hf.arithmeticHelper);
      const criterion = builder.parseCriterion(value, hf.arithmeticHelper);
      known = pkg && criterion ? { lambda: pkg.lambda, criterion } : null;
      if (this.criteria.size >= MAX_CRITERIA) this.criteria.clear();
      this.criteria.set(key, known);
    }
    return known ?? undefined;
  }

  /** The rows a criterion may match, from the index: every match is among them (the criterion itself decides). */
  private candidates(
    hf: PluginInternals,
    index: RangeIndex,
    c: Criterion
  ): { rows: ArrayLike<number>; sorted: boolean } | undefined {
    const v = c.value;
    switch (c.operator) {
      case "EQUAL":
        if (typeof v === "number") return { rows: index.number(v), sorted: true };
        if (typeof v === "string" && !PATTERN_CHARS.test(v))
          return { rows: index.text(patternText(hf, v)), sorted: true };
        return undefined;
      case "GREATER_THAN":
      case "GREATER_THAN_OR_EQUAL":
      case "LESS_THAN":
      case "LESS_THAN_OR_EQUAL": {
        // A comparison with text matches nothing in HyperFormula.
        if (typeof v !== "number") return { rows: [], sorted: true };
        const rows =
          c.operator === "GREATER_THAN" || c.operator === "GREATER_THAN_OR_EQUAL"
            ? index.between(v, c.operator === "GREATER_THAN_OR_EQUAL", Infinity, true)
            : index.between(-Infinity, true, v, c.operator === "LESS_THAN_OR_EQUAL");
        return { rows, sorted: false };
      }
      default:
        return undefined;
    }
  }

  /** The range's index: the one built earlier while HyperFormula kept its mark, else built now. */
  private indexOf(
    hf: PluginInternals,
    range: RangeAddress,
    width: number,
    height: number
  ): RangeIndex | undefined {
    const vertex = hf.dependencyGraph.getRange(range.start, range.end);
    if (!vertex) return undefined;
    const known = this.indexes.get(vertex);
    const marked = vertex.getCriterionFunctionValues(MARK).has(MARK);
    if (known && marked && known.width === width && known.height === height) return known;
    const cells = new Array<unknown>(width * height);
    const at = { sheet: range.start.sheet, row: 0, col: 0 };
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        at.row = range.start.row + r;
        at.col = range.start.col + c;
        cells[r * width + c] = raw(hf.dependencyGraph.getScalarValue(at));
      }
    const index = new RangeIndex(
      width,
      height,
      cells,
      (s) => hf.arithmeticHelper.normalizeString(s),
      (s) => hf.arithmeticHelper.coerceToMaybeNumber(s)
    );
    this.indexes.set(vertex, index);
    vertex.setCriterionFunctionValues(MARK, new Map([[MARK, true]]));
    return index;
  }
}

withOwnMethods(IndexedCriteriaPlugin, Base);

/**
 * The text an equality criterion without wildcards matches, as HyperFormula's pattern spells it: the normalised
 * criterion with each character lower-cased again (its regular expression is built character by character).
 */
function patternText(hf: PluginInternals, v: string): string {
  const n = hf.arithmeticHelper.normalizeString(v);
  if (hf.config.caseSensitive) return n;
  let out = "";
  for (let i = 0; i < n.length; i++) out += n.charAt(i).toLowerCase();
  return out;
}

/** HyperFormula's conditional aggregation plugin (COUNTIFS, MINIFS, …) and its replacement. */
export const IndexedCriteria = {
  base: Base as unknown as FunctionPluginDefinition,
  plugin: IndexedCriteriaPlugin as unknown as FunctionPluginDefinition,
};
