/**
 * The bench plan: 10,000 products, 50,000 promotions, 60,000 prices, two years of daily data for 6 platforms.
 * Deterministic (seeded PRNG). Mostly clean, like a real plan, with a sprinkling of breaches so every rule does work.
 */
import { Prng } from "./prng";

export type BenchValue =
  string | number | Date | null | { formula: string; result: string | number };
export type BenchRow = Record<string, BenchValue>;

export interface BenchPlan {
  year: number;
  sheets: { id: string; rows: BenchRow[] }[];
}

export interface BenchSizes {
  products: number;
  promotions: number;
  prices: number;
  dailyYears: number;
  dailyPlatforms: number;
}

export const BENCH_SIZES: BenchSizes = {
  products: 10_000,
  promotions: 50_000,
  prices: 60_000,
  dailyYears: 2,
  dailyPlatforms: 6,
};

const ONLINE = ["Tmall", "Taobao", "JD", "Pinduoduo", "Douyin", "Own shop"];
const CATEGORIES = [
  "面膜",
  "精华",
  "洁面",
  "防晒",
  "口红",
  "眼霜",
  "乳液",
  "香水",
  "洗发水",
  "沐浴露",
];
const OWNERS = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆"];
const LIST_PRICES = [59, 79, 99, 129, 159, 199, 249, 299, 399, 499, 699, 999, 1299];

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const addDays = (dt: Date, n: number): Date => new Date(dt.getTime() + n * 86_400_000);
const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Festival {
  name: string;
  start: Date;
  maxDays: number;
}

function festivals(y: number): Festival[] {
  return [
    { name: "年货节", start: day(y, 1, 10), maxDays: 3 },
    { name: "38节", start: day(y, 3, 6), maxDays: 3 },
    { name: "618", start: day(y, 6, 16), maxDays: 3 },
    { name: "99划算节", start: day(y, 9, 7), maxDays: 3 },
    { name: "双11", start: day(y, 11, 9), maxDays: 3 },
    { name: "双12", start: day(y, 12, 12), maxDays: 3 },
  ];
}

interface Sku {
  sku: string;
  tier: string;
  list: number;
  floor: number;
  cost: number;
  platforms: string[];
  launch?: Date;
  row: BenchRow;
}

