/** Why a file did not open in the preview (each has one message in src/preview/texts.ts). */
export type OpenProblem =
  "too-large" | "not-a-workbook" | "legacy-xls" | "encrypted" | "damaged" | "unreadable";

/** The largest file the preview opens: a 60,000-row plan is a few MB; 100 MB leaves room for big workbooks. */
export const MAX_OPEN_MB = 100;
export const MAX_OPEN_BYTES = MAX_OPEN_MB * 1024 * 1024;

/** The file cannot be opened; `detail` says what went wrong (a part's name, the parser's message). */
export class OpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    readonly detail = ""
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}
