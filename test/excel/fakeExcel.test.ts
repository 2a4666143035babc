/** The fake Excel is only worth its tests if it is honest: real API members only, Office.js load/sync and input rules. */
import { readFileSync } from "fs";
import { join } from "path";
import { BASE_MEMBERS, FAKE_CLASSES, FakeExcel, sheetsNamedIn } from "./fakeExcel";
import { CHART_CLASSES } from "./fakeCharts";

/** Classes of the Excel, OfficeCore and OfficeExtension namespaces of @types/office-js: members and base class. */
function officeClasses(): Map<string, { members: Set<string>; base?: string }> {
  const text = readFileSync(
    join(__dirname, "../../node_modules/@types/office-js/index.d.ts"),
    "utf8"
  );
  const lines = text.split("\n");
  const out = new Map<string, { members: Set<string>; base?: string }>();
  let ns: string | undefined;
  let cls: { members: Set<string>; base?: string } | undefined;
  for (const line of lines) {
    const nsm = /^declare namespace (\w+) \{/.exec(line);
    if (nsm) {
      ns = nsm[1];
      continue;
    }
    if (ns === undefined) continue;
    if (line === "}") {
      ns = undefined;
      continue;
    }
    const cm = /^ {4}class (\w+)(?:<[^>]*>)?(?: extends ([\w.]+)(?:<[^>]*>)?)? \{/.exec(line);
    if (cm) {
      const base = cm[2] === undefined ? undefined : cm[2].includes(".") ? cm[2] : `${ns}.${cm[2]}`;
      cls = { members: new Set(), base };
      // A name declared twice (Excel.Range in a later block) merges.
      const name = `${ns}.${cm[1]}`;
      const prior = out.get(name);
      if (prior) {
        cls = prior;
        if (base) prior.base = base;
      } else out.set(name, cls);
      continue;
    }
    if (cls && /^ {4}\}/.test(line)) {
      cls = undefined;
      continue;
    }
    const mm = /^ {8}(?:readonly |static )?([A-Za-z_$][\w$]*)\??\s*[(:<]/.exec(line);
    if (cls && mm) cls.members.add(mm[1]);
  }
  return out;
}

const CLASSES = officeClasses();

function membersWithBases(name: string): Set<string> {
  const out = new Set<string>();
  for (let c = CLASSES.get(name); c; c = c.base ? CLASSES.get(c.base) : undefined)
    for (const m of c.members) out.add(m);
  return out;
}

function ownMembers(proto: object): string[] {
  return Object.getOwnPropertyNames(proto).filter((n) => n !== "constructor" && !n.startsWith("_"));
}

/** What code can reach on a fake object: the members along its prototype chain. */
function visibleMembers(proto: object): string[] {
  const out = new Set<string>();
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const n of ownMembers(p)) out.add(n);
  return [...out];
}

describe("the fake Excel", () => {
  test("the type declarations were found (a parse that finds nothing would prove nothing)", () => {
    expect(CLASSES.get("Excel.Range")?.members.has("getUsedRangeOrNullObject")).toBe(true);
    expect(CLASSES.get("Excel.Range")?.members.has("setValues")).toBe(false);
    // Range.copyFrom (ExcelApi 1.9), which the fake's Range has: checked with the others below.
    expect(CLASSES.get("Excel.Range")?.members.has("copyFrom")).toBe(true);
    expect(CLASSES.get("OfficeExtension.ClientObject")?.members.has("isNullObject")).toBe(true);
    expect(membersWithBases("Excel.RequestContext").has("sync")).toBe(true);
  });

  test.each([...FAKE_CLASSES, ...CHART_CLASSES].map((c) => [c.excel, c]))(
    "every member of the fake %s is a member of the real class",
    (_name, c) => {
      const real = membersWithBases(`${c.namespace}.${c.excel}`);
      expect(real.size).toBeGreaterThan(0);
      const visible = visibleMembers(c.fake.prototype);
      expect(ownMembers(c.fake.prototype).length).toBeGreaterThan(0);
      expect(visible.filter((m) => !real.has(m))).toEqual([]);
    }
  );

  test("the members every fake object inherits are real too", () => {
    expect(ownMembers(BASE_MEMBERS.fake.prototype).sort()).toEqual(
      BASE_MEMBERS.members.map((m) => m.name).sort()
    );
    expect(CLASSES.get("OfficeExtension.ClientObject")?.members.has("context")).toBe(true);
    expect(CLASSES.get("OfficeExtension.ClientObject")?.members.has("isNullObject")).toBe(true);
  });

  test("calling a method Excel does not have fails, so does setting a property it does not have", async () => {
    const fake = new FakeExcel(["Data"]);
    const run = fake.api().run;
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
        (r as unknown as { setValues(v: unknown): void }).setValues([[1]]);
      })
    ).rejects.toThrow('Excel.Range has no member "setValues"');
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
        (r as unknown as { value: unknown }).value = 1;
      })
    ).rejects.toThrow('Excel.Range has no member "value"');
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        (ctx.workbook.worksheets as unknown as { getItemByName(n: string): unknown }).getItemByName(
          "Data"
        );
      })
    ).rejects.toThrow("WorksheetCollection has no member");
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
        (r as unknown as { rowCount: number }).rowCount = 3;
      })
    ).rejects.toThrow("read-only");
  });

  test("a property is readable only after load and sync", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.addSheet("More", [["x", 1]]);
    // This test reads before load and sync on purpose: the office-addins lint rules flag exactly that.
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await fake.api().run(async (context: Excel.RequestContext) => {
      const r = context.workbook.worksheets.getItem("More").getRange("A1:B1");
      expect(() => r.values).toThrow("PropertyNotLoaded");
      r.load("values,valueTypes");
      expect(() => r.values).toThrow("PropertyNotLoaded");
      await context.sync();
      expect(r.values).toEqual([["x", 1]]);
      expect(r.valueTypes).toEqual([["String", "Double"]]);
      expect(() => r.address).toThrow("PropertyNotLoaded");
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    expect(fake.syncs).toBe(1);
    expect(fake.batches[0].response).toBeGreaterThan(0);
  });

  test("writes follow Office.js input rules", async () => {
    const fake = new FakeExcel(["Data"]);
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:C1").formulas = [["=SUM(1,2)", "'=text", "#N/A"]];
      ws.getRange("A2:B2").values = [[null, 5]];
      expect(() => {
        ws.getRange("A1:B2").values = [[1, 2, 3]];
      }).toThrow("does not match");
      ws.getRange("A3:A4").numberFormat = [["0%"]];
      await ctx.sync();
    });
    expect(fake.cell("Data", "A1")).toEqual({ value: "", formula: "=SUM(1,2)" });
    expect(fake.cell("Data", "B1")?.value).toBe("=text");
    expect(fake.cell("Data", "C1")).toEqual({ value: "#N/A", error: true });
    expect(fake.cell("Data", "A2")).toBeUndefined();
    expect(fake.cell("Data", "A4")?.numFmt).toBe("0%");
    expect(fake.batches[0].request).toBeGreaterThan(20);
  });

  test("a batch over 5 MB fails as it does in Excel on the web", async () => {
    const fake = new FakeExcel(["Data"]);
    const big = Array.from({ length: 60000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]);
    await expect(
      fake.api().run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem("Data").getRange(`A1:A${big.length}`).values = big;
        await ctx.sync();
      })
    ).rejects.toThrow("RequestPayloadSizeLimitExceeded");
  });

  test("a missing worksheet's ranges and charts: null objects by default, InvalidObjectPath when told", async () => {
    const fake = new FakeExcel(["Data"]);
    // What src/excel/outputSheet.ts asks of each sheet it looks for.
    const probe = (ws: Excel.Worksheet) => {
      const a1 = ws.getRange("A1");
      a1.load("values");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      const charts = ws.charts;
      charts.load("count");
      return { ws, a1, used, charts };
    };
    const seen = (p: ReturnType<typeof probe>) => ({
      nulls: [p.ws.isNullObject, p.a1.isNullObject, p.used.isNullObject, p.charts.isNullObject],
      values: p.a1.values,
    });
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const p = probe(ctx.workbook.worksheets.getItemOrNullObject("Nowhere"));
      await ctx.sync();
      expect(seen(p)).toEqual({ nulls: [true, true, true, true], values: null });
      const data = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => p.charts.add("Line", data, "Columns")).toThrow("InvalidObjectPath");
    });
    fake.nullWorksheetChildren = "throw";
    await expect(
      fake.api().run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItemOrNullObject("Nowhere").getRange("A1").load("values");
        await ctx.sync();
      })
    ).rejects.toThrow("InvalidObjectPath");
  });

  test("sheetsNamedIn finds quoted, unquoted and Chinese sheet names, never text or another workbook", () => {
    expect(
      sheetsNamedIn(
        `=IFERROR(INDEX(Products!$E:$E,MATCH(A2,'My plan ''27'!$A:$A,0)),"x!y")+产品!B2+'活动 表'!C3+[Book.xlsx]Sheet1!A1+SUM(B$2:B2)`
      )
    ).toEqual(["Products", "My plan '27", "产品", "活动 表"]);
    expect(sheetsNamedIn("=Lists!$A$2:$A$200")).toEqual(["Lists"]);
    expect(sheetsNamedIn('=AND($K2<>"","ops-planner"<>"")')).toEqual([]);
  });

  test.each([
    ["an unquoted name", "=Calendar!$B:$B", "Calendar"],
    ["a quoted name with spaces", "='My calendar'!B2", "My calendar"],
    ["a Chinese name", '=COUNTIFS(日历!$B:$B,">0")', "日历"],
    ["a quoted Chinese name with a space", "=SUM('活动 表'!C:C)", "活动 表"],
  ])(
    "a formula naming a sheet missing at that point of the batch is refused (%s); added before it, it is taken",
    async (_what, formula, sheet) => {
      const fake = new FakeExcel(["Data"]);
      await expect(
        fake.api().run(async (ctx: Excel.RequestContext) => {
          ctx.workbook.worksheets.getItem("Data").getRange("A1").formulas = [[formula]];
          ctx.workbook.worksheets.add(sheet);
          await ctx.sync();
        })
      ).rejects.toThrow(`names the sheet "${sheet}", which does not exist`);
      const later = new FakeExcel(["Data"]);
      await later.api().run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.add(sheet);
        ctx.workbook.worksheets.getItem("Data").getRange("A1").formulas = [[formula]];
        await ctx.sync();
      });
      expect(later.cell("Data", "A1")?.formula).toBe(formula);
    }
  );

  test("a workbook name, a dropdown source and a conditional format naming a missing sheet are refused too", async () => {
    const fake = new FakeExcel(["Data"]);
    const run = fake.api().run;
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.names.add("PlanYear", "=Settings!$B$2");
      })
    ).rejects.toThrow('names the sheet "Settings"');
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B2:B9").dataValidation.rule = {
          list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" },
        };
      })
    ).rejects.toThrow('names the sheet "Lists"');
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        const cf = ctx.workbook.worksheets
          .getItem("Data")
          .getRange("A2:C9")
          .conditionalFormats.add("Custom");
        cf.custom.rule.formula = '=Flags!$K2<>""';
      })
    ).rejects.toThrow('names the sheet "Flags"');
  });

  test("a conditional format's formula reads relative to the range it is fetched through, and is set so (office-js#5194)", async () => {
    const fake = new FakeExcel(["Data"]);
    const formulas: string[] = [];
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A2:K1000").conditionalFormats.add("Custom").custom.rule.formula = '=$K2<>""';
      ws.getRange("B2:C3").conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
      const through = [ws.getRange(), ws.getRange("A2:K1000"), ws.getRange("C5")].map((r) => {
        const c = r.conditionalFormats;
        c.load("items/type");
        return c;
      });
      await ctx.sync();
      const rules = through.flatMap((c) =>
        c.items.map((cf) => {
          const rule = cf.custom.rule;
          rule.load("formula");
          return rule;
        })
      );
      await ctx.sync();
      for (const r of rules) formulas.push(r.formula);
      // Set through the sheet's A1 range, a formula is taken relative to A1 too.
      const all = through[0].items[0];
      all.custom.rule.formula = '=$K1<>"x"';
      await ctx.sync();
    });
    expect(formulas).toEqual(['=$K1<>""', "=XFD1048576>0", '=$K2<>""', "=XFD1>0", '=$K5<>""']);
    expect(fake.sheet("Data")?.cfs[0].formula).toBe('=$K2<>"x"');
  });
});