/** `sizes`: the plan's row counts (default: the bench plan's 10,000 / 50,000 / 60,000). */
export function generateBenchPlan(seed = 20270618, sizes: BenchSizes = BENCH_SIZES): BenchPlan {
  const rnd = new Prng(seed);
  const year = 2027;
  const fest = festivals(year);

  // Products
  const skus: Sku[] = [];
  for (let i = 1; i <= sizes.products; i++) {
    const r = rnd.next();
    const tier =
      r < 0.08
        ? "launch"
        : r < 0.18
          ? "hero"
          : r < 0.23
            ? "presale"
            : r < 0.33
              ? "offline-only"
              : "secondary";
    const list = rnd.pick(LIST_PRICES);
    const platforms = tier === "offline-only" ? ["Offline"] : rnd.sample(ONLINE, rnd.int(3, 5));
    const category = rnd.pick(CATEGORIES);
    // Every 2,500th row repeats the previous SKU (DQ_DUPLICATE_SKU).
    const sku = `SKU-${String(i % 2500 === 0 ? i - 1 : i).padStart(5, "0")}`;
    const launch =
      tier === "launch" || tier === "presale"
        ? addDays(day(year, 2, 1), rnd.int(0, 270))
        : undefined;
    const row: BenchRow = {
      sku,
      name: `${category} ${String.fromCharCode(65 + (i % 26))}${i % 1000}`,
      category,
      tier,
      listPrice: list,
      floorPrice: Math.round(list * 0.7),
      unitCost: Math.round(list * 0.35),
      stock: rnd.chance(0.01) ? 500 : rnd.int(3000, 20000), // a few run short (STOCK_SHORT)
      launchDate: launch ?? null,
      presaleStart: tier === "presale" && launch ? addDays(launch, -14) : null,
      warehouseEntry: null,
      platforms: platforms.join(", "),
      owner: rnd.pick(OWNERS),
      flags: {
        formula: `PLAN.PRODUCTCHECK(D${i + 1},I${i + 1},J${i + 1},K${i + 1},WarehouseLeadDays,PlanYear)`,
        result: "",
      },
    };
    skus.push({
      sku,
      tier,
      list,
      floor: Math.round(list * 0.7),
      cost: Math.round(list * 0.35),
      platforms,
      launch,
      row,
    });
  }
  const online = skus.filter((s) => s.tier !== "offline-only");

  // Promotions: (SKU, festival) pairs, 50,000 of them, each on one of the SKU's platforms.
  const pairs: [Sku, number][] = [];
  for (const s of online) for (let f = 0; f < fest.length; f++) pairs.push([s, f]);
  const keep = new Set(
    rnd.sample(
      pairs.map((_, i) => i),
      sizes.promotions
    )
  );
  const promotions: BenchRow[] = [];
  const firstPromo = new Map<string, Date>();
  pairs.forEach(([s, f], i) => {
    if (!keep.has(i)) return;
    const fe = fest[f];
    let start = fe.start;
    let end = addDays(start, fe.maxDays - 1);
    let platform = rnd.pick(s.platforms);
    let promo: number | string = Math.max(s.floor, Math.round(s.list * (0.75 + rnd.next() * 0.15)));
    let post: number | null = rnd.chance(0.3) ? null : s.list;
    let skuText: string | null = s.sku;
    let startValue: BenchValue = start;
    const roll = rnd.next();
    if (roll < 0.005)
      end = addDays(end, 2); // PROMO_TOO_LONG
    else if (roll < 0.007)
      promo = s.list; // PROMO_NOT_DISCOUNT
    else if (roll < 0.01)
      post = promo; // PROMO_PRICE_REUSED
    else if (roll < 0.012)
      promo = Math.round(s.floor * 0.9); // BELOW_FLOOR
    else if (roll < 0.014)
      start = addDays(start, -20); // PROMO_TOO_FREQUENT / long
    else if (roll < 0.0145)
      skuText = null; // DQ_MISSING_VALUE
    else if (roll < 0.015)
      startValue = `${fe.start.getUTCMonth() + 1}/${fe.start.getUTCDate() > 12 ? 5 : fe.start.getUTCDate()}/${year}`; // DQ_AMBIGUOUS_DATE
    else if (roll < 0.0155)
      skuText = `${s.sku}-X`; // DQ_UNKNOWN_SKU
    else if (roll < 0.0175 && s.platforms.length > 1)
      platform = s.platforms.find((p) => p !== platform) ?? platform;
    else if (roll < 0.0185)
      promo = Math.round(s.cost * 0.9); // BELOW_COST (and BELOW_FLOOR)
    else if (roll < 0.0195) {
      start = day(year, 2, 5); // in the Spring Festival logistics shutdown (LOGISTICS_SHUTDOWN)
      end = addDays(start, 2);
    } else if (roll < 0.02) promo = "待定"; // DQ_NOT_A_NUMBER
    if (startValue instanceof Date) startValue = start;
    const row = promotions.length + 2;
    promotions.push({
      sku: skuText,
      platform,
      activity: fe.name,
      start: startValue,
      end,
      days: {
        formula: `IF(OR(D${row}="",E${row}=""),"",PLAN.PROMODAYS(D${row},E${row}))`,
        result: Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1,
      },
      promoPrice: promo,
      coupon: rnd.chance(0.3) ? Math.max(1, Math.round(s.list * 0.02)) : null,
      postPromoPrice: post,
      expectedUnits: rnd.int(50, 500),
      flags: null,
    });
    const first = firstPromo.get(s.sku);
    if (!first || start < first) firstPromo.set(s.sku, start);
    // An overlapping promotion of the same SKU on a second platform: DOUBLE_BOOKED.
    if (rnd.chance(0.003) && s.platforms.length > 1 && promotions.length < sizes.promotions) {
      const r2 = promotions.length + 2;
      promotions.push({
        ...promotions[promotions.length - 1],
        platform: s.platforms.find((p) => p !== platform) ?? platform,
        days: {
          formula: `IF(OR(D${r2}="",E${r2}=""),"",PLAN.PROMODAYS(D${r2},E${r2}))`,
          result: 3,
        },
      });
    }
  });
  promotions.length = Math.min(promotions.length, sizes.promotions);
  while (promotions.length < sizes.promotions) {
    const s = rnd.pick(online);
    const r = promotions.length + 2;
    const start = addDays(day(year, 4, 20), rnd.int(0, 10));
    promotions.push({
      sku: s.sku,
      platform: rnd.pick(s.platforms),
      activity: "店庆",
      start,
      end: addDays(start, 2),
      days: { formula: `IF(OR(D${r}="",E${r}=""),"",PLAN.PROMODAYS(D${r},E${r}))`, result: 3 },
      promoPrice: Math.max(s.floor, Math.round(s.list * 0.85)),
      coupon: null,
      postPromoPrice: s.list,
      expectedUnits: rnd.int(50, 300),
      flags: null,
    });
  }

  // Warehouse entries: before the earlier of launch and first promotion, less the lead time (some late or missing).
  for (const s of skus) {
    if (s.tier !== "launch" && s.tier !== "hero" && s.tier !== "presale") continue;
    const first = firstPromo.get(s.sku);
    const due = [s.launch, first]
      .filter((x): x is Date => x !== undefined)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const roll = rnd.next();
    if (roll < 0.01) s.row.warehouseEntry = null;
    else if (due) s.row.warehouseEntry = addDays(due, roll < 0.02 ? -2 : -rnd.int(10, 30));
    else s.row.warehouseEntry = day(year, 1, 2);
    if (s.launch && rnd.chance(0.01)) s.row.launchDate = null; // LAUNCH_DATE_MISSING
    if (s.tier === "presale" && s.launch && rnd.chance(0.01))
      s.row.presaleStart = addDays(s.launch, 3); // PRESALE_ORDER
  }

  // Prices: the regular price on each platform from the year before, then price changes away from promotions.
  const prices: BenchRow[] = [];
  const changeDates = [day(year, 2, 20), day(year, 4, 10), day(year, 7, 25), day(year, 10, 12)];
  for (const s of online) {
    for (const p of s.platforms) {
      let price: number = s.list;
      const roll = rnd.next();
      if (roll < 0.002)
        price = Math.round(s.floor * 0.9); // BELOW_FLOOR
      else if (roll < 0.003)
        price = round2(s.list * 0.85); // PRICE_SPREAD
      else if (roll < 0.0035) price = -s.list; // DQ_NEGATIVE
      prices.push({
        sku: s.sku,
        platform: p,
        price,
        effectiveFrom: day(year - 1, 12, 1),
        flags: null,
      });
    }
  }
  for (const s of skus) {
    if (s.tier === "offline-only" && rnd.chance(0.005)) {
      prices.push({
        sku: s.sku,
        platform: "Tmall",
        price: s.list,
        effectiveFrom: day(year, 5, 1),
        flags: null,
      }); // OFFLINE_SOLD_ONLINE
    }
  }
  while (prices.length < sizes.prices) {
    const s = rnd.pick(online);
    const when = rnd.pick(changeDates);
    const factor = rnd.pick([0.97, 0.98, 1, 1.02]);
    for (const p of s.platforms) {
      if (prices.length >= sizes.prices) break;
      prices.push({
        sku: s.sku,
        platform: p,
        price: round2(s.list * factor),
        effectiveFrom: when,
        flags: null,
      });
    }
  }

  // Budget
  const channels = [
    "CPC search ads",
    "Display ads",
    "Affiliates",
    "Coupons",
    "Direct price cut",
    "Gifts",
    "Livestream / KOL",
    "New media",
  ];
  const budget: BenchRow[] = channels.map((channel, i) => ({
    channel,
    amount: 200_000 + i * 25_000,
    min: 100_000,
    max: 600_000,
    expectedCpc: round2(0.8 + i * 0.1),
    expectedVisitors: null,
    expectedConversion: 0.03,
    expectedOrders: null,
    expectedRevenue: 1_000_000 + i * 100_000,
    roas: null,
    flags: null,
  }));
  budget.push({ ...budget[0], channel: "Fake orders", amount: 5000 });

  // Daily: two years × 6 platforms; Douyin spends more for few extra visitors (CPC_SATURATION).
  const daily: BenchRow[] = [];
  const from = day(year - 1, 1, 1);
  const days = sizes.dailyYears * 365;
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    ONLINE.slice(0, sizes.dailyPlatforms).forEach((platform, pi) => {
      const spend = round2(2000 + rnd.next() * 6000 + pi * 500);
      const visitors =
        platform === "Douyin" ? 20_000 + rnd.int(0, 800) : Math.round(spend * (6 + rnd.next()));
      const clicks = Math.round(spend / (0.8 + rnd.next() * 0.6));
      const orders = Math.round(visitors * (0.02 + rnd.next() * 0.02));
      const revenue = round2(orders * (120 + rnd.next() * 80));
      const r = daily.length + 2;
      daily.push({
        date,
        platform,
        channel: null,
        visitors,
        orders,
        revenue,
        adSpend: spend,
        clicks,
        conversion: {
          formula: `IF(OR(D${r}="",D${r}=0),"",PLAN.CONVERSION(E${r},D${r}))`,
          result: orders / visitors,
        },
        aov: {
          formula: `IF(OR(E${r}="",E${r}=0),"",PLAN.AOV(F${r},E${r}))`,
          result: round2(revenue / orders),
        },
        cpc: {
          formula: `IF(OR(H${r}="",H${r}=0),"",PLAN.CPC(G${r},H${r}))`,
          result: round2(spend / clicks),
        },
        roas: {
          formula: `IF(OR(G${r}="",G${r}=0),"",PLAN.ROAS(F${r},G${r}))`,
          result: round2(revenue / spend),
        },
      });
    });
  }

  // Regions: 31 provinces; Guangdong and Zhejiang carry enough orders for a warehouse of their own.
  const provinces = [
    "广东",
    "浙江",
    "江苏",
    "上海",
    "北京",
    "山东",
    "四川",
    "湖北",
    "福建",
    "河南",
    "湖南",
    "安徽",
    "河北",
    "陕西",
    "重庆",
    "辽宁",
    "天津",
    "江西",
    "广西",
    "云南",
    "山西",
    "黑龙江",
    "吉林",
    "贵州",
    "内蒙古",
    "新疆",
    "甘肃",
    "海南",
    "宁夏",
    "青海",
    "西藏",
  ];
  const regions: BenchRow[] = provinces.map((region, i) => ({
    region,
    ordersShare: i === 0 ? 0.26 : i === 1 ? 0.25 : round2(0.49 / 29),
    warehouse: i === 0 ? "广东" : i === 1 ? null : i < 5 ? "上海" : null,
    deliveryDays: 1 + (i % 4),
    suggestion: null,
  }));

  const waivers: BenchRow[] = [
    {
      rule: "BUDGET_FORBIDDEN",
      target: "Budget!B10",
      reason: "Audit test line, approved by finance",
      until: null,
      owner: "王芳",
    },
    {
      rule: "WAREHOUSE_MISSING",
      target: online[0].sku,
      reason: "Ships from the supplier",
      until: day(year, 12, 31),
      owner: "李娜",
    },
  ];
  const calendar: BenchRow[] = [
    ...fest.map((f) => ({
      event: f.name,
      from: addDays(f.start, -3),
      to: addDays(f.start, 5),
      kind: "festival",
      maxPromoDays: f.maxDays,
    })),
    {
      event: "春节物流停运",
      from: day(year, 2, 3),
      to: day(year, 2, 12),
      kind: "logistics shutdown",
      maxPromoDays: null,
    },
  ];
  const settings: BenchRow[] = [
    { setting: "Plan year", value: year, note: null },
    { setting: "Budget cap", value: 2_000_000, note: null }, // the 8th line goes over it (BUDGET_OVER_CAP)
  ];
  const lists: BenchRow[] = [];
  return {
    year,
    sheets: [
      { id: "settings", rows: settings },
      { id: "lists", rows: lists },
      { id: "products", rows: skus.map((s) => s.row) },
      { id: "promotions", rows: promotions },
      { id: "prices", rows: prices },
      { id: "budget", rows: budget },
      { id: "daily", rows: daily },
      { id: "regions", rows: regions },
      { id: "waivers", rows: waivers },
      { id: "calendar", rows: calendar },
    ],
  };
}

