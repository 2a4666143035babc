/** Pane settings kept in the workbook (Excel.SettingCollection, ExcelApi 1.4): shared by everyone who opens it. */

/** Our keys are prefixed so that other add-ins' settings in the same workbook are never touched. */
const PREFIX = "opsPlanner.";

export async function getSetting(
  context: Excel.RequestContext,
  key: string
): Promise<string | undefined> {
  const item = context.workbook.settings.getItemOrNullObject(PREFIX + key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return undefined;
  const v: unknown = item.value;
  return typeof v === "string" ? v : v === null || v === undefined ? undefined : JSON.stringify(v);
}

export async function setSetting(
  context: Excel.RequestContext,
  key: string,
  value: string
): Promise<void> {
  context.workbook.settings.add(PREFIX + key, value);
  await context.sync();
}
