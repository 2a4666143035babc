/** PRICEBAND: the label of the market price band (价格带) a price falls in. */
import { priceBandOf } from "../../metrics";
import { defineFunction } from "../runner";

export const PRICEBAND = defineFunction({
  name: "PRICEBAND",
  shape: "single",
  params: [
    { name: "price", type: "price" },
    { name: "bandsFrom", type: "numbers" },
    { name: "bandsTo", type: "numbers" },
  ],
  body: (price, froms, tos) => priceBandOf(price, froms ?? [], tos ?? []),
});
