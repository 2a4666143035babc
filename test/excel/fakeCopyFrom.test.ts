/**
 * The fake's Range.copyFrom (copyType "Formulas"): references shift as Excel shifts them on a paste, the destination
 * repeats a source it holds a whole number of times, and what the fake does not model throws.
 */
import { FAKE_CLASSES, FakeExcel, shiftFormula } from "./fakeExcel";

test("copyFrom is a member of the fake Range, so fakeExcel.test.ts checks it against @types/office-js", () => {
  const range = FAKE_CLASSES.find((c) => c.excel === "Range");
  expect(Object.getOwnPropertyNames(range?.fake.prototype ?? {})).toContain("copyFrom");
  expect(Object.getOwnPropertyNames(range?.fake.prototype ?? {})).not.toContain("autoFill");
});

describe("shiftFormula: relative parts move, $-anchored parts stay", () => {
  test.each([
    ["=A1", 1, 1, "=B2"],
    ["=A1+$A1+A$1+$A$1", 2, 3, "=D3+$A3+D$1+$A$1"],
    ["=SUM(B2:C3)", 5, 0, "=SUM(B7:C8)"],
    ["=SUM($B2:C$3)", 1, 1, "=SUM($B3:D$3)"],
    // Whole columns and rows: only their own axis moves.
    ["=COUNTIF(A:A,B1)", 4, 1, "=COUNTIF(B:B,C5)"],
    ["=COUNTIF($A:B,1)", 4, 1, "=COUNTIF($A:C,1)"],
    ["=SUM(4:4)+SUM($2:3)", 2, 7, "=SUM(6:6)+SUM($2:5)"],
    // Sheet-qualified references: the sheet name is never a reference, the reference after "!" is.
    ["='Promotions'!B2", 1, 0, "='Promotions'!B3"],
    ["='It''s B2'!B2", 0, 1, "='It''s B2'!C2"],
    ["=Products!$C:$C", 9, 9, "=Products!$C:$C"],
    ["=Products!C2", 1, 1, "=Products!D3"],
    ["=产品!A1&产品A1", 1, 0, "=产品!A2&产品A1"],
    // Text is not touched; doubled quotes stay inside it.
    ['="A1 ""B2"" "&A1', 1, 1, '="A1 ""B2"" "&B2'],
    ['="<"&(D$3+7)', 0, 5, '="<"&(I$3+7)'],
    // Functions that look like references, names, numbers, errors.
    ["=LOG10(A1)+ATAN2(B1,C1)", 1, 0, "=LOG10(A2)+ATAN2(B2,C2)"],
    ["=MaxPromoDays+A1*1E5+PlanYear", 0, 2, "=MaxPromoDays+C1*1E5+PlanYear"],
    ["=IFERROR(A1,#REF!)", 1, 0, "=IFERROR(A2,#REF!)"],
    ["=Table1[Col A1]+A1", 1, 0, "=Table1[Col A1]+A2"],
    // Letters past XFD are names, not columns.
    ["=XFE1+XFD1", 0, 0, "=XFE1+XFD1"],
    // Without the "=" too (the layout's formulas), and lower-case references as Excel stores them.
    ["b$2*$c3", 1, 1, "C$2*$C4"],
  ])("%s moved by (%d, %d) is %s", (formula, dr, dc, want) => {
    expect(shiftFormula(formula, dr, dc)).toBe(want);
  });

  test("a reference shifted off the sheet throws (Excel's #REF! is not modelled)", () => {
    expect(() => shiftFormula("=A1", -1, 0)).toThrow("not modelled");
    expect(() => shiftFormula("=A1", 0, -1)).toThrow("not modelled");
    expect(shiftFormula("=$A$1", -5, -5)).toBe("=$A$1");
  });

  test("an unterminated string is an error, not a guess", () => {
    expect(() => shiftFormula('="abc', 1, 1)).toThrow("unterminated");
  });
});

