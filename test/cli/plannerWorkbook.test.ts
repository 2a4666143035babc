/**
 * `validate` on a workbook a planner built by hand (written here with ExcelJS, not by our template): Chinese sheet
 * names and headers, title rows above the header, reordered and extra columns, plain ranges, dates typed as text and
 * as serial numbers, a #N/A, a waiver — and the exact JSON the spec asks for.
 */
import { join } from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir, type ValidateJson } from "./cliRun";

jest.setTimeout(60_000);

let dir: string;
let cleanup: () => void;
let file: string;

async function writePlannerWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();

  const notes = book.addWorksheet("说明");
  notes.addRow(["这是运营部 2027 年的计划，请勿删除表头。"]);

  const settings = book.addWorksheet("设置");
  settings.addRow(["设置项", "值", "说明"]);
  settings.addRow(["计划年度", 2027, "下一年"]);

  const products = book.addWorksheet("产品");
  products.getCell("A1").value = "2027 年度产品计划";
  products.mergeCells("A1:F1");
  products.getCell("A2").value = "负责人：王芳　更新：2027-01-05";
  // Row 3 left blank; the header is on row 4, its columns in the planner's own order, with a column of their own.
  products.getRow(4).values = [
    "层级",
    "SKU",
    "名称",
    "备注",
    "标价",
    "最低价",
    "单位成本",
    "首发日期",
    "入仓日期",
    "销售平台",
  ];
  products.getRow(5).values = [
    "主推",
    "KA-101",
    "保湿面霜",
    "爆款",
    "¥399",
    299,
    120,
    null,
    "2027/5/20",
    "天猫、京东",
  ];
  products.getRow(6).values = [
    "首发",
    "KA-102",
    "修护精华",
    null,
    299,
    199,
    90,
    46556,
    "2027年6月1日",
    "天猫,京东",
  ];
  // Row 7 blank; row 8's List price is a lookup that failed.
  products.getRow(8).values = [
    "辅推",
    "KA-103",
    "口红",
    "待定价",
    { formula: "VLOOKUP(B8,价目!A:B,2,0)", result: { error: "#N/A" } },
    59,
    20,
    null,
    null,
    "天猫",
  ];

  const promos = book.addWorksheet("活动");
  promos.getCell("A1").value = "活动排期（618 / 双11）";
  promos.getRow(2).values = [
    "SKU",
    "平台",
    "活动名称",
    "开始日期",
    "结束日期",
    "活动价",
    "活动后价格",
    "预计销量",
    "备注",
  ];
  const june16 = new Date(Date.UTC(2027, 5, 16));
  const june18 = new Date(Date.UTC(2027, 5, 18));
  promos.getRow(3).values = ["KA-101", "天猫", "618", june16, june18, 329, 399, 500, "主会场"];
  promos.getCell("D3").numFmt = "yyyy-mm-dd";
  promos.getCell("E3").numFmt = "yyyy-mm-dd";
  promos.getRow(4).values = ["KA-102", "京东", "618", "2027-06-16", "2027-06-20", 249, 299, 300];
  promos.getRow(5).values = ["KA-999", "天猫", "618", "2027-06-16", "2027-06-18", 99, null, 100];
  promos.getRow(6).values = ["KA-101", "抖音", "双11", 46700, "2027.11.11", 339, null, 400];
  promos.getRow(7).values = ["KA-102", "天猫", "店庆", "6/7/2027", "2027-06-08", 259, null, 100];

  const waivers = book.addWorksheet("豁免");
  waivers.addRow(["规则", "单元格或SKU", "原因", "有效期至", "负责人"]);
  waivers.addRow(["PROMO_TOO_LONG", "活动!E4", "京东 618 会场要求 5 天", null, "李娜"]);

  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("planner"));
  file = join(dir, "我的计划.xlsx");
  await writePlannerWorkbook(file);
});
afterAll(() => cleanup());

