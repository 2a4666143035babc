/**
 * The whole plan workbook as layouts, host-neutral: Settings, Lists, the plan sheets (empty, or the sample plan),
 * the Calendar seeded with the plan year's festivals, and Findings. The CLI renders it with ExcelJS; the task pane
 * renders the same layouts through Office.js. The sample plan is passed in (planWorkbook.ts passes it; the task pane
 * loads it only when asked for it), so its rows stay out of the bundle the pane starts with.
 */
import { computeColumns, type SheetRows } from "../compute";
import type { Finding } from "../finding";
import type { Plan } from "../plan";
import { registerTexts, translator } from "../i18n";
import { DATA_SHEETS, identifySheet, type SheetInput } from "../read/readPlan";
import { festivalCalendar } from "../sample/calendar";
import { platformRows } from "../sample/platformProfiles";
import { FINDINGS_SHEET, sheetSpec } from "../schema/sheets";
import type { Lang, SheetId } from "../schema/types";
import { defaultSettings, type Settings } from "../settings";
import { listsLayout, settingsLayout, settingsRows, listsRows } from "./fixedSheets";
import { sheetLayout, settingsNames, type LayoutCell, type SheetLayout } from "./layout";

export interface PlanWorkbookOptions {
  lang: Lang;
  year: number;
  sample: boolean;
  /** "Today" for waivers and defaults (default: now). */
  today?: Date;
  /** Computed and Flags columns as formulas with cached results (default false: values only). */
  formulas?: boolean;
  /** The plan sheets' rows to write instead of the sample or an empty plan (computed columns are filled here). */
  data?: SheetRows;
  /**
   * The Platforms sheet with the published figures (default true: a new workbook, the template). Create / update on
   * an existing workbook passes false: the platforms with blank figures, so its findings do not change.
   */
  platformFigures?: boolean;
}

export interface PlanWorkbookLayout {
  settings: Settings;
  sheets: SheetLayout[];
  /** Workbook names of the settings and the cell each names. */
  names: { name: string; ref: string }[];
  /** The validation of what was written (the sample's deliberate findings; none for an empty plan). */
  findings: Finding[];
  /** The plan as the core read it (what the Timeline is laid out from). */
  plan?: Plan;
}

/** The data sheets, in the workbook's order (spec §2), between Lists and Findings: the ones the reader reads. */
export const DATA_SHEET_IDS: readonly SheetId[] = DATA_SHEETS;

registerTexts("workbook", {
  en: {
    error: "error",
    warning: "warning",
    waived: "waived",
    waivedBecause: "{{message}} — waived: {{reason}}",
  },
  "zh-CN": {
    error: "错误",
    warning: "警告",
    waived: "已豁免",
    waivedBecause: "{{message}}——已豁免：{{reason}}",
  },
});

/** The Findings sheet's rows of a validation: severity (or waived), rule, sheet, the cell as a link, message. */
export function findingRows(
  findings: readonly Finding[],
  lang: Lang
): Record<string, LayoutCell>[] {
  const t = translator(lang);
  return findings.map((f) => ({
    severity: f.waived ? t("workbook:waived") : t(`workbook:${f.severity}`),
    rule: f.rule,
    sheet: f.sheet,
    cell: { text: f.address, link: f.address },
    message: f.waived
      ? t("workbook:waivedBecause", { message: f.message, reason: f.reason ?? "" })
      : f.message,
  }));
}

/**
 * Whether Create / update writes the Platforms sheet with the published figures: only into a workbook holding none of
 * our sheets (a new one, as the template); an existing plan gets the platforms with blank figures, so its findings do
 * not change until the planner fills them (Fill platform figures).
 */
export const seedsPlatformFigures = <S extends Pick<SheetInput, "name">>(
  sheets: readonly S[]
): boolean => sheets.every((s) => identifySheet(s.name) === undefined);

/** The sample plan's rows for a plan year, in a language (core/sample/samplePlan.ts). */
export type SampleRows = (year: number, lang: Lang) => SheetRows;

/** The workbook's layout; `sampleRows` is required when `opts.sample` is set and `opts.data` is not. */
export function workbookLayout(
  opts: PlanWorkbookOptions,
  sampleRows?: SampleRows
): PlanWorkbookLayout {
  const { lang, year } = opts;
  if (opts.sample && !opts.data && !sampleRows)
    throw new Error("workbookLayout: the sample plan's rows were not given");
  const settings: Settings = { ...defaultSettings(opts.today), planYear: year };
  const data: SheetRows = opts.data
    ? opts.data
    : opts.sample && sampleRows
      ? { ...sampleRows(year, lang) }
      : {
          calendar: festivalCalendar(year, lang),
          platforms: platformRows(lang, opts.platformFigures ?? true),
        };
  const computed = computeColumns(
    { settings: settingsRows(settings, lang), lists: listsRows(lang), ...data },
    { lang, today: opts.today }
  );

  const layoutOpts = { currency: settings.currency, formulas: opts.formulas ?? false };
  const sheets: SheetLayout[] = [
    settingsLayout(settings, lang),
    listsLayout(lang, settings.currency),
  ];
  for (const id of DATA_SHEET_IDS)
    sheets.push(sheetLayout(sheetSpec(id), lang, computed.sheets[id] ?? [], layoutOpts));
  const findings = opts.sample ? computed.findings : [];
  sheets.push(sheetLayout(FINDINGS_SHEET, lang, findingRows(findings, lang), layoutOpts));
  return {
    settings,
    sheets,
    names: settingsNames(lang),
    findings: computed.findings,
    plan: computed.plan,
  };
}
