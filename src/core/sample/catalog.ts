/**
 * The sample's products: 44 SKUs of a small-kitchen-appliance and personal-care brand, across all five tiers.
 * Rows marked `breaks` break a rule on purpose (see SAMPLE_BREACHES); every other row is clean.
 * Floor price ≈ 72 % and unit cost ≈ 40 % of the list price; heroes' stock reached the warehouses in mid-December.
 */
import type { Tier } from "../plan";
import { lastYear, md, type DayOf } from "./days";
import type { Breach, Text } from "./types";

export type Category = "kitchen" | "personalCare" | "giftSet";

export const CATEGORY: Record<Category, Text> = {
  kitchen: { en: "Kitchen", zh: "厨房小电" },
  personalCare: { en: "Personal care", zh: "个人护理" },
  giftSet: { en: "Gift set", zh: "礼盒" },
};

export interface ProductSpec {
  sku: string;
  name: string;
  category: Category;
  tier: Tier;
  list: number;
  floor?: number;
  cost: number;
  stock: number;
  launch?: DayOf;
  presale?: DayOf;
  warehouse?: DayOf;
  platforms: readonly string[];
  owner: string;
  breaks?: Breach[];
}

const ALL4 = ["Tmall", "JD", "Pinduoduo", "Douyin"] as const;
const stocked = lastYear(12, 15);

