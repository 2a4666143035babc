import { doubleBooked } from "../../../src/core/rules/doubleBooked";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (platform: string, start: string, end: string, sku = "SKU1") => ({
  sku,
  platform,
  start: d(start),
  end: d(end),
  promoPrice: 80,
});

describe("DOUBLE_BOOKED", () => {
  it("flags overlapping promotions on two platforms at the later-starting one's Platform", () => {
    const plan = planOf({
      promotions: [
        promo("JD", "2027-06-20", "2027-06-22"),
        promo("Tmall", "2027-06-18", "2027-06-20"),
      ],
    });
    expect(hitsOf(doubleBooked, plan)).toEqual([
      {
        address: "Promotions!B2",
        params: {
          platform: "JD",
          start: "2027-06-20",
          end: "2027-06-22",
          otherPlatform: "Tmall",
          otherStart: "2027-06-18",
          otherEnd: "2027-06-20",
        },
        related: ["Promotions!B3"],
        sku: "SKU1",
      },
    ]);
  });

  it("accepts back-to-back promotions and overlaps on one platform", () => {
    expect(
      addressesOf(
        doubleBooked,
        planOf({
          promotions: [
            promo("Tmall", "2027-06-18", "2027-06-20"),
            promo("JD", "2027-06-21", "2027-06-23"),
          ],
        })
      )
    ).toEqual([]);
    expect(
      addressesOf(
        doubleBooked,
        planOf({
          promotions: [
            promo("Tmall", "2027-06-18", "2027-06-20"),
            promo("Tmall", "2027-06-19", "2027-06-23"),
          ],
        })
      )
    ).toEqual([]);
  });

  it("compares per SKU", () => {
    expect(
      addressesOf(
        doubleBooked,
        planOf({
          promotions: [
            promo("Tmall", "2027-06-18", "2027-06-20"),
            promo("JD", "2027-06-18", "2027-06-20", "SKU2"),
          ],
        })
      )
    ).toEqual([]);
  });

  it("with equal Starts, points at the row further down the sheet", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-18", "2027-06-20"),
        promo("JD", "2027-06-18", "2027-06-19"),
      ],
    });
    expect(hitsOf(doubleBooked, plan)).toEqual([
      expect.objectContaining({ address: "Promotions!B3", related: ["Promotions!B2"] }),
    ]);
  });

  it("sees a long promotion overlapping several later ones", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-30"),
        promo("JD", "2027-06-10", "2027-06-12"),
        promo("Taobao", "2027-06-20", "2027-06-21"),
        promo("JD", "2027-07-01", "2027-07-02"),
      ],
    });
    expect(hitsOf(doubleBooked, plan)).toEqual([
      expect.objectContaining({ address: "Promotions!B3", related: ["Promotions!B2"] }),
      expect.objectContaining({ address: "Promotions!B4", related: ["Promotions!B2"] }),
    ]);
  });

  it("relates every platform it overlaps", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-05"),
        promo("JD", "2027-06-02", "2027-06-06"),
        promo("Taobao", "2027-06-05", "2027-06-07"),
      ],
    });
    expect(hitsOf(doubleBooked, plan)).toEqual([
      expect.objectContaining({ address: "Promotions!B3", related: ["Promotions!B2"] }),
      expect.objectContaining({
        address: "Promotions!B4",
        related: ["Promotions!B2", "Promotions!B3"],
      }),
    ]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      doubleBooked,
      planOf({
        promotions: [
          promo("Tmall", "2027-06-18", "2027-06-20"),
          promo("JD", "2027-06-19", "2027-06-21"),
        ],
      })
    );
    expect(renderMessage(doubleBooked, hit.params)).toBe(
      "This SKU is also in a Tmall promotion from 2027-06-18 to 2027-06-20, overlapping this JD promotion (2027-06-19 to 2027-06-21)."
    );
    expect(renderMessage(doubleBooked, hit.params, "zh-CN")).toBe(
      "该 SKU 在 Tmall 的活动（2027-06-18 至 2027-06-20）与本 JD 活动（2027-06-19 至 2027-06-21）时间重叠。"
    );
  });
});
