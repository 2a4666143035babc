/** Worksheet change events: one handler on the worksheet collection, removed by the returned function. */
import type { Unsubscribe } from "../core/port";

async function sheetName(context: Excel.RequestContext, id: string): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(id);
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

export async function subscribeChanges(
  listener: (sheetName: string) => void
): Promise<Unsubscribe> {
  return Excel.run(async (context) => {
    const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
      try {
        const name = await Excel.run((inner) => sheetName(inner, e.worksheetId));
        listener(name);
      } catch {
        // The sheet went away between the change and the look-up: nothing left to validate there.
      }
    };
    const registration = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return () => {
      void Excel.run(registration.context, async (ctx) => {
        registration.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  });
}
