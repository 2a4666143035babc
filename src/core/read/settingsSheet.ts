/** The Settings sheet: `Setting | Value | Note` rows; blank, missing or unreadable settings take their defaults. */
import { columnLetter, errorCode } from "../cells";
import type { Hit } from "../finding";
import { normKey } from "../lists";
import { SETTINGS_SHEET } from "../schema/sheets";
import { defaultSettings, SETTING_SPECS, type SettingSpec, type Settings } from "../settings";
import { cellText, isBlankCell, normCell, shownValue } from "./cellValue";
import type { SheetInput } from "./input";
import { parseNumber } from "./numbers";
import type { RuleId } from "../rules/ruleIds";
import { locateHeader, makeHit, notCalculatedParams, uncalculatedCells } from "./readSheet";

export interface SettingsRead {
  settings: Settings;
  hits: Hit[];
}

/** A setting's name as typed: case-, width- and space-insensitive, a trailing `*` or colon dropped. */
function settingKey(s: string): string {
  return normKey(s).replace(/[*:]+$/, "");
}

const BY_NAME = new Map<string, SettingSpec>();
for (const s of SETTING_SPECS) {
  for (const name of [s.en, s.zh, s.zhTW, s.workbookName]) {
    const k = settingKey(name);
    if (!BY_NAME.has(k)) BY_NAME.set(k, s);
  }
}

/** The spec of a setting named in English, 简体 or 繁體, or by its workbook name. */
export function settingSpecOf(name: string): SettingSpec | undefined {
  return BY_NAME.get(settingKey(name));
}

type Parsed = { ok: true; value: number | string } | { ok: false; rule: RuleId; value: string };

function parseSetting(spec: SettingSpec, cell: ReturnType<typeof normCell>): Parsed {
  if (spec.kind === "text") return { ok: true, value: cellText(cell).toUpperCase() };
  const p = parseNumber(cell, { percent: spec.kind === "percent" });
  if (!p.ok) return { ok: false, rule: p.rule, value: p.code ?? shownValue(cell) };
  if (spec.kind === "year") {
    return Number.isInteger(p.value) && p.value >= 1900 && p.value <= 9999
      ? { ok: true, value: p.value }
      : { ok: false, rule: "DQ_NOT_A_NUMBER", value: shownValue(cell) };
  }
  if (p.value < 0) return { ok: false, rule: "DQ_NEGATIVE", value: shownValue(cell) };
  return { ok: true, value: p.value };
}

/**
 * Reads the Settings sheet over the defaults of `today`. The first row naming a setting wins; unknown names are
 * ignored (a planner's own notes). An unreadable value is a DQ_ finding on its Value cell, and the default stays.
 */
export function readSettingsSheet(input: SheetInput | undefined, today: Date): SettingsRead {
  const settings = defaultSettings(today);
  const hits: Hit[] = [];
  if (!input) return { settings, hits };
  const { grid, firstRow, firstCol, header, hit } = locateHeader(input, SETTINGS_SHEET);
  if (!header) {
    if (hit) hits.push(hit);
    return { settings, hits };
  }
  const nameAt = header.byField.get("setting")?.index ?? 0;
  const valueAt = header.byField.get("value")?.index ?? 1;
  const valueLetter = columnLetter(firstCol + valueAt);
  const values = settings as unknown as Record<string, number | string>;
  const seen = new Set<string>();
  const uncalculated = uncalculatedCells(input);
  for (let r = header.rowIndex + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells)) continue;
    const nameCell = normCell(cells[nameAt]);
    if (isBlankCell(nameCell)) continue;
    const spec = settingSpecOf(cellText(nameCell));
    if (!spec || seen.has(spec.key)) continue;
    seen.add(spec.key);
    const cell = normCell(cells[valueAt]);
    const column = cellText(nameCell);
    const formula = uncalculated?.get(firstRow + r)?.get(firstCol + valueAt);
    if (formula !== undefined && isBlankCell(cell)) {
      hits.push(
        makeHit(
          "DQ_NOT_CALCULATED",
          "settings",
          input.name,
          firstRow + r,
          valueLetter,
          notCalculatedParams(column, formula)
        )
      );
      continue;
    }
    if (isBlankCell(cell)) continue;
    const code = errorCode(cell);
    const parsed: Parsed =
      code !== null ? { ok: false, rule: "DQ_ERROR_VALUE", value: code } : parseSetting(spec, cell);
    if (parsed.ok) values[spec.key] = parsed.value;
    else
      hits.push(
        makeHit(parsed.rule, "settings", input.name, firstRow + r, valueLetter, {
          column,
          value: parsed.value,
        })
      );
  }
  return { settings, hits };
}
