/**
 * The catalogue of bad inputs (issue 11): each kind of bad or odd input a planner's file may hold, built on a small
 * clean plan, with what `ops-planner validate` gives for it — the exit code and every finding with its cell, or the
 * one line of a refusal. badInputs.test.ts checks each; the README's table "What you get for bad input" is rendered
 * from it (test/readme.test.ts keeps the two equal).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import {
  rowsToCells,
  workbookParts,
  zipParts,
  type RawCell,
  type RawWorkbook,
} from "./handmadeXlsx";

export interface BadInput {
  /** The kind of input, as the README's table names it. */
  kind: string;
  /** Writes the file into `dir` and returns its path. */
  file(dir: string): Promise<string>;
  code: 0 | 1 | 2;
  /** Every finding, "RULE@Sheet!A1", in the validator's order (exit 0 or 1). */
  findings?: string[];
  /** The refusal's line (exit 2). */
  error?: RegExp;
  /** What the README says the planner gets, when the findings do not say it. */
  says?: string;
}

const DATE = 1; // style: yyyy-mm-dd
const D = (serial: number): RawCell => ({ s: DATE, v: String(serial) });

/**
 * The clean plan every entry changes: three products, two promotions, two prices — no finding. Start 2027-06-18
 * (serial 46556).
 */
export function basePlan(): RawWorkbook {
  return {
    sheets: [
      {
        name: "Products",
        cells: rowsToCells([
          ["SKU", "Tier", "List price", "Floor price"],
          ["KA-1", "secondary", 100, 80],
          ["KA-2", "secondary", 200, 150],
          ["KA-3", "secondary", 300, 250],
        ]),
      },
      {
        name: "Promotions",
        cells: rowsToCells([
          ["SKU", "Platform", "Start", "End", "Promo price"],
          ["KA-1", "Tmall", D(46556), D(46558), 90],
          ["KA-2", "JD", D(46639), D(46641), 180],
        ]),
      },
      {
        name: "Prices",
        cells: rowsToCells([
          ["SKU", "Platform", "Price", "Effective from"],
          ["KA-1", "Tmall", 100, D(46388)],
          ["KA-2", "JD", 200, D(46388)],
        ]),
      },
    ],
  };
}

type Change = (wb: RawWorkbook) => void;
const sheet = (wb: RawWorkbook, name: string) => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** Sets cells of a sheet: `set("Products", { C2: "ten" })`. */
const set =
  (name: string, cells: Record<string, RawCell>): Change =>
  (wb) => {
    Object.assign(sheet(wb, name).cells, cells);
  };
const all =
  (...changes: Change[]): Change =>
  (wb) => {
    for (const c of changes) c(wb);
  };

let n = 0;
const fileOf = async (dir: string, wb: RawWorkbook): Promise<string> => {
  const file = join(dir, `bad${++n}.xlsx`);
  writeFileSync(file, await zipParts(workbookParts(wb)));
  return file;
};
/** An entry whose file is the base plan with `change` applied. */
const plan =
  (change: Change) =>
  (dir: string): Promise<string> => {
    const wb = basePlan();
    change(wb);
    return fileOf(dir, wb);
  };
/** An entry whose file is the base plan's parts changed by `edit`. */
const parts =
  (edit: (p: Map<string, string | Buffer>) => void) =>
  async (dir: string): Promise<string> => {
    const p = workbookParts(basePlan());
    edit(p);
    const file = join(dir, `bad${++n}.xlsx`);
    writeFileSync(file, await zipParts(p));
    return file;
  };
const raw =
  (bytes: () => Buffer | Promise<Buffer>, ext = "xlsx") =>
  async (dir: string): Promise<string> => {
    const file = join(dir, `bad${++n}.${ext}`);
    writeFileSync(file, await bytes());
    return file;
  };
const ole = (names: string[]): Buffer => {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  b.writeUInt16LE(9, 0x1e);
  b.writeUInt32LE(1, 0x30);
  names.forEach((name, i) => Buffer.from(name, "utf16le").copy(b, 1024 + i * 128));
  return b;
};
const baseZip = async (): Promise<Buffer> => zipParts(workbookParts(basePlan()));

