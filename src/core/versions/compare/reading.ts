/**
 * One read of a plan — the working plan's sheets, a version's snapshot, a plan file — and what is made of it, each
 * piece once and only when first asked for: the plan (readPlan), the compare's side (the same read's rows, not a second
 * read), the findings in a language (validatePlan, with the plan's own Settings), the findings' identities across
 * versions. Pure and immutable once made: the pane keeps the working plan's (while the workbook has not changed) and
 * each version's (a version never changes) to compare again without reading or validating again (./readings.ts).
 */
import type { Finding } from "../../finding";
import type { Plan } from "../../plan";
import { todaySerial } from "../../read/dates";
import type { WorkbookInput } from "../../read/input";
import { hasPlanSheet, readWorkbook, type WorkbookRead } from "../../read/readPlan";
import type { Lang } from "../../schema/types";
import { validatePlan } from "../../validate";
import { findingKeys } from "./effects";
import { readSide, type Side } from "./sideSheets";

export class PlanReading {
  private read?: WorkbookRead;
  private sideMade?: Side;
  private readonly findingsMade = new Map<Lang, Finding[]>();
  private readonly keysMade = new Map<Lang, string[]>();
  /** The day the reading is of (the default plan year, waivers' Until): a reading is reused on that day only. */
  readonly day: number;

  /** `today`: "today" for the default plan year and waivers' Until. */
  constructor(
    readonly input: WorkbookInput,
    readonly today: Date = new Date()
  ) {
    this.day = todaySerial(today);
  }

  private workbook(): WorkbookRead {
    this.read ??= readWorkbook(this.input, { today: this.today });
    return this.read;
  }

  get plan(): Plan {
    return this.workbook().plan;
  }

  /** False when the workbook has none of Products, Promotions, Prices, Budget, Daily, Regions. */
  get hasPlan(): boolean {
    return hasPlanSheet(this.input);
  }

  /** Every input sheet's rows as the compare matches them. */
  get side(): Side {
    this.sideMade ??= readSide(this.workbook());
    return this.sideMade;
  }

  /** The plan validated with its own Settings. */
  findings(lang: Lang): Finding[] {
    let found = this.findingsMade.get(lang);
    if (!found) {
      const plan = this.plan;
      found = validatePlan(plan, plan.settings, { lang, today: this.today });
      this.findingsMade.set(lang, found);
    }
    return found;
  }

  /** Each finding's identity across versions (effects.ts: findingKeys), parallel to `findings(lang)`. */
  findingKeys(lang: Lang): string[] {
    let keys = this.keysMade.get(lang);
    if (!keys) {
      keys = findingKeys(this.findings(lang), this.side);
      this.keysMade.set(lang, keys);
    }
    return keys;
  }

  /** Whether the reading holds for `now` (the same day). */
  isOf(now: Date): boolean {
    return todaySerial(now) === this.day;
  }
}
