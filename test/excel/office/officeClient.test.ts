/**
 * Office.js's own Excel client against the fake workbook: the client's proxies, load/sync and serializer, our
 * answering side (fakeExcelHost.ts). What the client does here is what it does in Excel on the web.
 */
import { FakeExcel } from "../fakeExcel";
import { installOfficeClient, type InstalledClient } from "./installOfficeClient";
import { loadOfficeClient, SHIPPED_CLIENT_FILE } from "./loadOfficeClient";
import { ActionType, ObjectPathType } from "./richApi";

let fake: FakeExcel;
let installed: InstalledClient;

function setUp(options: Parameters<typeof installOfficeClient>[1] = {}): void {
  fake = new FakeExcel(["Sheet1", "Plan"]);
  installed = installOfficeClient(fake, { keepBodies: true, ...options });
}
afterEach(() => installed?.uninstall());

describe("the client loads and round-trips through the fake", () => {
  test("a value written through Excel.run is in the fake and reads back through the client", async () => {
    setUp();
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("B2:C2").values = [[42, "text"]];
      const r = sheet.getRange("B2:C3");
      r.load("values,address,valueTypes");
      await context.sync();
      return { values: r.values, address: r.address, types: r.valueTypes };
    });
    expect(fake.cell("Plan", "B2")?.value).toBe(42);
    expect(fake.cell("Plan", "C2")?.value).toBe("text");
    expect(JSON.parse(JSON.stringify(read))).toEqual({
      values: [
        [42, "text"],
        ["", ""],
      ],
      address: "Plan!B2:C3",
      types: [
        ["Double", "String"],
        ["Empty", "Empty"],
      ],
    });
    // What went over the wire is the client's own: PascalCase names, object paths by id.
    const body = installed.host.requests[0].body;
    expect(body?.Actions).toContainEqual(
      expect.objectContaining({
        ActionType: ActionType.SetProperty,
        Name: "Values",
        ArgumentInfo: { Arguments: [[[42, "text"]]] },
      })
    );
    expect(Object.values(body?.ObjectPaths ?? {})).toContainEqual(
      expect.objectContaining({
        ObjectPathType: ObjectPathType.Method,
        Name: "GetRange",
        ArgumentInfo: { Arguments: ["B2:C2"] },
      })
    );
    expect(installed.host.syncs).toBe(1);
  });

  test("a property read before load and sync throws the client's PropertyNotLoaded", async () => {
    setUp();
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Plan").getRange("A1");
        // On purpose: the read the rules forbid, to see the client refuse it.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        return r.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("collections load their items; a sheet added in one sync is reached by its id in the next", async () => {
    setUp();
    const names = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("New sheet");
      await context.sync();
      // The add path is invalid after its request: the client now names the sheet by the id the host gave.
      added.getRange("A1").values = [["after the sync"]];
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", "Plan", "New sheet"]);
    expect(fake.cell("New sheet", "A1")?.value).toBe("after the sync");
    const second = installed.host.requests[1].body;
    const sheetPath = Object.values(second?.ObjectPaths ?? {}).find(
      (p) => p.ObjectPathType === ObjectPathType.Indexer
    );
    expect(sheetPath?.ArgumentInfo?.Arguments).toEqual([fake.sheet("New sheet")?.id]);
  });

  test("getItemOrNullObject of a missing sheet is a null object; getItem of one fails with ItemNotFound", async () => {
    setUp();
    const isNull = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      await context.sync();
      return s.isNullObject;
    });
    expect(isNull).toBe(true);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("ranges are kept by reference within Excel.run and released in a cleanup request after it", async () => {
    setUp();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("A1");
      r.load("address");
      await context.sync();
      r.values = [["kept"]];
      await context.sync();
    });
    expect(fake.cell("Plan", "A1")?.value).toBe("kept");
    const paths = Object.values(installed.host.requests[1].body?.ObjectPaths ?? {});
    expect(paths.map((p) => p.ObjectPathType)).toContain(ObjectPathType.ReferenceId);
    expect(installed.host.requests.map((r) => r.kind)).toEqual(["batch", "batch", "cleanup"]);
    expect(installed.host.referencesKept).toBe(0);
  });

  test("a member of a newer ExcelApi than the host's is refused by the host (ApiNotFound), not by the client", async () => {
    setUp({ apiVersion: "1.9" });
    expect(installed.client.memberRequirements.get("Range.group")).toEqual({
      set: "ExcelApi",
      version: "1.10",
    });
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Plan").getRange("A1:A3");
        r.values = [[1], [2], [3]];
        r.group("ByRows");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    // The shipped client sends it (its own check is off): Excel runs the batch up to the member it lacks.
    expect(installed.host.syncs).toBe(1);
    expect(fake.cell("Plan", "A3")?.value).toBe(3);
    expect(fake.sheet("Plan")?.rowGroups).toBeUndefined();
  });

  test("a request over Excel on the web's 5 MB is refused whole: nothing of it is done", async () => {
    setUp();
    const big = "x".repeat(1000);
    const rows = Array.from({ length: 6000 }, () => [big]);
    await expect(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Plan");
        s.getRange("A1").values = [["first"]];
        s.getRange(`B1:B${rows.length}`).values = rows;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Plan", "A1")).toBeUndefined();
  });

  test("a failing command stops the batch there: the commands before it are done, none after", async () => {
    setUp();
    await expect(
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Plan").getRange("A1").values = [["before"]];
        sheets.add("Plan");
        sheets.getItem("Plan").getRange("A2").values = [["after"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.cell("Plan", "A1")?.value).toBe("before");
    expect(fake.cell("Plan", "A2")).toBeUndefined();
  });

  test("a member the fake lacks fails loudly (FakeHasNo), naming it", async () => {
    setUp();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").format.font.italic = true;
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "FakeHasNo",
      message: expect.stringMatching(/RangeFont\.italic/),
    });
  });

  test("the shipped (minified) build sends byte for byte what the debug build sends", async () => {
    const batch = async (context: Excel.RequestContext): Promise<void> => {
      const s = context.workbook.worksheets.getItem("Plan");
      s.getRange("A1:B2").formulas = [
        ["=1+1", "x"],
        [2, "y"],
      ];
      s.getRange("D2").hyperlink = { documentReference: "Plan!A1", textToDisplay: "Plan!A1" };
      const cf = s.getRange("A2:K9").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$K2<>""';
      cf.custom.format.fill.color = "#FFC7CE";
      s.getRange("A1:A3").load("values");
      await context.sync();
    };
    setUp();
    await installed.client.Excel.run(batch);
    const debug = installed.host.requests.map((r) => JSON.stringify(r.body));
    installed.uninstall();

    const shipped = loadOfficeClient(SHIPPED_CLIENT_FILE);
    setUp();
    installed.client.setHost(undefined);
    shipped.setHost(installed.host);
    shipped.setContext({
      displayLanguage: "en-US",
      requirements: { isSetSupported: (n) => n === "ExcelApi" },
    });
    try {
      await shipped.Excel.run(batch);
    } finally {
      shipped.setHost(undefined);
    }
    expect(installed.host.requests.map((r) => JSON.stringify(r.body))).toEqual(debug);
    expect(debug.length).toBeGreaterThan(0);
  });
});