export const PRODUCTS: readonly ProductSpec[] = [
  // 首发 launch
  { sku: "KA-101", name: "破壁料理机 Pro 静音款", category: "kitchen", tier: "launch", list: 699, floor: 499, cost: 290, stock: 3000, launch: md(3, 18), warehouse: md(3, 4), platforms: ["Tmall", "JD", "Douyin"], owner: "王琳" },
  {
    sku: "KA-102", name: "可视空气炸锅 6L", category: "kitchen", tier: "launch", list: 399, floor: 289, cost: 165, stock: 4000, launch: md(4, 15), warehouse: md(4, 12), platforms: ["Tmall", "JD", "Pinduoduo"], owner: "陈浩",
    breaks: [{ rule: "WAREHOUSE_LATE", field: "warehouseEntry", why: { en: "Goods arrive 3 days before the 15 April launch; the lead time is 7 days.", zh: "4月15日首发，货品仅提前3天入仓，入仓提前期为7天。" } }],
  },
  {
    sku: "KA-103", name: "多功能养生壶 1.5L", category: "kitchen", tier: "launch", list: 199, floor: 139, cost: 78, stock: 2500, warehouse: md(5, 6), platforms: ["Tmall", "JD"], owner: "陈浩",
    breaks: [{ rule: "LAUNCH_DATE_MISSING", field: "launchDate", why: { en: "A launch product whose first-sale date is not fixed yet.", zh: "首发产品尚未确定首发日期。" } }],
  },
  {
    sku: "PC-201", name: "声波电动牙刷 S3", category: "personalCare", tier: "launch", list: 299, floor: 215, cost: 110, stock: 3500, launch: md(8, 20), platforms: ["Tmall", "JD", "Douyin"], owner: "李倩",
    breaks: [{ rule: "WAREHOUSE_MISSING", field: "warehouseEntry", why: { en: "A launch product with no warehouse entry date.", zh: "首发产品没有入仓日期。" } }],
  },
  { sku: "PC-202", name: "高速吹风机 H1", category: "personalCare", tier: "launch", list: 599, floor: 429, cost: 240, stock: 2000, launch: md(9, 15), warehouse: md(9, 1), platforms: ["Tmall", "JD", "Douyin", "Own shop"], owner: "李倩" },
  { sku: "KA-104", name: "便携榨汁杯 mini", category: "kitchen", tier: "launch", list: 159, floor: 115, cost: 58, stock: 5000, launch: md(5, 8), warehouse: md(4, 24), platforms: ["Tmall", "Pinduoduo", "Douyin"], owner: "王琳" },
  { sku: "PC-203", name: "便携冲牙器 W2", category: "personalCare", tier: "launch", list: 249, floor: 179, cost: 96, stock: 3000, launch: md(3, 25), warehouse: md(3, 11), platforms: ["Tmall", "JD"], owner: "李倩" },

  // 预售 presale
  { sku: "KA-105", name: "IH电饭煲 4L 柴火饭", category: "kitchen", tier: "presale", list: 899, floor: 649, cost: 380, stock: 2500, presale: md(5, 20), launch: md(6, 1), warehouse: md(5, 15), platforms: ["Tmall", "JD", "Own shop"], owner: "王琳" },
  { sku: "KA-106", name: "全自动咖啡机 C5", category: "kitchen", tier: "presale", list: 1999, floor: 1439, cost: 920, stock: 800, presale: md(10, 20), launch: md(11, 1), warehouse: md(10, 10), platforms: ["Tmall", "JD"], owner: "赵磊" },
  {
    sku: "PC-204", name: "筋膜枪 F3", category: "personalCare", tier: "presale", list: 499, floor: 359, cost: 190, stock: 1500, presale: md(10, 25), launch: md(10, 20), warehouse: md(10, 8), platforms: ["Tmall", "JD", "Douyin"], owner: "李倩",
    breaks: [{ rule: "PRESALE_ORDER", field: "presaleStart", why: { en: "Presale starts on 25 October, after the 20 October launch.", zh: "预售10月25日开始，晚于10月20日的首发。" } }],
  },
  { sku: "PC-205", name: "往复式剃须刀 R7", category: "personalCare", tier: "presale", list: 699, floor: 499, cost: 280, stock: 1800, presale: md(8, 25), launch: md(9, 5), warehouse: md(8, 20), platforms: ["Tmall", "JD"], owner: "赵磊" },
  { sku: "KA-107", name: "蒸烤一体机 S2", category: "kitchen", tier: "presale", list: 2599, floor: 1869, cost: 1180, stock: 600, presale: md(4, 10), launch: md(4, 28), warehouse: md(4, 5), platforms: ["Tmall", "JD", "Own shop"], owner: "赵磊" },

  // 主推 hero
  { sku: "KA-108", name: "破壁机 经典款 B1", category: "kitchen", tier: "hero", list: 499, floor: 359, cost: 205, stock: 8000, warehouse: stocked, platforms: ALL4, owner: "王琳" },
  { sku: "KA-109", name: "空气炸锅 5L 经典款", category: "kitchen", tier: "hero", list: 299, floor: 215, cost: 120, stock: 9000, warehouse: stocked, platforms: ALL4, owner: "陈浩" },
  { sku: "KA-110", name: "迷你电饭煲 3L", category: "kitchen", tier: "hero", list: 259, floor: 185, cost: 105, stock: 7000, warehouse: stocked, platforms: ALL4, owner: "王琳" },
  {
    sku: "PC-206", name: "电动牙刷 S1 经典款", category: "personalCare", tier: "hero", list: 199, floor: 139, cost: 72, stock: 3000, warehouse: stocked, platforms: ["Tmall", "JD", "Douyin"], owner: "李倩",
    breaks: [{ rule: "STOCK_SHORT", field: "stock", why: { en: "Its four promotions expect 3,800 units; stock is 3,000.", zh: "四个活动预计销量3,800件，库存只有3,000件。" } }],
  },
  { sku: "PC-207", name: "负离子吹风机 H0", category: "personalCare", tier: "hero", list: 299, floor: 215, cost: 118, stock: 8000, warehouse: stocked, platforms: ALL4, owner: "李倩" },
  {
    sku: "KA-111", name: "恒温电水壶 1.7L", category: "kitchen", tier: "hero", list: 129, floor: 89, cost: 48, stock: 6000, warehouse: stocked, platforms: ["Tmall", "JD", "Pinduoduo"], owner: "陈浩",
    breaks: [{ rule: "HERO_UNSUPPORTED", field: "tier", why: { en: "A hero product with no promotion in the plan year.", zh: "主推产品全年没有安排活动。" } }],
  },
  {
    sku: "PC-208", name: "冲牙器 W1 经典款", category: "personalCare", tier: "hero", list: 199, floor: 139, cost: 80, stock: 5000, platforms: ["Tmall", "JD"], owner: "李倩",
    breaks: [{ rule: "WAREHOUSE_MISSING", field: "warehouseEntry", waived: true, why: { en: "No warehouse entry: the factory ships it directly (一件代发); the Waivers row accepts this.", zh: "没有入仓日期：工厂一件代发；豁免表已接受。" } }],
  },
  { sku: "KA-112", name: "多功能料理锅", category: "kitchen", tier: "hero", list: 399, floor: 285, cost: 160, stock: 6000, warehouse: stocked, platforms: ["Tmall", "JD", "Pinduoduo"], owner: "陈浩" },

  // 辅推 secondary
  { sku: "KA-120", name: "陶瓷电炖锅 3L", category: "kitchen", tier: "secondary", list: 229, floor: 165, cost: 90, stock: 2000, platforms: ["Tmall", "JD"], owner: "陈浩" },
  { sku: "KA-121", name: "三明治早餐机", category: "kitchen", tier: "secondary", list: 169, floor: 119, cost: 62, stock: 2500, platforms: ["Tmall", "Pinduoduo"], owner: "陈浩" },
  { sku: "PC-220", name: "自动卷发棒", category: "personalCare", tier: "secondary", list: 169, floor: 119, cost: 70, stock: 2000, platforms: ["JD", "Douyin"], owner: "李倩" },
  { sku: "KA-122", name: "无线电动打蛋器", category: "kitchen", tier: "secondary", list: 129, floor: 89, cost: 50, stock: 3000, platforms: ["Tmall", "Douyin"], owner: "王琳" },
  { sku: "PC-221", name: "鼻毛修剪器", category: "personalCare", tier: "secondary", list: 89, cost: 45, stock: 6000, platforms: ["Pinduoduo", "Douyin"], owner: "李倩" },
  { sku: "KA-123", name: "多功能电煮锅", category: "kitchen", tier: "secondary", list: 249, floor: 179, cost: 100, stock: 3000, platforms: ["Tmall", "JD"], owner: "王琳" },
  { sku: "PC-222", name: "声波电动牙刷 S2", category: "personalCare", tier: "secondary", list: 399, floor: 329, cost: 160, stock: 2500, platforms: ALL4, owner: "李倩" },
  { sku: "PC-223", name: "颈部按摩仪", category: "personalCare", tier: "secondary", list: 299, floor: 229, cost: 120, stock: 2000, platforms: ["Tmall", "Douyin"], owner: "赵磊" },
  { sku: "KA-125", name: "电动磨豆机", category: "kitchen", tier: "secondary", list: 299, floor: 215, cost: 120, stock: 1500, platforms: ["Tmall"], owner: "赵磊" },
  { sku: "KA-126", name: "鸳鸯电火锅", category: "kitchen", tier: "secondary", list: 269, floor: 195, cost: 108, stock: 3000, platforms: ["Tmall", "JD", "Douyin"], owner: "陈浩" },
  { sku: "KA-127", name: "电烤箱 32L", category: "kitchen", tier: "secondary", list: 459, floor: 329, cost: 190, stock: 2500, platforms: ["Tmall", "JD"], owner: "赵磊" },
  { sku: "KA-128", name: "酸奶机", category: "kitchen", tier: "secondary", list: 99, floor: 69, cost: 36, stock: 4000, platforms: ["Pinduoduo", "Tmall"], owner: "王琳" },
  { sku: "KA-129", name: "恒温调奶器", category: "kitchen", tier: "secondary", list: 189, floor: 135, cost: 75, stock: 3000, platforms: ["Tmall", "JD"], owner: "王琳" },
  { sku: "KA-130", name: "免滤豆浆机", category: "kitchen", tier: "secondary", list: 329, floor: 235, cost: 135, stock: 2500, platforms: ["Tmall", "JD", "Pinduoduo"], owner: "陈浩" },
  { sku: "KA-131", name: "双面电饼铛", category: "kitchen", tier: "secondary", list: 259, floor: 185, cost: 100, stock: 2500, platforms: ["JD", "Pinduoduo"], owner: "陈浩" },
  { sku: "PC-225", name: "手持挂烫机", category: "personalCare", tier: "secondary", list: 199, floor: 139, cost: 78, stock: 3000, platforms: ["Tmall", "Douyin"], owner: "李倩" },
  { sku: "PC-226", name: "电动洁面仪", category: "personalCare", tier: "secondary", list: 259, floor: 185, cost: 98, stock: 2500, platforms: ["Tmall", "Douyin"], owner: "李倩" },
  { sku: "PC-227", name: "射频美容仪", category: "personalCare", tier: "secondary", list: 899, floor: 649, cost: 330, stock: 1500, platforms: ["Tmall", "JD", "Douyin"], owner: "李倩" },
  { sku: "PC-228", name: "儿童电动牙刷", category: "personalCare", tier: "secondary", list: 129, floor: 89, cost: 45, stock: 4000, platforms: ["Pinduoduo", "JD"], owner: "李倩" },
  { sku: "PC-229", name: "电动剃须刀 R3", category: "personalCare", tier: "secondary", list: 299, floor: 215, cost: 115, stock: 3000, platforms: ["Douyin", "JD"], owner: "赵磊" },

  // 线下专供 offline-only
  { sku: "KA-190", name: "厨房小家电礼盒", category: "giftSet", tier: "offline-only", list: 899, floor: 649, cost: 400, stock: 500, platforms: ["Offline"], owner: "赵磊" },
  { sku: "PC-290", name: "个护礼盒", category: "giftSet", tier: "offline-only", list: 499, floor: 359, cost: 210, stock: 600, platforms: ["Offline"], owner: "赵磊" },
  { sku: "KA-191", name: "IH电饭煲 门店专供款", category: "kitchen", tier: "offline-only", list: 459, floor: 329, cost: 190, stock: 800, platforms: ["Offline"], owner: "王琳" },
  { sku: "PC-291", name: "吹风机 门店专供款", category: "personalCare", tier: "offline-only", list: 399, floor: 285, cost: 160, stock: 700, platforms: ["Offline"], owner: "李倩" },
];
