import {
  offlineSoldOnline,
  offlineSoldOnlineBreach,
  onlineListings,
} from "../../../src/core/rules/offlineSoldOnline";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const promo = (sku: string, platform: string) => ({
  sku,
  platform,
  start: d("2027-06-18"),
  end: d("2027-06-18"),
  promoPrice: 80,
});

describe("OFFLINE_SOLD_ONLINE", () => {
  it("points at the Platform of an offline-only product's online promotions and prices, related to its Tier", () => {
    const plan = planOf({
      products: [
        { sku: "OFF", tier: "offline-only", platforms: ["Offline"] },
        { sku: "ON", tier: "secondary", platforms: ["Tmall"] },
      ],
      promotions: [promo("OFF", "Offline"), promo("OFF", "Tmall"), promo("ON", "Tmall")],
      prices: [
        { sku: "OFF", platform: "JD", price: 90, effectiveFrom: d("2027-01-01") },
        { sku: "OFF", platform: "Offline", price: 90, effectiveFrom: d("2027-01-01") },
      ],
    });
    const hits = hitsOf(offlineSoldOnline, plan);
    expect(hits.map((h) => [h.address, h.related, h.sku])).toEqual([
      ["Promotions!B3", ["Products!D2"], "OFF"],
      ["Prices!B2", ["Products!D2"], "OFF"],
    ]);
    expect(render(offlineSoldOnline, hits[0].params)).toBe(
      "Offline-only SKU OFF must not be sold on Tmall: change the platform to Offline, remove it, or change the SKU's Tier."
    );
    expect(render(offlineSoldOnline, hits[1].params, "zh-CN")).toContain("不得在京东销售");
  });

  it("points at the Products Platforms cell when it lists an online platform for an offline-only product", () => {
    const plan = planOf({
      products: [
        { sku: "OFF", tier: "offline-only", platforms: ["Offline", "Tmall", "JD"] },
        { sku: "OK", tier: "offline-only", platforms: [] },
      ],
    });
    const hits = hitsOf(offlineSoldOnline, plan);
    expect(hits.map((h) => [h.address, h.related])).toEqual([["Products!L2", ["Products!D2"]]]);
    expect(hits[0].params).toEqual({ sku: "OFF", platform: "Tmall, JD", platformZh: "天猫、京东" });
  });

  it("is clean for an offline-only product sold only offline", () => {
    const plan = planOf({
      products: [{ sku: "OFF", tier: "offline-only", platforms: ["Offline"] }],
      promotions: [promo("OFF", "Offline")],
      prices: [{ sku: "OFF", platform: "Offline", price: 90, effectiveFrom: d("2027-01-01") }],
    });
    expect(hitsOf(offlineSoldOnline, plan)).toEqual([]);
  });

  it("exposes the predicates", () => {
    expect(offlineSoldOnlineBreach("线下专供", "Tmall")).toBe(true);
    expect(offlineSoldOnlineBreach("offline only", "Offline")).toBe(false);
    expect(offlineSoldOnlineBreach("hero", "Tmall")).toBe(false);
    expect(onlineListings("offline-only", ["Offline", "Douyin"])).toEqual(["Douyin"]);
    expect(onlineListings("launch", ["Douyin"])).toEqual([]);
  });
});