describe("Range.copyFrom in the fake", () => {
  const run = async (fake: FakeExcel, f: (ws: Excel.Worksheet) => void): Promise<void> => {
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      f(ctx.workbook.worksheets.getItem("Data"));
      await ctx.sync();
    });
  };

  test("pastes formulas shifted, values as they are, blanks cleared, formats kept", async () => {
    const fake = new FakeExcel(["Data", "Other sheet"]);
    await run(fake, (ws) => {
      ws.getRange("A1:C1").formulas = [["=A2+$B$2+'Other sheet'!C3", 7, "#N/A"]];
      ws.getRange("A5:D5").formulas = [["old", "old", "old", "old"]];
      ws.getRange("A5:D5").numberFormat = [["0%", "0%", "0%", "0%"]];
      ws.getRange("A5:D5").copyFrom(ws.getRange("A1:D1"), "Formulas");
    });
    expect(fake.cell("Data", "A5")).toEqual({
      value: "",
      formula: "=A6+$B$2+'Other sheet'!C7",
      numFmt: "0%",
    });
    expect(fake.cell("Data", "B5")).toEqual({ value: 7, numFmt: "0%" });
    expect(fake.cell("Data", "C5")).toEqual({ value: "#N/A", error: true, numFmt: "0%" });
    expect(fake.cell("Data", "D5")).toEqual({ value: "", numFmt: "0%" });
    expect(fake.batches[0].request).toBeGreaterThan(0);
  });

  test("repeats a source the destination holds a whole number of times, down and across", async () => {
    const fake = new FakeExcel(["Data"]);
    await run(fake, (ws) => {
      ws.getRange("B2:C2").formulas = [["=A2*2", "=$A2+B$1"]];
      ws.getRange("B3:E6").copyFrom(ws.getRange("B2:C2"), "Formulas");
    });
    expect(fake.cell("Data", "B3")?.formula).toBe("=A3*2");
    expect(fake.cell("Data", "C3")?.formula).toBe("=$A3+B$1");
    expect(fake.cell("Data", "D3")?.formula).toBe("=C3*2");
    expect(fake.cell("Data", "E6")?.formula).toBe("=$A6+D$1");
    expect(fake.cell("Data", "F3")).toBeUndefined();
    expect(fake.cell("Data", "B7")).toBeUndefined();
  });

  test("a destination smaller than the source is expanded to it; a source may be an address", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.addSheet("Src", [[{ formula: "=A2" }, { formula: "=B2" }]]);
    await run(fake, (ws) => ws.getRange("D4").copyFrom("Src!A1:B1", "Formulas"));
    expect(fake.cell("Data", "D4")?.formula).toBe("=D5");
    expect(fake.cell("Data", "E4")?.formula).toBe("=E5");
    await run(fake, (ws) => ws.getRange("H1").copyFrom("D4", "Formulas"));
    expect(fake.cell("Data", "H1")?.formula).toBe("=H2");
  });

  test("a paste is an edit: onChanged for its cells after the batch, refused on a protected sheet", async () => {
    const fake = new FakeExcel(["Data"]);
    const seen: string[] = [];
    fake.handlers.add(async (args: Excel.WorksheetChangedEventArgs) => {
      seen.push(args.address);
    });
    const settle = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
    await run(fake, (ws) => (ws.getRange("A1").formulas = [["=B1"]]));
    await settle();
    expect(seen).toEqual(["A1"]);
    await run(fake, (ws) => ws.getRange("A2:A9").copyFrom(ws.getRange("A1"), "Formulas"));
    await settle();
    expect(seen).toEqual(["A1", "A2:A9"]);
    expect(fake.writes.at(-1)).toEqual(
      expect.objectContaining({ address: "A2:A9", kind: "copyFrom", data: "Data!A1" })
    );
    const sheet = fake.sheet("Data");
    if (sheet) sheet.protected = true;
    await expect(
      run(fake, (ws) => ws.getRange("B2:B9").copyFrom(ws.getRange("A1"), "Formulas"))
    ).rejects.toThrow("protected");
  });

  test("throws on what it does not model", async () => {
    const fake = new FakeExcel(["Data"]);
    const fails = (f: (ws: Excel.Worksheet) => void): Promise<void> =>
      expect(run(fake, f)).rejects.toThrow();
    await run(fake, (ws) => (ws.getRange("A1").formulas = [["=B1"]]));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRange("A1")));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRange("A1"), "All"));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRange("A1"), "Values"));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRange("A1"), "Formulas", true));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRange("A1"), "Formulas", false, true));
    await fails((ws) => ws.getRange("A2").copyFrom(ws.getRanges("A1"), "Formulas"));
    await fails((ws) => ws.getRange("A1:A3").copyFrom(ws.getRange("A1"), "Formulas"));
    await fails((ws) => ws.getRange("A2:A4").copyFrom(ws.getRange("A1:A2"), "Formulas"));
    await expect(run(fake, (ws) => ws.getRange("A2:A4").autoFill("A2:A9"))).rejects.toThrow(
      'Excel.Range has no member "autoFill"'
    );
    await run(fake, (ws) => ws.getRange("A2:A5").copyFrom(ws.getRange("A1"), "Formulas"));
    expect(fake.cell("Data", "A5")?.formula).toBe("=B5");
  });
});
