/**
 * Issue 13 goal 1: `ops-planner update` on the 10,000 products / 50,000 promotions / 60,000 prices plan
 * (bench/out/plan-10k.xlsx) takes at most 3 × ExcelJS's plain read plus write of the same file. Both spawned, as a
 * user runs them; the update writes every computed and Flags column's formulas with their values, the missing sheets,
 * names, formats, dropdowns and row colouring. `update --timeline` is printed too (no target of its own).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { line, mb, median, ms, ROOT, runNode, targetLine, type Target } from "./measure";
import { benchWorkbook, fileSizeMb } from "./plan10k";

export const name =
  "update: 10k products, 50k promotions, 60k prices — ops-planner update vs ExcelJS read + write";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function run(log: (s: string) => void): Promise<Target[]> {
  const file = await benchWorkbook(log);
  log(`  file: bench/out/plan-10k.xlsx, ${fileSizeMb(file).toFixed(1)} MB`);
  const dir = mkdtempSync(join(tmpdir(), "ops-planner-update-bench-"));
  try {
    const bin = join(ROOT, "bin", "ops-planner.js");
    const out = join(dir, "updated.xlsx");
    const plainScript =
      `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [ROOT] }))});` +
      `const wb = new ExcelJS.Workbook();` +
      `wb.xlsx.readFile(${JSON.stringify(file)}).then(() => wb.xlsx.writeFile(${JSON.stringify(join(dir, "plain.xlsx"))}));`;
    const update = [];
    const plain = [];
    for (let i = 0; i < RUNS; i++) {
      const u = await runNode([bin, "update", file, "--out", out, "--force"], {
        captureStdout: true,
      });
      if (u.code !== 0) throw new Error(`update failed (exit ${u.code}): ${u.stderr}`);
      update.push(u);
      const p = await runNode(["-e", plainScript]);
      if (p.code !== 0) throw new Error(`ExcelJS read + write failed: ${p.stderr}`);
      plain.push(p);
    }
    const timeline = await runNode([bin, "update", file, "--out", out, "--force", "--timeline"], {
      captureStdout: true,
    });
    const u = median(update.map((r) => r.ms));
    const p = median(plain.map((r) => r.ms));
    const target: Target = {
      label: "update ÷ ExcelJS read + write",
      value: (u / p).toFixed(2),
      target: "≤ 3.0",
      pass: u / p <= 3,
    };
    log(`  ${update[0].stdout.trim()}`);
    log(
      line(
        "ops-planner update, spawned, median",
        ms(u),
        `runs: ${update.map((r) => Math.round(r.ms)).join(", ")} ms; peak ${mb(Math.max(...update.map((r) => r.maxRssMb)))}`
      )
    );
    log(
      line(
        "ExcelJS readFile + writeFile, spawned, median",
        ms(p),
        `runs: ${plain.map((r) => Math.round(r.ms)).join(", ")} ms; peak ${mb(Math.max(...plain.map((r) => r.maxRssMb)))}`
      )
    );
    log(targetLine(target));
    log(
      line(
        "update --timeline (10,000 products), spawned",
        timeline.code === 0 ? ms(timeline.ms) : `exit ${timeline.code}`,
        timeline.code === 0 ? `peak ${mb(timeline.maxRssMb)}` : timeline.stderr.split("\n")[0]
      )
    );
    return [target];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
