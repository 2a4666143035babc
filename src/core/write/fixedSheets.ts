/** The Settings and Lists sheets as the template writes them: every setting with its value and note; the default lists. */
import { columnLetter, type CellValue } from "../cells";
import { DEFAULT_CHANNELS, DEFAULT_PLATFORMS, DEFAULT_TIERS, type ListEntry } from "../lists";
import { LISTS_SHEET, SETTINGS_SHEET } from "../schema/sheets";
import type { Lang } from "../schema/types";
import { currencySymbol, SETTING_SPECS, type SettingKind, type Settings } from "../settings";
import { sheetLayout, type SheetLayout } from "./layout";

/** How a Settings value shows: percentages as 5%, money with the currency, years and days as plain integers. */
export function settingNumFmt(kind: SettingKind, currency: string): string | undefined {
  switch (kind) {
    case "percent":
      return "0%";
    case "money":
      return `"${currencySymbol(currency).replace(/"/g, "")}"#,##0`;
    case "year":
    case "days":
      return "0";
    case "count":
      return "#,##0";
    default:
      return undefined;
  }
}

export function settingsRows(settings: Settings, lang: Lang): Record<string, CellValue>[] {
  const zh = lang === "zh-CN";
  return SETTING_SPECS.map((s) => ({
    setting: zh ? s.zh : s.en,
    value: settings[s.key],
    note: zh ? s.note.zh : s.note.en,
  }));
}

export function settingsLayout(settings: Settings, lang: Lang): SheetLayout {
  const layout = sheetLayout(SETTINGS_SHEET, lang, settingsRows(settings, lang), {
    currency: settings.currency,
  });
  const valueCol = layout.columns.find((c) => c.field === "value")?.letter ?? columnLetter(2);
  SETTING_SPECS.forEach((s, i) => {
    const numFmt = settingNumFmt(s.kind, settings.currency);
    if (numFmt) layout.cellFormats.push({ row: layout.firstRow + i, column: valueCol, numFmt });
  });
  return layout;
}

const label = (e: ListEntry, lang: Lang): string => (lang === "zh-CN" && e.zh ? e.zh : e.value);

/** The three default lists side by side (Platform, Channel, Tier), in the chosen language. */
export function listsRows(lang: Lang): Record<string, CellValue>[] {
  const cols: [string, readonly ListEntry[]][] = [
    ["platform", DEFAULT_PLATFORMS],
    ["channel", DEFAULT_CHANNELS],
    ["tier", DEFAULT_TIERS],
  ];
  const n = Math.max(...cols.map(([, l]) => l.length));
  const rows: Record<string, CellValue>[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, CellValue> = {};
    for (const [field, list] of cols) row[field] = list[i] ? label(list[i], lang) : null;
    rows.push(row);
  }
  return rows;
}

export function listsLayout(lang: Lang, currency: string): SheetLayout {
  return sheetLayout(LISTS_SHEET, lang, listsRows(lang), { currency });
}
