/** Issue 13, goal 4: Create / update and Write Timeline on the bench plan in the browser preview (bench/previewWrites.ts). */
import { chromiumPath } from "../test/e2e/browser";
import type { Target } from "./measure";
import { paneWritesTargets } from "./previewWrites";

export const name =
  "preview writes: Create / update and Write Timeline on 10,000 products / 50,000 promotions, in Chromium";

export async function run(log: (s: string) => void): Promise<Target[]> {
  try {
    chromiumPath();
  } catch (e) {
    log(`  not measured: ${e instanceof Error ? e.message : String(e)}`);
    return [
      {
        label: "(i), (j) the pane's big writes",
        value: "no browser",
        target: "≤ 3,000 ms",
        pass: false,
      },
    ];
  }
  return paneWritesTargets(log);
}
