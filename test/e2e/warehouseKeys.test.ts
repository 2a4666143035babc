/**
 * LibreOffice evaluates the guarded first-promotion argument of the Products Flags (behind the hidden Warehouse key
 * columns) and the unguarded one it replaces, on a messy plan the CLI's writer wrote (duplicate SKUs in other case,
 * SKUs typed as numbers or holding wildcards or a leading "=", Starts that are text, zero or fractional): PRODUCTCHECK
 * given either gives the same Flags text on every row, late ones included. (Calc knows no PLAN function: the two
 * arguments are extra columns, PRODUCTCHECK runs here on what Calc computed.)
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Prng } from "../../bench/prng";
import { renderWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import type { CellValue } from "../../src/core/cells";
import { computeColumns, type FieldRow } from "../../src/core/compute";
import {
  blankIf,
  cell,
  earlyFirstPromoStart,
  firstPromoStart,
  isBlank,
  type FormulaExpr,
} from "../../src/core/formulas/declare";
import { formulaText } from "../../src/core/formulas/text";
import { PRODUCTCHECK } from "../../src/core/functions/definitions";
import { invokeSingle } from "../../src/core/functions/runner";
import { sheetSpec } from "../../src/core/schema/sheets";
import { defaultSettings } from "../../src/core/settings";
import {
  listsLayout,
  listsRows,
  settingsLayout,
  settingsRows,
} from "../../src/core/write/fixedSheets";
import {
  formulaContext,
  isFormulaCell,
  schemaLetters,
  settingsNames,
  sheetLayout,
  templateSheetNames,
} from "../../src/core/write/layout";
import { requireProgram } from "./requirements";

const soffice = requireProgram("soffice", "libreoffice-calc");
const TODAY = new Date(Date.UTC(2026, 11, 1));
const SETTINGS = { ...defaultSettings(TODAY), planYear: 2027 };
const Y = 46388; // 2027-01-01
const MESSY: readonly CellValue[] = ["a-1", 4711, "4711", "H*", "=X", "s-03"];

/** 40 products (plain SKUs, a duplicate in lower case, SKUs typed as numbers or with wildcards), 0–3 promotions each. */
function messyPlan(): { products: FieldRow[]; promotions: FieldRow[] } {
  const rnd = new Prng(613);
  const skus: CellValue[] = [
    ...Array.from({ length: 34 }, (_, i) => `S-${String(i).padStart(2, "0")}`),
    ...MESSY,
  ];
  const odd = (d: number): CellValue => {
    const r = rnd.next();
    if (r < 0.05) return null;
    if (r < 0.08) return "soon";
    if (r < 0.1) return 0;
    return rnd.chance(0.15) ? d + 0.5 : d;
  };
  const products: FieldRow[] = [];
  const promotions: FieldRow[] = [];
  for (const sku of skus) {
    const launch = Y + rnd.int(60, 200);
    products.push({
      sku,
      tier: rnd.pick(["launch", "hero", "presale", "secondary"]),
      launchDate: odd(launch),
      warehouseEntry: odd(launch - rnd.int(0, 25)),
    });
    const promoSku = typeof sku === "string" && rnd.chance(0.2) ? sku.toUpperCase() : sku;
    for (let k = rnd.int(0, 3); k > 0; k--)
      promotions.push({
        sku: promoSku,
        platform: "Tmall",
        start: odd(launch + rnd.int(-15, 60)),
        end: Y + 300,
        promoPrice: 9,
      });
  }
  return { products, promotions };
}

const ARGS: Record<"before" | "now", FormulaExpr> = {
  before: blankIf([isBlank(cell("warehouseEntry"))], firstPromoStart()),
  now: blankIf([isBlank(cell("warehouseEntry"))], earlyFirstPromoStart()),
};

let dir: string;
let profile: string;
let shown: string[][];
const plan = messyPlan();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-keys-"));
  profile = mkdtempSync(join(tmpdir(), "ops-planner-lo-profile-"));
  const computed = computeColumns(
    { settings: settingsRows(SETTINGS, "en"), lists: listsRows("en"), ...plan },
    { lang: "en", today: TODAY }
  );
  const opts = { currency: SETTINGS.currency, formulas: true };
  const products = sheetLayout(sheetSpec("products"), "en", computed.sheets.products ?? [], opts);
  const promotions = sheetLayout(
    sheetSpec("promotions"),
    "en",
    computed.sheets.promotions ?? [],
    opts
  );
  // No cached value: Calc computes every formula of the two sheets itself.
  for (const s of [products, promotions])
    s.rows = s.rows.map((r) =>
      r.map((v) => (isFormulaCell(v) ? { formula: v.formula, result: null } : v))
    );
  const extra = (["before", "now"] as const).map((k, i) => {
    const letter = String.fromCharCode(
      products.columns[products.columns.length - 1].letter.charCodeAt(0) + 1 + i
    );
    return { field: k, letter, header: k, type: "any" as const };
  });
  products.columns.push(...extra);
  products.headers.push(...extra.map((c) => c.header));
  products.rows = products.rows.map((r, i) => [
    ...r,
    ...extra.map((c) => ({
      formula: formulaText(
        ARGS[c.field],
        formulaContext(
          "products",
          products.firstRow + i,
          products.firstRow,
          schemaLetters,
          templateSheetNames("en")
        )
      ),
      result: null,
    })),
  ]);
  const layout = {
    settings: SETTINGS,
    sheets: [
      settingsLayout(SETTINGS, "en"),
      listsLayout("en", SETTINGS.currency),
      products,
      promotions,
    ],
    names: settingsNames("en"),
    findings: [],
  };
  await renderWorkbook(layout, "en", TODAY).xlsx.writeFile(join(dir, "keys.xlsx"));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      join(dir, "keys.xlsx"),
    ],
    { timeout: 120_000, stdio: ["ignore", "pipe", "pipe"] }
  );
  const file = join(dir, "keys-Products.csv");
  if (!existsSync(file)) throw new Error(`LibreOffice wrote no ${file}`);
  shown = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => l.split(","));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** A first-promotion value as Calc computed it: a serial, or null for "". */
const serial = (text: string | undefined): number | null => {
  if (text === undefined || text === "" || text === '""') return null;
  const n = Number(text.replace(/"/g, ""));
  if (!Number.isFinite(n)) throw new Error(`not a serial: ${text}`);
  return n;
};

it("PRODUCTCHECK gives the same Flags with the guarded first promotion as with the unguarded one, late rows too", () => {
  const header = shown[0];
  const col = (h: string): number => header.indexOf(h);
  expect(col("before")).toBeGreaterThan(0);
  let skipped = 0;
  let lateByPromotion = 0;
  plan.products.forEach((p, i) => {
    const row = shown[i + 1];
    const before = serial(row[col("before")]);
    const now = serial(row[col("now")]);
    const flags = (first: number | null): unknown =>
      invokeSingle(PRODUCTCHECK, [
        p.tier,
        p.launchDate,
        null,
        p.warehouseEntry,
        SETTINGS.warehouseLeadDays,
        2027,
        first,
      ]);
    expect([i + 2, flags(now)]).toEqual([i + 2, flags(before)]);
    if (before !== null && now === null) skipped++;
    if (String(flags(before)).includes("WAREHOUSE_LATE") && flags(before) !== flags(null))
      lateByPromotion++;
  });
  // Not vacuous: Calc skipped the look-up on rows whose SKU has dated promotions, and promotions made rows late.
  expect(skipped).toBeGreaterThan(10);
  expect(lateByPromotion).toBeGreaterThan(2);
});
