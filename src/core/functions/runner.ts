/**
 * The host-neutral runner of the PLAN functions. A function is declared once: its parameters (name and kind) and a
 * body that is one call into the rest of src/core. The runner does the rest for every host (Excel, the browser preview):
 * shapes and broadcasting, coercion, error values, and the guarantee that no exception escapes.
 *
 * - "elementwise" functions (the metrics): every parameter may be one value or a range; equal-shaped ranges go cell
 *   by cell, a single value (or 1×1 range) applies to every cell, and the result has the range's shape. Ranges of
 *   different shapes are #VALUE!. An error in one cell is that cell's result only.
 * - "single" functions (row checks, SATURATION): one result; a `numbers` parameter takes a whole range, any other
 *   parameter one cell (a larger range is #VALUE!).
 */
import { isMetricError, type MetricError } from "../metrics";
import { FnError, fromMetricError } from "./errors";
import { coerceCell, coerceRange, type ArgsOf, type Coerced, type ParamSpec } from "./params";

/** A result cell: a number, a text (row checks), or an error. */
export type Out = number | string | FnError;

/** What a body may return: a core metric result, a text, or an error of its own. */
export type BodyResult = number | string | MetricError | FnError;

export interface FunctionDef<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  /** The Excel name, uppercase: CONVERSION. */
  readonly name: string;
  readonly params: P;
  readonly shape: "elementwise" | "single";
  body(...args: ArgsOf<P>): BodyResult;
}

export function defineFunction<const P extends readonly ParamSpec[]>(
  def: FunctionDef<P>
): FunctionDef<P> {
  if (def.shape === "elementwise" && def.params.some((p) => p.type === "numbers")) {
    throw new Error(`${def.name}: an elementwise function cannot take a whole range`);
  }
  return def;
}

type Body = (...args: Coerced[]) => BodyResult;

const unexpected = (name: string, e: unknown): FnError =>
  new FnError(
    "#VALUE!",
    `${name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`
  );

function finish(r: BodyResult): Out {
  if (typeof r === "number")
    return Number.isFinite(r) ? r : new FnError("#NUM!", "The result is not a finite number.");
  if (typeof r === "string" || r instanceof FnError) return r;
  return isMetricError(r)
    ? fromMetricError(r)
    : new FnError("#VALUE!", "The result is not a value.");
}

/** A host argument as a 2-D grid: a single value is 1×1, a 1-D list one row. Ragged or empty → undefined. */
function gridOf(v: unknown): readonly (readonly unknown[])[] | undefined {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return undefined;
  const rows: readonly unknown[][] = v.every((r) => Array.isArray(r))
    ? (v as unknown[][])
    : [v as unknown[]];
  const width = rows[0].length;
  if (width === 0 || rows.some((r) => r.length !== width)) return undefined;
  return rows;
}

function callBody(def: FunctionDef, args: Coerced[]): Out {
  try {
    return finish((def.body as Body)(...args));
  } catch (e) {
    return unexpected(def.name, e);
  }
}

function runSingle(def: FunctionDef, raw: readonly unknown[]): Out {
  const args: Coerced[] = [];
  for (let i = 0; i < def.params.length; i++) {
    const spec = def.params[i];
    const v = raw[i];
    if (spec.type === "numbers") {
      const list = coerceRange(spec, v);
      if (list instanceof FnError) return list;
      args.push(list);
      continue;
    }
    let cell = v;
    if (Array.isArray(v)) {
      const g = gridOf(v);
      if (!g || g.length !== 1 || g[0].length !== 1) {
        return new FnError("#VALUE!", `${spec.name} must be a single cell, not a range.`);
      }
      cell = g[0][0];
    }
    const c = coerceCell(spec, cell);
    if (c instanceof FnError) return c;
    args.push(c);
  }
  return callBody(def, args);
}

function runElementwise(def: FunctionDef, raw: readonly unknown[]): Out[][] {
  const n = def.params.length;
  const grids: (readonly (readonly unknown[])[])[] = [];
  let rows = 1;
  let cols = 1;
  let sized = false;
  for (let i = 0; i < n; i++) {
    const g = gridOf(raw[i]);
    if (!g) return [[new FnError("#VALUE!", `${def.params[i].name} is an empty or ragged range.`)]];
    grids.push(g);
    if (g.length === 1 && g[0].length === 1) continue;
    if (!sized) {
      rows = g.length;
      cols = g[0].length;
      sized = true;
    } else if (g.length !== rows || g[0].length !== cols) {
      return [
        [
          new FnError(
            "#VALUE!",
            `${def.params[i].name} is ${g.length}×${g[0].length} but another range is ${rows}×${cols}: give ranges of the same shape, or one cell.`
          ),
        ],
      ];
    }
  }
  // Single values are coerced once; range cells one by one.
  const fixed: (Coerced | FnError | undefined)[] = grids.map((g, i) =>
    g.length === 1 && g[0].length === 1 ? coerceCell(def.params[i], g[0][0]) : undefined
  );
  const body = def.body as Body;
  const args: Coerced[] = new Array<Coerced>(n);
  const out: Out[][] = new Array<Out[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line: Out[] = new Array<Out>(cols);
    for (let c = 0; c < cols; c++) {
      let err: FnError | undefined;
      for (let i = 0; i < n; i++) {
        const f = fixed[i];
        const v = f === undefined ? coerceCell(def.params[i], grids[i][r][c]) : f;
        if (v instanceof FnError) {
          err = v;
          break;
        }
        args[i] = v;
      }
      if (err) {
        line[c] = err;
        continue;
      }
      try {
        line[c] = finish(body(...args));
      } catch (e) {
        line[c] = unexpected(def.name, e);
      }
    }
    out[r] = line;
  }
  return out;
}

/**
 * Calls a function with host values (numbers, text, booleans, null/undefined/"" for blank, error objects, 2-D
 * arrays for ranges). Elementwise functions return a grid, single ones one value. Never throws.
 */
export function invoke(def: FunctionDef, args: readonly unknown[]): Out | Out[][] {
  try {
    return def.shape === "elementwise" ? runElementwise(def, args) : runSingle(def, args);
  } catch (e) {
    const err = unexpected(def.name, e);
    return def.shape === "elementwise" ? [[err]] : err;
  }
}

/** `invoke` for an elementwise function: always a grid. */
export function invokeGrid(def: FunctionDef, args: readonly unknown[]): Out[][] {
  const r = invoke(def, args);
  return Array.isArray(r) ? r : [[r]];
}

/** `invoke` for a single-result function: always one value. */
export function invokeSingle(def: FunctionDef, args: readonly unknown[]): Out {
  const r = invoke(def, args);
  return Array.isArray(r)
    ? r.length === 1 && r[0].length === 1
      ? r[0][0]
      : new FnError("#VALUE!", `${def.name} returns a range here.`)
    : r;
}
