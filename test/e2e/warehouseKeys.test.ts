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
  type LayoutCell,
  type SheetLayout,
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

/**
 * The Promotions rows' Product row hints as every writer sets them, then made wrong on most rows, every way a stale or
 * typed hint can be (blank, 0, text, the header row, a fraction, another SKU's row, a later duplicate of the SKU), and
 * a `match` column beside them: `MATCH(A2,Products!$A:$A,0)`, which the Product row must equal on every row.
 */
function spoilHints(promotions: SheetLayout, products: SheetLayout): void {
  const hint = promotions.columns.findIndex((c) => c.field === "productRowHint");
  const skus = products.rows.map((r) => String(r[0]).toLowerCase());
  // "s-03" is a later duplicate (in lower case) of "S-03": its row is never the SKU's first.
  const later = skus.lastIndexOf("s-03") + products.firstRow;
  expect(later).toBeGreaterThan(skus.indexOf("s-03") + products.firstRow);
  const letter = String.fromCharCode(
    promotions.columns[promotions.columns.length - 1].letter.charCodeAt(0) + 1
  );
  promotions.columns.push({ field: "match", letter, header: "match", type: "any" });
  promotions.headers.push("match");
  promotions.rows = promotions.rows.map((r, i) => {
    const row = promotions.firstRow + i;
    const own = r[hint];
    const wrong: LayoutCell[] = [null, 0, "x", 1, Number(own) + 0.5, 2, later, 999_999];
    const spoilt = [...r];
    // Every other row keeps the hint the writer set.
    const made = i % 2 === 1 ? own : wrong[(i / 2) % wrong.length];
    spoilt[hint] = String(r[0]).toLowerCase() === "s-03" ? later : made;
    return [...spoilt, { formula: `MATCH(A${row},Products!$A:$A,0)`, result: null }];
  });
}

/**
 * The Products rows' SKU stamps as every writer sets them, then made wrong on every third row every way a stale,
 * pasted or typed stamp can be (blank, text, a number, the next row's number as after a sort or an inserted row,
 * another SKU, the next row's stamp pasted), a SKU typed in other case (its stamp still holds), a SKU typed over with
 * a later row's SKU (its stamp kept: that later row is no longer its SKU's only one), and a `match` column:
 * `MATCH(A2,$A:$A,0)`, which the SKU row must equal on every row.
 */
function spoilStamps(products: SheetLayout): void {
  const stamp = products.columns.findIndex((c) => c.field === "skuStamp");
  const letter = String.fromCharCode(
    products.columns[products.columns.length - 1].letter.charCodeAt(0) + 1
  );
  products.columns.push({ field: "match", letter, header: "match", type: "any" });
  products.headers.push("match");
  const n = products.rows.length;
  const stamps = products.rows.map((r) => r[stamp]);
  products.rows = products.rows.map((r, i) => {
    const row = products.firstRow + i;
    const sku = String(r[0]);
    const wrong: LayoutCell[] = [
      null,
      "x",
      7,
      `${row + 1}|${sku}`,
      `${row}|${sku}-other`,
      stamps[(i + 1) % n],
    ];
    const spoilt = [...r];
    if (i % 3 === 1) spoilt[stamp] = wrong[Math.floor(i / 3) % wrong.length];
    if (i === 5) spoilt[0] = sku.toLowerCase();
    return [...spoilt, { formula: `MATCH(A${row},$A:$A,0)`, result: null }];
  });
  // S-02 (row 4, stamped) typed over with S-20's SKU: S-20, further down and stamped, must now do its MATCH.
  expect(products.rows[2][stamp]).toBe("4|S-02");
  expect(products.rows[20][stamp]).toBe("22|S-20");
  products.rows[2][0] = "S-20";
}

let dir: string;
let profile: string;
let shown: string[][];
let promotionsShown: string[][];
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
  spoilStamps(products);
  spoilHints(promotions, products);
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
  const csv = (f: string): string[][] =>
    readFileSync(f, "utf8")
      .split(/\r?\n/)
      .filter((l) => l !== "")
      .map((l) => l.split(","));
  shown = csv(file);
  promotionsShown = csv(join(dir, "keys-Promotions.csv"));
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

it("the Product row is MATCH's answer on every Promotions row, whatever its hint holds", () => {
  const header = promotionsShown[0];
  const [row, match, hint] = ["Product row", "match", "Product row hint"].map((h) =>
    header.indexOf(h)
  );
  expect(Math.min(row, match, hint)).toBeGreaterThan(0);
  const rows = promotionsShown.slice(1);
  expect(rows).toHaveLength(plan.promotions.length);
  for (const [i, r] of rows.entries()) expect([i + 2, r[row]]).toEqual([i + 2, r[match]]);
  // Not vacuous: rows whose hint held (it is MATCH's answer) and rows whose hint was wrong.
  const held = rows.filter((r) => r[hint] === r[match]).length;
  const wrong = rows.filter((r) => r[hint] !== r[match] && /^\d+$/.test(r[match])).length;
  expect(held).toBeGreaterThan(10);
  expect(wrong).toBeGreaterThan(10);
});

it("the SKU row is MATCH's answer on every Products row, whatever its stamp holds", () => {
  const header = shown[0];
  const [row, match, unstamped] = ["SKU row", "match", "Unstamped SKU"].map((h) =>
    header.indexOf(h)
  );
  expect(Math.min(row, match, unstamped)).toBeGreaterThan(0);
  const rows = shown.slice(1);
  expect(rows).toHaveLength(plan.products.length);
  for (const [i, r] of rows.entries()) expect([i + 2, r[row]]).toEqual([i + 2, r[match]]);
  // The SKU typed over is S-20's: MATCH finds row 4 for row 22, whose stamp still holds.
  expect([rows[20][0], rows[20][unstamped], rows[20][row]]).toEqual(["S-20", "", "4"]);
  // Not vacuous: rows whose stamp held (no MATCH needed) and rows whose stamp was spoilt.
  const stamped = rows.filter((r) => r[unstamped] === "" && r[row] === r[match]).length;
  const spoilt = rows.filter((r) => r[unstamped] !== "").length;
  expect(stamped).toBeGreaterThan(15);
  expect(spoilt).toBeGreaterThan(10);
});
