/**
 * Error values of the PLAN functions, host-neutral: `FnError` carries an Excel error code and a message. The Excel
 * layer turns it into a `CustomFunctions.Error`; the browser preview into its formula engine's error.
 */
import { EXCEL_ERRORS } from "../cells";
import { isMetricError, type MetricError } from "../metrics";

export type FnErrorCode = (typeof EXCEL_ERRORS)[number];

const CODES = new Set<string>(EXCEL_ERRORS);

export class FnError {
  constructor(
    readonly code: FnErrorCode,
    readonly message: string
  ) {}
}

export function isFnError(v: unknown): v is FnError {
  return v instanceof FnError;
}

const codeOf = (s: unknown): FnErrorCode | undefined => {
  if (typeof s !== "string") return undefined;
  const t = s.trim().toUpperCase();
  return CODES.has(t) ? (t as FnErrorCode) : undefined;
};

/**
 * The error an input value holds, or undefined: an `FnError`, an Excel error object (`{ code: "#N/A" }`, as
 * `CustomFunctions.Error` is), a `{ error: "#N/A" }` cell error (ExcelJS, the core's CellError and MetricError), or
 * text that is exactly an error code (how Office.js `values` show errors). `arg` names the argument in the message.
 */
export function inputError(v: unknown, arg: string): FnError | undefined {
  if (typeof v === "string") {
    if (v.charCodeAt(0) !== 35 /* # */) return undefined;
    const code = codeOf(v);
    return code ? new FnError(code, `${arg} is ${code}.`) : undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  if (v instanceof FnError) return v;
  const o = v as { code?: unknown; error?: unknown; message?: unknown };
  const raw = o.code ?? o.error;
  if (typeof raw !== "string") return undefined;
  const code = codeOf(raw);
  const message =
    typeof o.message === "string" && o.message !== ""
      ? `${arg}: ${o.message}`
      : `${arg} is ${raw}.`;
  return new FnError(code ?? "#VALUE!", message);
}

/** A core metric's error as an FnError. */
export function fromMetricError(e: MetricError): FnError {
  return new FnError(e.error, e.message);
}

export { isMetricError };