export const BAD_INPUTS: BadInput[] = [
  // --- numbers ---
  {
    kind: "Text in a number column (`ten`)",
    file: plan(set("Products", { C2: "ten" })),
    code: 1,
    findings: ["DQ_NOT_A_NUMBER@Products!C2"],
  },
  {
    kind: "Thousands separators and decimals as text (`1,234.50`)",
    file: plan(set("Products", { C4: "1,234.50" })),
    code: 0,
  },
  {
    kind: "Currency signs (`¥99`, `￥99`, `$5`, `RMB 99`)",
    file: plan(set("Products", { C2: "¥100", D2: "￥80", C3: "RMB 200", D3: "$150" })),
    code: 0,
  },
  { kind: "Full-width digits (`１００`)", file: plan(set("Products", { C2: "１００" })), code: 0 },
  { kind: "万 and 亿 (`1.2万`)", file: plan(set("Products", { C4: "1.2万" })), code: 0 },
  {
    kind: "A negative price (`-5`, `(1,234)`)",
    file: plan(set("Products", { C2: -5, C3: "(1,234)" })),
    code: 1,
    findings: ["DQ_NEGATIVE@Products!C2", "DQ_NEGATIVE@Products!C3"],
  },
  {
    kind: "TRUE/FALSE in a number column",
    file: plan(set("Products", { D2: true })),
    code: 1,
    findings: ["DQ_NOT_A_NUMBER@Products!D2"],
  },
  {
    kind: "A date in a number column",
    file: plan(set("Products", { D2: D(46556) })),
    code: 1,
    findings: ["DQ_NOT_A_NUMBER@Products!D2"],
  },
  {
    kind: "An error value a formula left (`#N/A`)",
    file: plan(set("Products", { D2: { t: "e", f: "VLOOKUP(A2,X:Y,2,0)", v: "#N/A" } })),
    code: 1,
    findings: ["DQ_ERROR_VALUE@Products!D2"],
  },
  {
    kind: "An error code typed as text (`#REF!`)",
    file: plan(set("Products", { D2: "#REF!" })),
    code: 1,
    findings: ["DQ_ERROR_VALUE@Products!D2"],
  },
  // --- blanks ---
  {
    kind: "A required cell left blank",
    file: plan(set("Products", { B3: null })),
    code: 1,
    findings: ["DQ_MISSING_VALUE@Products!B3"],
  },
  {
    kind: "A required cell holding only spaces",
    file: plan(set("Products", { B3: "   " })),
    code: 1,
    findings: ["DQ_MISSING_VALUE@Products!B3"],
  },
  {
    kind: "Blank rows between the rows",
    file: plan(
      set("Products", {
        A3: null,
        B3: null,
        C3: null,
        D3: null,
        A9: "KA-2",
        B9: "secondary",
        C9: 200,
        D9: 150,
      })
    ),
    code: 0,
  },
  {
    kind: "A row of spaces and empty strings",
    file: plan(set("Prices", { A4: " ", B4: "", C4: "  " })),
    code: 0,
  },
  // --- dates ---
  {
    kind: "Dates typed as text (`2027-06-18`, `2027/6/18`, `2027.6.18`)",
    file: plan(set("Promotions", { C2: "2027-06-18", D2: "2027/6/20", C3: "2027.9.9" })),
    code: 0,
  },
  {
    kind: "Dates as 8-digit numbers (`20270618`)",
    file: plan(set("Promotions", { C2: 20270618, D2: 20270620 })),
    code: 0,
  },
  {
    kind: "Dates in Chinese (`2027年6月18日`)",
    file: plan(set("Promotions", { C2: "2027年6月18日", D2: "2027年6月20日" })),
    code: 0,
  },
  {
    kind: "Day-first or month-first where only one exists (`18/6/2027`, `6/20/2027`)",
    file: plan(set("Promotions", { C2: "18/6/2027", D2: "6/20/2027" })),
    code: 0,
  },
  {
    kind: "A day-month ambiguous date (`6/7/2027`)",
    file: plan(set("Promotions", { C3: "6/7/2027" })),
    code: 1,
    findings: ["DQ_AMBIGUOUS_DATE@Promotions!C3"],
  },
  {
    kind: "A date that does not exist (`2027-02-30`)",
    file: plan(set("Promotions", { C3: "2027-02-30" })),
    code: 1,
    findings: ["DQ_NOT_A_DATE@Promotions!C3"],
  },
  {
    kind: "Words where a date belongs (`next Tuesday`)",
    file: plan(set("Promotions", { D3: "next Tuesday" })),
    code: 1,
    findings: ["DQ_NOT_A_DATE@Promotions!D3"],
  },
  {
    kind: "Date-times (a promotion from 10:00 to 16:00), in any time zone",
    file: plan(
      set("Promotions", {
        C2: { s: 2, v: String(46556 + 10 / 24) },
        D2: { s: 2, v: String(46558 + 16 / 24) },
      })
    ),
    code: 0,
  },
  {
    kind: 'ISO date cells of Excel Strict and openpyxl (`t="d"`, 07:00 and 17:30)',
    file: plan(
      set("Promotions", {
        C2: { t: "d", s: DATE, v: "2027-06-18T07:00:00" },
        D2: { t: "d", s: DATE, v: "2027-06-20T17:30:00" },
      })
    ),
    code: 0,
  },
  {
    kind: "End before Start",
    file: plan(set("Promotions", { D3: D(46630) })),
    code: 1,
    findings: ["DQ_DATE_ORDER@Promotions!D3"],
  },
  {
    kind: "Serial 60 (Excel's 29 February 1900) and 59",
    file: plan(set("Promotions", { C3: D(60), D3: D(59) })),
    code: 1,
    findings: ["DQ_DATE_ORDER@Promotions!D3"],
    says: '`DQ_DATE_ORDER` on `Promotions!D3`: "End 1900-02-28 is before Start 1900-02-29" (exit 1)',
  },
  {
    kind: "The 1904 date system of old Mac files",
    file: plan((wb) => {
      wb.date1904 = true;
      set("Promotions", {
        C2: D(46556 - 1462),
        D2: D(46558 - 1462),
        C3: D(46639 - 1462),
        D3: D(46641 - 1462),
      })(wb);
      set("Prices", { D2: D(46388 - 1462), D3: D(46388 - 1462) })(wb);
    }),
    code: 0,
  },
  {
    kind: "A promotion longer than allowed, as a check that dates are read",
    file: plan(set("Promotions", { D3: D(46645) })),
    code: 1,
    findings: ["PROMO_TOO_LONG@Promotions!D3"],
  },
  // --- SKUs ---
  {
    kind: "A SKU twice on Products",
    file: plan(set("Products", { A4: "KA-1" })),
    code: 1,
    findings: ["DQ_DUPLICATE_SKU@Products!A4"],
  },
  {
    kind: "A SKU not on Products",
    file: plan(set("Prices", { A3: "KA-9" })),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Prices!A3"],
  },
  {
    kind: "A SKU typed with the letter O for a zero (`KA-1O`)",
    file: plan(set("Promotions", { A3: "KA-2O" })),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Promotions!A3"],
  },
  {
    kind: "A SKU with spaces around it",
    file: plan(set("Promotions", { A2: "  KA-1 " })),
    code: 0,
  },
  {
    kind: "A SKU with a pasted carriage return (`KA-1_x000D_`)",
    file: plan(set("Prices", { A2: "KA-1_x000D_" })),
    code: 0,
  },
  {
    kind: "A SKU with a zero-width space (named in the message)",
    file: plan(set("Prices", { A2: "KA-1\u200b" })),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Prices!A2"],
    says: '`DQ_UNKNOWN_SKU` on `Prices!A2`: SKU "KA-1[U+200B]" … holds a zero-width space (U+200B) (exit 1)',
  },
  {
    kind: "A SKU typed with a no-break space inside (`KA 3` that is not `KA 3`)",
    file: plan(all(set("Products", { A4: "KA 3" }), set("Prices", { A3: "KA\u00a03", C3: 300 }))),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Prices!A3"],
  },
  {
    kind: "SKUs in another case (`ka-1`): two products",
    file: plan(set("Prices", { A2: "ka-1" })),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Prices!A2"],
  },
  {
    kind: "A numeric SKU as a number on one sheet, as text on another",
    file: plan(all(set("Products", { A4: 10023 }), set("Prices", { A3: "10023", C3: 300 }))),
    code: 0,
  },
  {
    kind: "A SKU merged over several rows (Merge & Center)",
    file: plan((wb) => {
      set("Promotions", {
        A4: "KA-2",
        B4: "Douyin",
        C4: D(46700),
        D4: D(46702),
        E4: 185,
        A5: null,
        B5: "Tmall",
        C5: D(46800),
        D5: D(46802),
        E5: 170,
      })(wb);
      sheet(wb, "Promotions").merges = ["A4:A5"];
    }),
    code: 0,
  },
  {
    kind: "A very long SKU (quoted capped)",
    file: plan(set("Prices", { A3: `KA-${"9".repeat(300)}` })),
    code: 1,
    findings: ["DQ_UNKNOWN_SKU@Prices!A3"],
  },
  // --- lists ---
  {
    kind: "A platform not in the lists",
    file: plan(set("Promotions", { B3: "Amazon" })),
    code: 1,
    findings: ["DQ_UNKNOWN_VALUE@Promotions!B3"],
  },
  {
    kind: "List values in Chinese or another case (`天猫`, `tmall`, `辅推`)",
    file: plan(
      all(
        set("Promotions", { B2: "天猫" }),
        set("Prices", { B2: "tmall" }),
        set("Products", { B2: "辅推" })
      )
    ),
    code: 0,
  },
  {
    kind: "An unknown tier",
    file: plan(set("Products", { B3: "superhero" })),
    code: 1,
    findings: ["DQ_UNKNOWN_VALUE@Products!B3"],
  },
  // --- headers and sheets ---
  {
    kind: "A key column renamed or missing",
    file: plan(set("Products", { C1: "Price list" })),
    code: 1,
    findings: ["DQ_MISSING_COLUMN@Products!A1"],
    says: "`DQ_MISSING_COLUMN` on the header row, naming the column; the sheet's rows are not read (exit 1)",
  },
  {
    kind: "Columns in another order, extra columns of your own",
    file: plan((wb) => {
      sheet(wb, "Products").cells = rowsToCells([
        ["Notes", "List price", "SKU", "Floor price", "Tier"],
        ["new", 100, "KA-1", 80, "secondary"],
        [null, 200, "KA-2", 150, "secondary"],
        ["", 300, "KA-3", 250, "secondary"],
      ]);
    }),
    code: 0,
  },
  {
    kind: "Title rows above the header",
    file: plan((wb) => {
      sheet(wb, "Prices").cells = rowsToCells([
        ["Price list 2027"],
        [],
        ["SKU", "Platform", "Price", "Effective from"],
        ["KA-1", "Tmall", 100, D(46388)],
        ["KA-2", "JD", 200, D(46388)],
      ]);
    }),
    code: 0,
  },
  {
    kind: "Headers typed on two lines (Alt+Enter), or with a key marker (`SKU*`)",
    file: plan(set("Products", { A1: "SKU*", C1: "List_x000D_\nprice", D1: "Floor\nprice" })),
    code: 0,
  },
  {
    kind: "Headers in another case, width or spacing (`list  PRICE`, `ＳＫＵ`)",
    file: plan(set("Products", { A1: "ＳＫＵ", C1: "list  PRICE" })),
    code: 0,
  },
  {
    kind: "Chinese sheet names and headers (`产品`, `标价`)",
    file: plan((wb) => {
      const p = sheet(wb, "Products");
      p.name = "产品";
      Object.assign(p.cells, { B1: "层级", C1: "标价", D1: "最低价" });
    }),
    code: 0,
  },
  {
    kind: "A sheet named twice, in English and Chinese (`Products` and `产品`): the first is read",
    file: plan((wb) => {
      wb.sheets.push({
        name: "产品",
        cells: rowsToCells([
          ["SKU", "层级", "标价"],
          ["X-1", "nonsense", "ten"],
        ]),
      });
    }),
    code: 0,
  },
  {
    kind: "Sheets of your own beside the plan",
    file: plan((wb) => {
      wb.sheets.push({ name: "Notes", cells: rowsToCells([["anything", 42, "#N/A"]]) });
    }),
    code: 0,
  },
  // --- tables ---
  {
    kind: "An Excel table's Total Row (Table Design → Total Row)",
    file: plan((wb) => {
      const p = sheet(wb, "Products");
      Object.assign(p.cells, { A5: "Total", C5: { f: "SUBTOTAL(109,[List price])", v: "600" } });
      p.tables = [{ ref: "A1:D5", totalsRowCount: 1 }];
    }),
    code: 0,
  },
  {
    kind: "A Total row typed below a plain range",
    file: plan(set("Products", { A5: "Total", C5: 600 })),
    code: 1,
    findings: ["DQ_MISSING_VALUE@Products!B5"],
  },
  {
    kind: "A table without a header row of its own",
    file: plan((wb) => {
      sheet(wb, "Prices").tables = [{ ref: "A2:D3", headerRowCount: 0 }];
    }),
    code: 0,
  },
  // --- formulas ---
  {
    kind: "A formula's cached value (what the spreadsheet showed)",
    file: plan(set("Products", { D2: { f: "C2*0.8", v: "80" } })),
    code: 0,
  },
  {
    kind: "A formula without a cached value that the reader can calculate (`=C2*0.8`, `=Costs!B2`)",
    file: plan((wb) => {
      set("Products", { D2: { f: "C2*0.8" }, D3: { f: "Costs!B2" } })(wb);
      wb.sheets.push({ name: "Costs", cells: rowsToCells([["Floor"], [150]]) });
    }),
    code: 0,
  },
  {
    kind: "A formula without a cached value that it cannot (`=ROUND(C2*0.8,0)`)",
    file: plan(set("Products", { D2: { f: "ROUND(C2*0.8,0)" } })),
    code: 1,
    findings: ["DQ_NOT_CALCULATED@Products!D2"],
  },
  {
    kind: "Stale cached zeros in a workbook that asks for recalculation (XlsxWriter, pandas)",
    file: plan((wb) => {
      wb.fullCalcOnLoad = true;
      set("Products", { D2: { f: "C2*0.95", v: "0" } })(wb);
    }),
    code: 1,
    findings: ["BELOW_FLOOR@Promotions!E2"],
    says: 'calculated (95 here: the promotion at 90 is `BELOW_FLOOR`), never "sells at ¥0"; else `DQ_NOT_CALCULATED` (exit 1)',
  },
  {
    kind: "A shared formula without cached values",
    file: plan(
      set("Products", {
        D2: { f: "C2*0.8", shared: { si: 0, ref: "D2:D4" } },
        D3: { shared: { si: 0 } },
        D4: { shared: { si: 0 } },
      })
    ),
    code: 0,
  },
  {
    kind: "A formula dividing by zero",
    file: plan(set("Products", { D2: { f: "C2/0" } })),
    code: 1,
    findings: ["DQ_ERROR_VALUE@Products!D2"],
  },
  {
    kind: "`#NAME?` in a computed or Flags column (the add-in not loaded)",
    file: plan(
      set("Promotions", {
        F1: "Days",
        F2: { t: "e", f: "PLAN.PROMODAYS(C2,D2)", v: "#NAME?" },
        G1: "Flags",
        G2: { t: "e", f: "PLAN.PROMOCHECK(C2,D2,E2)", v: "#NAME?" },
      })
    ),
    code: 0,
  },
  {
    kind: "PLAN formulas Excel saved without the add-in (`_xldudf_PLAN_PROMODAYS`)",
    file: plan(
      set("Promotions", { F1: "Days", F2: { f: "_xldudf_PLAN_PROMODAYS(C2,D2)", v: "3" } })
    ),
    code: 0,
  },
  // --- settings, waivers ---
  {
    kind: "Text in a setting (`Max promo days: three`): the default stays",
    file: plan((wb) => {
      wb.sheets.unshift({
        name: "Settings",
        cells: rowsToCells([
          ["Setting", "Value"],
          ["Max promo days", "three"],
        ]),
      });
    }),
    code: 1,
    findings: ["DQ_NOT_A_NUMBER@Settings!B2"],
  },
  {
    kind: "Percentages typed `5%`, `0.05` or `5`",
    file: plan((wb) => {
      wb.sheets.unshift({
        name: "Settings",
        cells: rowsToCells([
          ["Setting", "Value"],
          ["Price spread tolerance", "5%"],
          ["Split-warehouse share", 30],
        ]),
      });
    }),
    code: 0,
  },
  {
    kind: "A waiver naming no rule id",
    file: plan((wb) => {
      wb.sheets.push({
        name: "Waivers",
        cells: rowsToCells([
          ["Rule", "Cell or SKU", "Reason"],
          ["PROMO-TOO-LNG", "Promotions!D3", "agreed"],
        ]),
      });
    }),
    code: 1,
    findings: ["DQ_UNKNOWN_VALUE@Waivers!A2"],
  },
  {
    kind: "More buyers than inquiries on a Service row (51 of 50)",
    file: plan((wb) => {
      wb.sheets.push({
        name: "Service",
        cells: rowsToCells([
          ["Date", "Agent", "Inquiries", "Buyers"],
          [D(46556), "Ann", 50, 51],
          [D(46556), "Bo", 50, 50],
        ]),
      });
    }),
    code: 1,
    findings: ["DQ_BUYERS_OVER_INQUIRIES@Service!D2"],
  },
  {
    kind: "A Market price band that ends below its start (Price from 300, Price to 199)",
    file: plan((wb) => {
      wb.sheets.push({
        name: "Market",
        cells: rowsToCells([
          ["Month", "Category", "Price from", "Price to", "Market units", "Market revenue"],
          ["2027-03", "Kitchen", 300, 199, 10, 2500],
          ["2027-03", "Kitchen", 100, 199, 10, 1500],
        ]),
      });
    }),
    code: 1,
    findings: ["DQ_BAND_ORDER@Market!D2"],
  },
  {
    kind: "A Calendar event with a Max promo days below row 1,000 (the Promotions Flags formulas read rows 1–1,000)",
    file: plan((wb) => {
      wb.sheets.push({
        name: "Calendar",
        cells: {
          ...rowsToCells([
            ["Event", "From", "To", "Kind", "Max promo days"],
            ["618", D(46550), D(46560), "festival", 5],
          ]),
          ...rowsToCells([["Double 11", D(46690), D(46702), "festival", 5]], 1001),
        },
      });
    }),
    code: 0,
    findings: ["CALENDAR_PAST_FORMULA_ROWS@Calendar!E1001"],
    says: "`CALENDAR_PAST_FORMULA_ROWS` (a warning) on `Calendar!E1001`; Validate still applies the event (exit 0)",
  },
  // --- files ---
  {
    kind: "A file that does not exist",
    file: async (dir) => join(dir, "nowhere.xlsx"),
    code: 2,
    error: /: no such file$/,
    says: 'exit 2: "plan.xlsx: no such file"',
  },
  {
    kind: "A CSV or text file named .xlsx",
    file: raw(() => Buffer.from("SKU,Tier\nKA-1,hero\n")),
    code: 2,
    error: /: not an \.xlsx workbook$/,
    says: 'exit 2: "not an .xlsx workbook"',
  },
  {
    kind: "An empty file",
    file: raw(() => Buffer.alloc(0)),
    code: 2,
    error: /: not an \.xlsx workbook$/,
    says: 'exit 2: "not an .xlsx workbook"',
  },
  {
    kind: "A legacy .xls",
    file: raw(() => ole(["Root Entry", "Workbook"]), "xls"),
    code: 2,
    error: /legacy \.xls/,
    says: 'exit 2: "a legacy .xls …: save it as .xlsx"',
  },
  {
    kind: "A password-protected workbook",
    file: raw(() => ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"])),
    code: 2,
    error: /password-protected/,
    says: 'exit 2: "the workbook is password-protected: remove the password …"',
  },
  {
    kind: "A binary workbook (.xlsb) renamed .xlsx",
    file: parts((p) => {
      p.set(
        "_rels/.rels",
        String(p.get("_rels/.rels")).replace("xl/workbook.xml", "xl/workbook.bin")
      );
      p.set("xl/workbook.bin", Buffer.from([1, 2, 3]));
    }),
    code: 2,
    error: /an \.xlsb workbook/,
    says: 'exit 2: "not an .xlsx workbook (an .xlsb workbook)"',
  },
  {
    kind: "A zip that is no workbook (a .docx)",
    file: raw(async () => {
      const z = new JSZip();
      z.file("word/document.xml", "<w:document/>");
      return z.generateAsync({ type: "nodebuffer" });
    }),
    code: 2,
    error: /no workbook part/,
    says: 'exit 2: "not an .xlsx workbook (no workbook part)"',
  },
  {
    kind: "A workbook without any plan sheet",
    file: plan((wb) => {
      wb.sheets = [{ name: "Sheet1", cells: rowsToCells([["Hello"]]) }];
    }),
    code: 2,
    error: /no plan sheet .*found: Sheet1\)$/,
    says: 'exit 2: "no plan sheet (expected one of Products, …; found: Sheet1)"',
  },
  {
    kind: "A file cut short (the zip's end missing)",
    file: raw(async () => (await baseZip()).subarray(0, 700)),
    code: 2,
    error: /the workbook is damaged: the file is cut short or its zip directory is damaged/,
    says: 'exit 2: "the workbook is damaged: the file is cut short or its zip directory is damaged …"',
  },
  {
    kind: "A sheet cut short inside the zip",
    file: parts((p) => {
      const s = String(p.get("xl/worksheets/sheet2.xml"));
      p.set("xl/worksheets/sheet2.xml", s.slice(0, s.indexOf("</row>") + 6));
    }),
    code: 2,
    error:
      /damaged: the part xl\/worksheets\/sheet2\.xml is cut short or is not well-formed XML \(sheet Promotions\)/,
    says: 'exit 2: "the workbook is damaged: the part xl/worksheets/sheet2.xml is cut short or is not well-formed XML (sheet Promotions) …"',
  },
  {
    kind: "A sheet the workbook lists but the zip lacks",
    file: parts((p) => {
      p.delete("xl/worksheets/sheet3.xml");
    }),
    code: 2,
    error: /the part xl\/worksheets\/sheet3\.xml is missing \(sheet Prices\)/,
    says: 'exit 2: "… the part xl/worksheets/sheet3.xml is missing (sheet Prices)"',
  },
  {
    kind: "A missing shared-strings part",
    file: parts((p) => {
      p.delete("xl/sharedStrings.xml");
    }),
    code: 2,
    error: /the part xl\/sharedStrings\.xml is missing/,
    says: 'exit 2: "… the part xl/sharedStrings.xml is missing"',
  },
  {
    kind: "Bytes that do not match the zip's checksum",
    file: raw(async () => {
      const z = new JSZip();
      for (const [k, v] of workbookParts(basePlan())) z.file(k, v);
      const b = await z.generateAsync({ type: "nodebuffer", compression: "STORE" });
      b.write("<v>95</v>", b.indexOf("<v>90</v>"));
      return b;
    }),
    code: 2,
    error: /the part xl\/worksheets\/sheet2\.xml does not match its checksum/,
    says: 'exit 2: "… the part xl/worksheets/sheet2.xml does not match its checksum (sheet Promotions)"',
  },
  {
    kind: "A table part a sheet names but the zip lacks",
    file: parts((p) => {
      const s = String(p.get("xl/worksheets/sheet1.xml"));
      p.set(
        "xl/worksheets/sheet1.xml",
        s.replace(
          "</worksheet>",
          '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts></worksheet>'
        )
      );
      p.set(
        "xl/worksheets/_rels/sheet1.xml.rels",
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>'
      );
    }),
    code: 2,
    error: /the part xl\/tables\/table1\.xml is missing/,
    says: 'exit 2: "… the part xl/tables/table1.xml is missing (sheet Products)"',
  },
];

/** What a planner gets, as the README's table says it. */
export function outcomeText(b: BadInput): string {
  if (b.says) return b.says;
  if (b.code === 0) return "read as meant: no finding (exit 0)";
  const cells = (b.findings ?? []).map((f) => {
    const [rule, address] = f.split("@");
    return `\`${rule}\` on \`${address}\``;
  });
  return `${cells.join(", ")} (exit 1)`;
}

/** The README's table "What you get for bad input". */
export function badInputTable(): string {
  const rows = BAD_INPUTS.map((b) => `| ${b.kind.replace(/\|/g, "\\|")} | ${outcomeText(b)} |`);
  return ["| Bad or odd input | What you get |", "|---|---|", ...rows].join("\n");
}
