/**
 * Writes test/cli/fixtures/messy-plan.xlsx, the plan of validateGolden.test.ts: bench/generatePlan.ts's messy plan at
 * 3 % of its Products, Promotions and Prices (400 Daily rows), plus values that test how messages quote: an invisible
 * character in a SKU, a SKU holding replacement patterns ("$&", "$1", "$$") and one holding "{{sku}}".
 * Run: npx tsc -p tsconfig.bench.json && node dist/bench/bench/writeMessyFixture.js
 * The golden outputs beside it were printed by the validator before issue 13 rewrote it; rewriting the fixture
 * means printing them again from a version known to be right.
 */
import { join } from "path";
import { generateMessyPreviewPlan } from "./generatePlan";
import { ROOT } from "./measure";
import { writeBenchXlsx } from "./writeBenchXlsx";

const plan = generateMessyPreviewPlan(undefined, 0.03);
const rows = (id: string) => plan.sheets.find((s) => s.id === id)?.rows ?? [];
rows("daily").length = 400;
const products = rows("products");
products[3].sku = `${String(products[3].sku)}\u200b`;
const promotions = rows("promotions");
promotions[7].sku = "KA-$&-$1-$$";
promotions[8].sku = "KA-{{sku}}";
promotions[9].platform = "Tmall\u00a0";
void writeBenchXlsx(plan, join(ROOT, "test", "cli", "fixtures", "messy-plan.xlsx"));
