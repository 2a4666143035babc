import { isOutputSheetConflict } from "../../core/outputSheets";
import type { PaneKey, PaneT } from "../i18n";

/** The text of whatever a port call rejected with (an Error, an Office.js error, or anything else). */
export function portErrorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  if (typeof err === "object" && err !== null && "message" in err) return String(err.message);
  return String(err);
}

/** A failure as the error bar shows it: what went wrong, and (when the usual advice does not fit) what to do. */
export interface PortFailure {
  message: string;
  next?: string;
}

/**
 * A part of the add-in loaded on first use (webpack's ChunkLoadError: the add-in redeployed since the pane opened, or
 * the network gone) could not be fetched: Excel's usual advice does not help, reopening the pane does.
 */
export function partNotLoaded(err: unknown, t: PaneT): PortFailure | undefined {
  if (!(err instanceof Error) || err.name !== "ChunkLoadError") return undefined;
  return { message: t("partNotLoaded", { message: err.message }), next: t("tabFailedNext") };
}

/**
 * An output sheet (Dashboard, Timeline) the port would not rewrite because a sheet of the planner's carries its name
 * (OutputSheetConflict): that sheet named, and `next` says what to do; undefined for any other failure.
 */
export function outputSheetConflict(
  err: unknown,
  t: PaneT,
  next: Extract<PaneKey, "dashboardConflictNext" | "timelineConflictNext" | "reviewConflictNext">,
  sheet: string
): PortFailure | undefined {
  if (!isOutputSheetConflict(err)) return undefined;
  const named = typeof err.sheet === "string" && err.sheet !== "" ? err.sheet : sheet;
  return { message: t("outputSheetConflict", { sheet: named }), next: t(next) };
}
