import type { CalendarEvent } from "../../../src/core/plan";
import { logisticsShutdown } from "../../../src/core/rules/logisticsShutdown";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (start: string, end: string) => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d(start),
  end: d(end),
  promoPrice: 80,
});
const springFestival: CalendarEvent = {
  event: "Spring Festival",
  from: d("2027-02-05"),
  to: d("2027-02-15"),
  kind: "shutdown",
};

describe("LOGISTICS_SHUTDOWN", () => {
  it("flags a promotion overlapping a shutdown at its Start, relating the shutdown's From", () => {
    const plan = planOf({
      calendar: [springFestival],
      promotions: [promo("2027-02-14", "2027-02-16")],
    });
    expect(hitsOf(logisticsShutdown, plan)).toEqual([
      {
        address: "Promotions!D2",
        params: {
          start: "2027-02-14",
          end: "2027-02-16",
          event: "Spring Festival",
          from: "2027-02-05",
          to: "2027-02-15",
        },
        related: ["Calendar!B2"],
        sku: "SKU1",
      },
    ]);
  });

  it("counts a single shared day at either end, and nothing beyond", () => {
    const plan = planOf({
      calendar: [springFestival],
      promotions: [
        promo("2027-02-03", "2027-02-05"),
        promo("2027-02-15", "2027-02-17"),
        promo("2027-02-02", "2027-02-04"),
        promo("2027-02-16", "2027-02-18"),
      ],
    });
    expect(addressesOf(logisticsShutdown, plan)).toEqual(["Promotions!D2", "Promotions!D3"]);
  });

  it("ignores festivals", () => {
    const plan = planOf({
      calendar: [{ ...springFestival, kind: "festival" }],
      promotions: [promo("2027-02-10", "2027-02-11")],
    });
    expect(addressesOf(logisticsShutdown, plan)).toEqual([]);
  });

  it("relates every overlapping shutdown", () => {
    const plan = planOf({
      calendar: [
        springFestival,
        { event: "Lantern", from: d("2027-02-17"), to: d("2027-02-18"), kind: "shutdown" },
      ],
      promotions: [promo("2027-02-15", "2027-02-17")],
    });
    expect(hitsOf(logisticsShutdown, plan)).toEqual([
      expect.objectContaining({
        address: "Promotions!D2",
        related: ["Calendar!B2", "Calendar!B3"],
      }),
    ]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      logisticsShutdown,
      planOf({ calendar: [springFestival], promotions: [promo("2027-02-14", "2027-02-16")] })
    );
    expect(renderMessage(logisticsShutdown, hit.params)).toBe(
      'Promotion (2027-02-14 to 2027-02-16) overlaps the logistics shutdown "Spring Festival" (2027-02-05 to 2027-02-15): orders cannot ship on time.'
    );
    expect(renderMessage(logisticsShutdown, hit.params, "zh-CN")).toBe(
      "活动（2027-02-14 至 2027-02-16）与物流停运期“Spring Festival”（2027-02-05 至 2027-02-15）重叠，订单无法按时发货。"
    );
  });
});
