/** SLOTVALUE: what an event slot (资源整合) is worth for a product, by objective (profit, revenue or traffic). */
import { slotValueOf } from "../../metrics";
import { defineFunction } from "../runner";

export const SLOTVALUE = defineFunction({
  name: "SLOTVALUE",
  shape: "elementwise",
  params: [
    { name: "visitors", type: "count" },
    { name: "conversion", type: "number" },
    { name: "price", type: "price" },
    { name: "unitCost", type: "price" },
    { name: "storeUvValue", type: "price" },
    { name: "objective", type: "text" },
  ],
  body: (visitors, conversion, price, unitCost, storeUvValue, objective) =>
    slotValueOf({ visitors, conversion, price, unitCost, storeUvValue }, objective),
});
