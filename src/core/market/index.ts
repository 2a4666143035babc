/** The market's price bands (大盘) and the competitors' side-by-side (竞品). */
export * from "./bands";
export * from "./competitors";
