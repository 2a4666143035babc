/**
 * The shared string table (xl/sharedStrings.xml) read by the worksheet scanner (worksheetScanner.ts), whose events
 * outside sheetData are a SAX parser's: each <si> as plain text, rich text runs joined, phonetic <rPh> runs left out,
 * `_xHHHH_` decoded. Why not saxes (readSharedStrings): on the messy 10,000-product plan's 20,000 strings it took
 * ~0.18 s of a cold CLI run (an event object per tag and text, its name checks), the scanner a fraction of that.
 */
import { decodeEscapes } from "./escapes";
import type { WorksheetCollector } from "./worksheetScanner";

/** Hand it to the worksheet scanner, then take `strings`. */
export class SharedStringsCollector implements WorksheetCollector {
  readonly strings: string[] = [];
  /** The text of the <si> being read; null outside one. */
  private current: string | null = null;
  private inPhonetic = false;
  private capture = false;

  /** A strings part has no sheetData: no cell comes. */
  cell(): void {}

  open(name: string): void {
    if (name === "si") this.current = "";
    else if (name === "rPh") this.inPhonetic = true;
    else if (name === "t") this.capture = !this.inPhonetic;
  }

  close(name: string): void {
    if (name === "t") this.capture = false;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "si") {
      this.strings.push(decodeEscapes(this.current ?? ""));
      this.current = null;
    }
  }

  text(text: string): void {
    if (this.capture && this.current !== null) this.current += text;
  }
}
