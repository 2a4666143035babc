/** The text of whatever a port call rejected with (an Error, an Office.js error, or anything else). */
export function portErrorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  if (typeof err === "object" && err !== null && "message" in err) return String(err.message);
  return String(err);
}
