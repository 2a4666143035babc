/** axe-core over a part of the preview page in Chromium: the serious and critical violations, one line each. */
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { PreviewPage } from "./previewPage";

/**
 * Fluent UI's focus manager (tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` elements around a TabList
 * or a Dialog to redirect focus the moment they receive it; axe's aria-hidden-focus flags them, a false positive
 * Fluent lists among its known issues (microsoft/tabster#288, microsoft/fluentui#25133). Only those elements are left
 * out: every rule still runs on everything else.
 */
const TABSTER_DUMMIES = "[data-tabster-dummy]";

/** The serious and critical violations inside `selector`, one line each (rule, impact, help, the elements). */
export async function seriousViolations(p: PreviewPage, selector: string): Promise<string[]> {
  // Settle first: a dialog fading in has text at part opacity, which axe would report as low contrast.
  await p.page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  const results = await new AxeBuilder({ page: p.page })
    .include(selector)
    .exclude(TABSTER_DUMMIES)
    .analyze();
  return results.violations
    .filter((v: Result) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v: Result) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
    );
}
