/**
 * One read of a plan — the working plan's sheets, a version's snapshot, a plan file — and what is made of it, each
 * piece once and only when first asked for: the plan (readPlan), each sheet's rows as the compare matches them (from
 * the same read, not a second one), the findings in a language (validatePlan, with the plan's own Settings), the
 * totals and Timeline weeks. Immutable once made: the pane keeps the working plan's (while the workbook has not
 * changed) and each version's (a version never changes), to compare again without reading or validating again
 * (src/core/planReadings.ts).
 */
import type { Finding } from "../../finding";
import type { Plan } from "../../plan";
import { todaySerial } from "../../read/dates";
import type { SheetInput, WorkbookInput } from "../../read/input";
import { hasPlanSheet, readWorkbook, type WorkbookRead } from "../../read/readPlan";
import type { Lang, SheetId } from "../../schema/types";
import { validatePlan } from "../../validate";
import { shownWeeks, totalsOf, type ShownWeeks, type Totals } from "./effects";
import { storedFindingsFor, type ComparedFinding, type StoredFindings } from "../storedFindings";
import { readSideSheet, type Side, type SideSheet } from "./sideSheets";

export class PlanReading {
  private read?: WorkbookRead;
  private readonly sideMade = new Map<SheetId, SideSheet | undefined>();
  private weeksMade?: Map<string, ShownWeeks>;
  private totalsMade?: Totals;
  private readonly findingsMade = new Map<Lang, Finding[]>();
  /** The day the reading is of (the default plan year, waivers' Until): a reading is reused on that day only. */
  readonly day: number;

  /**
   * `today`: "today" for the default plan year and waivers' Until; `stored`: a version's findings as stored at its
   * save (../storedFindings.ts), used by the compare instead of validating where they hold.
   */
  constructor(
    readonly input: WorkbookInput,
    readonly today: Date = new Date(),
    private readonly stored?: StoredFindings
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

  /** The input sheet of a schema sheet, as the reader took it (the first of its names). */
  inputOf(id: SheetId): SheetInput | undefined {
    return this.workbook().byId.get(id);
  }

  /** An input sheet's rows as the compare matches them; undefined when the plan has no such sheet. */
  sideSheet(id: SheetId): SideSheet | undefined {
    if (!this.sideMade.has(id)) this.sideMade.set(id, readSideSheet(this.workbook(), id));
    return this.sideMade.get(id);
  }

  /** The sheets `ids` as the compare matches them (those the plan has). */
  sideOf(ids: Iterable<SheetId>): Side {
    const side: Side = new Map();
    for (const id of ids) {
      const sheet = this.sideSheet(id);
      if (sheet) side.set(id, sheet);
    }
    return side;
  }

  /** The plan's totals (budget, expected units, orders, revenue). */
  get totals(): Totals {
    this.totalsMade ??= totalsOf(this.plan);
    return this.totalsMade;
  }

  /** Each SKU's weeks as the Timeline marks them. */
  get weeks(): Map<string, ShownWeeks> {
    this.weeksMade ??= shownWeeks(this.plan);
    return this.weeksMade;
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

  /**
   * The findings as the compare uses them: those made already, else the version's stored ones where they hold for
   * this reading's day and `lang`, else the plan validated.
   */
  comparedFindings(lang: Lang): readonly ComparedFinding[] {
    const made = this.findingsMade.get(lang);
    if (made) return made;
    return storedFindingsFor(this.stored, lang, this.day, this.plan) ?? this.findings(lang);
  }

  /** Whether the reading holds for `now` (the same day). */
  isOf(now: Date): boolean {
    return todaySerial(now) === this.day;
  }
}
