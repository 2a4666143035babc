import { planWorkbookLayout } from "../../../src/core/write/planWorkbook";
import { planFindings, planUpdate, type SheetWrite } from "../../../src/core/write/update";
import { grownTable } from "../../../src/core/write/update/table";

const extent = { firstColumn: "A", lastColumn: "F", headerRow: 1, lastRow: 40 };

describe("grownTable", () => {
  test("the table on the header row grows to the extent's last column and row", () => {
    const tables = [{ name: "tblX", sheet: "Products", range: "A1:D10" }];
    expect(grownTable(tables, "Products", extent, false)).toEqual({
      name: "tblX",
      range: "A1:F40",
    });
  });

  test("never shrinks a user's larger table, unless replaced rows end it (one data row at least)", () => {
    const tables = [{ name: "tblX", sheet: "Products", range: "A1:H90" }];
    expect(grownTable(tables, "Products", extent, false)?.range).toBe("A1:H90");
    expect(grownTable(tables, "Products", extent, true)?.range).toBe("A1:H40");
    expect(grownTable(tables, "Products", { ...extent, lastRow: 1 }, true)?.range).toBe("A1:H2");
  });

  test("a table of another sheet, on another row or beside the columns is not grown", () => {
    expect(
      grownTable([{ name: "t", sheet: "Prices", range: "A1:D10" }], "Products", extent, false)
    ).toBeUndefined();
    expect(
      grownTable([{ name: "t", sheet: "Products", range: "A3:D10" }], "Products", extent, false)
    ).toBeUndefined();
    expect(
      grownTable([{ name: "t", sheet: "Products", range: "H1:J10" }], "Products", extent, false)
    ).toBeUndefined();
    expect(grownTable(undefined, "Products", extent, false)).toBeUndefined();
  });
});

describe("the plan carries the final table range", () => {
  const layout = planWorkbookLayout({
    lang: "en",
    year: 2027,
    sample: true,
    today: new Date(2026, 5, 1),
    formulas: true,
  });

  test("a new sheet's final table is the table it adds", () => {
    const u = planUpdate([], layout, { sample: true });
    for (const p of u.sheets as SheetWrite[]) expect(p.finalTable).toEqual(p.table);
  });

  test("an existing sheet's table grows with the rows the update adds; its name is taken", () => {
    const products = layout.sheets.find((s) => s.id === "products");
    if (!products) throw new Error("no products");
    const u = planUpdate([{ name: "Products", rows: [products.headers.slice()] }], layout, {
      sample: true,
      tables: [{ name: "tblProducts", sheet: "Products", range: "A1:B2" }],
    });
    const p = u.sheets.find((s) => s.layout.id === "products") as SheetWrite;
    expect(p.kind).toBe("update");
    expect(p.finalTable).toEqual({
      name: "tblProducts",
      range: `A1:${p.extent.lastColumn}${products.rows.length + 1}`,
    });
    const created = u.sheets.filter((s): s is SheetWrite => s.kind === "create");
    expect(created.map((s) => s.table?.name)).not.toContain("tblProducts");
  });

  test("planFindings takes the tables or only their names", () => {
    const header = [["Severity", "Rule", "Sheet", "Cell", "Message"]];
    const existing = [{ name: "Findings", rows: [...header, ["error", "R", "S", "A1", "m"]] }];
    const withTables = planFindings(existing, [], "en", [
      { name: "tblFindings", sheet: "Findings", range: "A1:E30" },
    ]);
    expect(withTables.finalTable).toEqual({ name: "tblFindings", range: "A1:E2" });
    expect(planFindings(existing, [], "en", ["tblFindings"]).finalTable).toBeUndefined();
  });
});
