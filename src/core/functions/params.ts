/**
 * Parameter kinds of the PLAN functions, declared once per function (as HyperFormula's plugins declare
 * `argumentType`), and the coercion of a host value to each kind. Blank is null; a wrong kind is an FnError.
 */
import { badAmount, metricError } from "../metrics";
import { FnError, fromMetricError, inputError } from "./errors";

/**
 * number — any number; count — a count (visitors, orders, clicks), ≥ 0; price — a price or amount of money, ≥ 0;
 * date — an Excel serial day, ≥ 0; text — a label (tier, channel); numbers — a whole range, as a list (blanks kept
 * as null, so two ranges stay paired cell by cell).
 */
export type ParamType = "number" | "count" | "price" | "date" | "text" | "numbers";

export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  /** May be omitted; omitted and blank both reach the body as null (it applies the default). */
  readonly optional?: boolean;
}

type ValueOf<T extends ParamType> = T extends "text"
  ? string | null
  : T extends "numbers"
    ? readonly (number | null)[] | null
    : number | null;

/** The body's argument tuple for a parameter list. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  -readonly [K in keyof P]: P[K] extends ParamSpec ? ValueOf<P[K]["type"]> : never;
};

export type Coerced = number | string | null | readonly (number | null)[];

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** One cell's value as a number, blank as null; text, booleans and other objects are #VALUE!, errors stay errors. */
function toNumber(v: unknown, spec: ParamSpec): number | null | FnError {
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? v
      : fromMetricError(metricError("#VALUE!", "notNumber", { arg: spec.name }));
  }
  if (isBlank(v)) return null;
  const err = inputError(v, spec.name);
  if (err) return err;
  if (typeof v === "boolean") {
    return new FnError("#VALUE!", `${spec.name} is ${v ? "TRUE" : "FALSE"}: enter a number.`);
  }
  if (spec.type === "date") {
    return fromMetricError(metricError("#VALUE!", "notADate", { arg: spec.name, value: shown(v) }));
  }
  return new FnError("#VALUE!", `${spec.name} is text (${shown(v)}), not a number.`);
}

const shown = (v: unknown): string => {
  const s = typeof v === "string" ? `"${v}"` : String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** A single value (one cell) coerced to a scalar kind. */
export function coerceCell(spec: ParamSpec, v: unknown): number | string | null | FnError {
  if (spec.type === "text") {
    if (isBlank(v)) return null;
    if (typeof v === "string") return inputError(v, spec.name) ?? v;
    if (typeof v === "number")
      return Number.isFinite(v) ? String(v) : new FnError("#VALUE!", `${spec.name} is not text.`);
    const err = inputError(v, spec.name);
    if (err) return err;
    return new FnError(
      "#VALUE!",
      `${spec.name} is ${typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : "not text"}: enter text.`
    );
  }
  const n = toNumber(v, spec);
  if (n === null || n instanceof FnError || spec.type === "number") return n;
  if (spec.type === "date") {
    return n < 0
      ? fromMetricError(metricError("#NUM!", "notADate", { arg: spec.name, value: n }))
      : n;
  }
  const bad = badAmount(n, spec.name);
  return bad ? fromMetricError(bad) : n;
}

/** A whole range (or one value) as a flat list, row by row; text or booleans anywhere are #VALUE!, the first error stays. */
export function coerceRange(
  spec: ParamSpec,
  v: unknown
): readonly (number | null)[] | null | FnError {
  if (!Array.isArray(v)) {
    if (v === undefined || v === null) return null;
    const n = toNumber(v, spec);
    return n instanceof FnError ? n : [n];
  }
  const out: (number | null)[] = [];
  for (const row of v as readonly unknown[]) {
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    for (const cell of cells) {
      const n = toNumber(cell, spec);
      if (n instanceof FnError) return n;
      out.push(n);
    }
  }
  return out;
}
