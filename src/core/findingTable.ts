/**
 * The hits of a validation as the findings they become, for validatePlan, which returns every finding at once: each
 * Finding is made when its hit is reported (its message, address and related addresses flat strings) and handed
 * back in the spec's order, where the hit table (src/core/hitTable.ts, the CLI's) keeps columns and builds each
 * finding again when it is written. One object per finding instead of columns then objects: on the messy
 * 10,000-product plan the findings are made in about half the allocation.
 */
import type { Finding, Hit, Severity } from "./finding";
import { HitKeys } from "./hitTable";

export class FindingTable extends HitKeys {
  /** The i-th hit's finding, not yet waived. */
  readonly findings: Finding[] = [];

  constructor(private readonly severityOf: (rule: string) => Severity) {
    super();
  }

  add(h: Hit, message: string): void {
    this.addKeys(h);
    const { at } = h;
    const related = h.related;
    // An array of its exact length (a pushed one grows a backing store of 17).
    const addresses: string[] =
      related && related.length > 0 ? related.map((r) => this.addresses.of(r)) : [];
    this.findings.push({
      rule: h.rule,
      severity: this.severityOf(h.rule),
      sheet: at.sheet,
      row: at.row,
      column: at.column,
      address: this.addresses.of(at),
      message,
      related: addresses,
    });
  }
}
