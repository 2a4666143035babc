/** The sample plan of a plan year as rows by field (dates as serials), in English or 简体中文. */
import type { Lang } from "../schema/types";
import { anchorsOf } from "./anchors";
import { festivalCalendar } from "./calendar";
import { PLATFORM_SEEDS, platformRows } from "./platformProfiles";
import { CATEGORY, PRODUCTS } from "./catalog";
import { dailyRows } from "./daily";
import { listLabel, platformsLabel } from "./localise";
import { BUDGET, REGIONS, WAIVERS } from "./operations";
import { PRICES } from "./prices";
import { competitorRows, marketRows } from "./market";
import { PROMOTIONS, PROMO_WHEN } from "./promotions";
import { salesRows } from "./sales";
import { serviceRows } from "./service";
import { say, type SampleSheets } from "./types";

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Every sheet of the sample for plan year `year` (its Spring Festival must be known: see springFestival.ts). */
export function samplePlan(year: number, lang: Lang): SampleSheets {
  const a = anchorsOf(year);
  if (a.springFestival === undefined)
    throw new Error(`The sample needs the Spring Festival date of ${year}`);
  return {
    products: PRODUCTS.map((p) => ({
      sku: p.sku,
      name: p.name,
      category: say(CATEGORY[p.category], lang),
      tier: listLabel("tier", p.tier, lang),
      listPrice: p.list,
      floorPrice: opt(p.floor),
      unitCost: p.cost,
      stock: p.stock,
      launchDate: p.launch ? p.launch(a) : null,
      presaleStart: p.presale ? p.presale(a) : null,
      warehouseEntry: p.warehouse ? p.warehouse(a) : null,
      platforms: platformsLabel(p.platforms, lang),
      owner: p.owner,
    })),
    promotions: PROMOTIONS.map((p) => {
      const when = PROMO_WHEN[p.when];
      return {
        sku: p.sku,
        platform: listLabel("platform", p.platform, lang),
        activity: say(when.activity, lang),
        start: when.start(a),
        end: when.end(a),
        promoPrice: p.price,
        coupon: opt(p.coupon),
        postPromoPrice: opt(p.post),
        expectedUnits: p.units,
        depositStart: p.presale ? p.presale.depositStart(a) : null,
        depositEnd: p.presale ? p.presale.depositEnd(a) : null,
        deposit: p.presale ? p.presale.deposit : null,
        balanceStart: p.presale ? p.presale.balanceStart(a) : null,
        balanceEnd: p.presale ? p.presale.balanceEnd(a) : null,
      };
    }),
    prices: PRICES.map((p) => ({
      sku: p.sku,
      platform: listLabel("platform", p.platform, lang),
      price: p.price,
      effectiveFrom: p.from(a),
    })),
    budget: BUDGET.map((b) => ({
      channel: listLabel("channel", b.channel, lang),
      amount: b.amount,
      min: opt(b.min),
      max: opt(b.max),
      expectedCpc: opt(b.cpc),
      expectedConversion: opt(b.conversion),
      expectedRevenue: opt(b.revenue),
    })),
    daily: dailyRows(a).rows.map((r) => ({
      ...r,
      platform: listLabel("platform", String(r.platform), lang),
      channel: typeof r.channel === "string" ? listLabel("channel", r.channel, lang) : null,
    })),
    regions: REGIONS.map((r) => ({
      region: r.region,
      ordersShare: r.share,
      warehouse: opt(r.warehouse),
      deliveryDays: r.deliveryDays,
    })),
    waivers: WAIVERS.map((w) => ({
      rule: w.rule,
      target: w.target,
      reason: say(w.reason, lang),
      until: a.day(12, 31),
      owner: w.owner,
    })),
    calendar: festivalCalendar(year, lang),
    sales: salesRows(a).map((r) => ({
      ...r,
      platform: listLabel("platform", String(r.platform), lang),
    })),
    // The store keeps Tmall's promo prices out for 10 days (its own figure), so Tmall's 15-day 价保 speaks alone.
    platforms: platformRows(lang).map((r, i) =>
      PLATFORM_SEEDS[i].platform.en === "Tmall" ? { ...r, postPromoDays: 10 } : r
    ),
    service: serviceRows(a, lang).rows,
    market: marketRows(a, lang),
    competitors: competitorRows(lang),
  };
}