describe("validate --json", () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let json: ValidateJson;
  beforeAll(async () => {
    run = await runCli(["validate", file, "--json"]);
    json =
      run.code === 1
        ? (JSON.parse(run.stdout) as ValidateJson)
        : { findings: [], counts: { error: -1, warning: -1, waived: -1 } };
  });

  it("exits 1 (there are errors) with nothing on stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("prints exactly { findings, counts } with the spec's finding shape", () => {
    expect(Object.keys(json)).toEqual(["findings", "counts"]);
    expect(Object.keys(json.counts)).toEqual(["error", "warning", "waived"]);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(
        f.waived
          ? [
              "rule",
              "severity",
              "sheet",
              "row",
              "column",
              "address",
              "message",
              "related",
              "waived",
              "reason",
            ]
          : ["rule", "severity", "sheet", "row", "column", "address", "message", "related"]
      );
      expect(f.message).not.toBe("");
      expect(f.address).toBe(`${f.sheet}!${f.column}${f.row}`);
    }
  });

  it("points at the planner's own cells: the #N/A, the unknown SKU, the ambiguous date, the waived long promotion", () => {
    expect(
      json.findings.map(({ rule, severity, address, related, waived, reason }) => ({
        rule,
        severity,
        address,
        related,
        waived,
        reason,
      }))
    ).toEqual([
      {
        rule: "DQ_ERROR_VALUE",
        severity: "error",
        address: "产品!E8",
        related: [],
        waived: undefined,
        reason: undefined,
      },
      {
        rule: "PROMO_TOO_LONG",
        severity: "error",
        address: "活动!E4",
        related: ["活动!D4"],
        waived: true,
        reason: "京东 618 会场要求 5 天",
      },
      {
        rule: "DQ_UNKNOWN_SKU",
        severity: "error",
        address: "活动!A5",
        related: [],
        waived: undefined,
        reason: undefined,
      },
      {
        rule: "DQ_AMBIGUOUS_DATE",
        severity: "error",
        address: "活动!D7",
        related: [],
        waived: undefined,
        reason: undefined,
      },
    ]);
    expect(json.counts).toEqual({ error: 3, warning: 0, waived: 1 });
  });

  it("messages name what the planner typed, in English by default", () => {
    const byRule = new Map(json.findings.map((f) => [f.rule, f.message]));
    expect(byRule.get("DQ_ERROR_VALUE")).toContain("#N/A");
    expect(byRule.get("DQ_UNKNOWN_SKU")).toContain("KA-999");
    expect(byRule.get("DQ_AMBIGUOUS_DATE")).toContain("6/7/2027");
    expect(byRule.get("PROMO_TOO_LONG")).toMatch(/5 days/);
  });
});

it("the table lists open findings, then the waived one with its reason, then the counts", async () => {
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(1);
  const lines = run.stdout.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^Severity {2,}Rule {2,}Cell {2,}Message$/);
  const cellColumn = lines[0].indexOf("Cell");
  expect(lines[1]).toMatch(/^error +DQ_ERROR_VALUE +产品!E8 +/);
  expect(lines[2]).toMatch(/^error +DQ_UNKNOWN_SKU +活动!A5 +/);
  expect(lines[3]).toMatch(/^error +DQ_AMBIGUOUS_DATE +活动!D7 +/);
  // Columns line up (a CJK character takes two terminal columns).
  for (const l of lines.slice(1, 4))
    expect(l.indexOf("产品") === cellColumn || l.indexOf("活动") === cellColumn).toBe(true);
  expect(lines[4]).toBe("");
  expect(lines[5]).toBe("Waived:");
  expect(lines[7]).toMatch(
    /^error +PROMO_TOO_LONG +活动!E4 +.*\(waived: 京东 618 会场要求 5 天\)$/
  );
  expect(lines[lines.length - 1]).toBe("3 errors, 0 warnings, 1 waived");
});

it("--lang zh-CN: Chinese labels and messages", async () => {
  const run = await runCli(["validate", file, "--lang", "zh-CN"]);
  expect(run.code).toBe(1);
  const lines = run.stdout.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^严重程度 +规则 +单元格 +说明$/);
  expect(lines[1]).toMatch(/^错误 +DQ_ERROR_VALUE +产品!E8 +.*[\u4e00-\u9fff]/);
  expect(lines).toContain("已豁免：");
  expect(lines[lines.length - 1]).toBe("3 个错误，0 个警告，1 个已豁免");
});