/**
 * A messy first import for the pane's benchmark and end-to-end tests (issue 13, goal 3): the bench plan above with
 * most rows breaking a rule, so that validating it yields 188,957 findings in 28 groups, one of them (BELOW_FLOOR,
 * 43,480) above the 40,000 a group must open and scroll smoothly with, and 26,495 data-quality findings (text in
 * number columns, dates typed as text, unknown SKUs, blank cells). Deterministic. `scale` shrinks Products,
 * Promotions and Prices (0.25: a quarter of their rows) for trying things out with fewer findings.
 */
export function generateMessyPreviewPlan(seed = 20271111, scale = 1): BenchPlan {
  const plan = generateBenchPlan(seed);
  const rnd = new Prng(seed ^ 0x5eed);
  const rowsOf = (id: string): BenchRow[] => {
    const sheet = plan.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error(`no ${id} sheet in the bench plan`);
    if (scale < 1 && ["products", "promotions", "prices"].includes(id))
      sheet.rows.length = Math.round(sheet.rows.length * scale);
    return sheet.rows;
  };
  const products = rowsOf("products");
  const floorOf = new Map<string, { floor: number; cost: number; list: number }>();
  for (const p of products) {
    const list = Number(p.listPrice);
    floorOf.set(String(p.sku), { floor: Number(p.floorPrice), cost: Number(p.unitCost), list });
    const roll = rnd.next();
    if (roll < 0.02)
      p.listPrice = `¥${list}`; // DQ_NOT_A_NUMBER
    else if (roll < 0.03) p.tier = "新品?"; // DQ_UNKNOWN_VALUE
    if (p.warehouseEntry instanceof Date && rnd.chance(0.5)) p.warehouseEntry = null; // WAREHOUSE_MISSING
    if (rnd.chance(0.5)) p.stock = rnd.int(1, 50); // STOCK_SHORT
  }
  for (const p of rowsOf("promotions")) {
    const s = floorOf.get(String(p.sku));
    if (!s || typeof p.promoPrice !== "number") continue;
    const roll = rnd.next();
    if (roll < 0.02) {
      p.promoPrice = "待定"; // DQ_NOT_A_NUMBER
      continue;
    }
    if (roll < 0.03) {
      p.sku = `${String(p.sku)}-OLD`; // DQ_UNKNOWN_SKU
      continue;
    }
    if (roll < 0.04 && p.start instanceof Date) {
      const d = p.start;
      p.start = `${d.getUTCMonth() + 1}/${Math.min(d.getUTCDate(), 12)}/${d.getUTCFullYear()}`; // DQ_AMBIGUOUS_DATE
      continue;
    }
    if (roll < 0.05) {
      p.platform = null; // DQ_MISSING_VALUE
      continue;
    }
    // Most promotions sell below the floor price (BELOW_FLOOR), some below cost too (BELOW_COST).
    if (roll < 0.93) p.promoPrice = Math.round(s.floor * (rnd.chance(0.3) ? 0.45 : 0.9));
    // Many run a few days too long (PROMO_TOO_LONG) or reuse their promo price after (PROMO_PRICE_REUSED).
    if (rnd.chance(0.75) && p.end instanceof Date) p.end = addDays(p.end, 3);
    if (rnd.chance(0.7)) p.postPromoPrice = p.promoPrice;
  }
  for (const p of rowsOf("prices")) {
    const s = floorOf.get(String(p.sku));
    if (!s) continue;
    const roll = rnd.next();
    if (roll < 0.02)
      p.price = "TBD"; // DQ_NOT_A_NUMBER
    else if (roll < 0.4 && p.effectiveFrom instanceof Date) {
      const d = p.effectiveFrom; // typed as text, day and month both ≤ 12: DQ_AMBIGUOUS_DATE
      p.effectiveFrom = `${d.getUTCMonth() + 1}/${Math.min(d.getUTCDate(), 12)}/${d.getUTCFullYear()}`;
    } else p.price = round2(s.list * (0.72 + rnd.next() * 0.2)); // PRICE_SPREAD, some BELOW_FLOOR
  }
  // A planner who keeps 60 days between promotions and a 30-day price protection (PROMO_TOO_FREQUENT,
  // PROTECTION_UNDERCUT on many more rows).
  rowsOf("settings").push(
    { setting: "Min days between promos", value: 60, note: null },
    { setting: "Protection days", value: 30, note: null }
  );
  return plan;
}
