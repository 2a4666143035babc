import { OutputSheetConflict } from "../../src/core/outputSheets";
import { buildIndex } from "../../src/core/planIndex";
import type { WorkbookPort } from "../../src/core/port";
import { reviewInputsOf, reviewLayout, type ReviewLayout } from "../../src/core/review";
import type { SaleRow } from "../../src/core/plan";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { d, planOf } from "../core/fixtures";
import { FakeExcel } from "./fakeExcel";

const sales: Partial<SaleRow>[] = [];
for (let day = d("2027-06-01"); day <= d("2027-06-25"); day++)
  sales.push({
    date: day,
    sku: "A",
    platform: "Tmall",
    visitors: 500,
    buyers: 10,
    units: day >= d("2027-06-16") && day <= d("2027-06-18") ? 40 : 10,
    revenue: 1000,
  });

function layoutOf(): ReviewLayout {
  const plan = planOf({
    products: [{ sku: "A", unitCost: 40, stock: 500, tier: "hero" }],
    promotions: [
      {
        sku: "A",
        platform: "Tmall",
        start: d("2027-06-16"),
        end: d("2027-06-18"),
        promoPrice: 90,
        expectedUnits: 100,
      },
      {
        sku: "A",
        platform: "Tmall",
        start: d("2027-07-10"),
        end: d("2027-07-12"),
        promoPrice: 90,
        expectedUnits: 300,
      },
    ],
    sales,
  });
  return reviewLayout(reviewInputsOf(plan, buildIndex(plan), "en"));
}

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;
const setUp = (sheets: string[]): void => {
  fake = new FakeExcel(sheets);
  uninstall = fake.install("en-US", "1.17");
  port = createExcelWorkbook();
};
afterEach(() => uninstall());

describe("writeReview (the Review sheet in Excel)", () => {
  test("writes every cell of the layout, a text where there is no number", async () => {
    setUp(["Products", "Sales"]);
    const layout = layoutOf();
    await port.writeReview(layout);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Products", "Sales", "Review"]);
    layout.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const a1 = `${layout.columns[c].letter}${r + 1}`;
        expect(fake.cell("Review", a1)?.value).toBe(v);
      })
    );
    expect(fake.cell("Review", "A1")?.value).toBe("Promotion review (复盘)");
    // The after period of the July promotion does not exist yet; its last-year change has no data: never a 0.
    const texts = layout.rows.flat().filter((v) => v === "not enough data");
    expect(texts.length).toBeGreaterThan(0);
  });

  test("rewrites our Review sheet in place; a planner's own 'Review' is left alone (OutputSheetConflict)", async () => {
    setUp(["Review", "Sales"]);
    await port.writeReview(layoutOf());
    await port.writeReview(layoutOf());
    expect(fake.sheets.map((s) => s.name)).toEqual(["Review", "Sales"]);
    setUp(["Products", "Review"]);
    fake.type("Review", "B3", "my notes");
    const err = await port.writeReview(layoutOf()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect(fake.cell("Review", "B3")?.value).toBe("my notes");
  });
});
